import BerdayaAnalysis
import BerdayaImport
import BerdayaModel
import BerdayaReport
import Foundation

/// Writes every file of a report into the staging folder.
struct ReportWriter {
  let settings: RunSettings
  let output: Pipeline.Output
  let result: AnalysisResult
  let folder: OutputFolder
  /// The inputs' SHA-256 and size, by path (`FileDigest`).
  let digests: [String: FileDigest.Digest]

  /// Writes every file of the report, on two threads: the workbook on one, the tables (coverage and
  /// indicators), local files, charts and Markdown on the other, then the manifest. Each file
  /// depends only on the result and the context, so the files are the same whichever ends first.
  ///
  /// Measured at size XL (7,000 kecamatan): made in turn, they took 3.5 s on one core at the end of
  /// the run. On 7,000 kecamatan and 1M enterprises, with the tables alone beside everything else,
  /// the other thread (local files, charts, Markdown, then the workbook: 77 MB of XML deflated)
  /// ended last by some 1.4 s; with the workbook alone on it, the report took 4.90-5.21 s wall
  /// instead of 5.71-5.90 (two alternating runs each).
  func writeAll() throws {
    let context = try reportContext()
    var workbookFailure: (any Error)?
    var restFailure: (any Error)?
    ConcurrentParts.run(count: 2) { part in
      do {
        if part == 0 {
          try XLSXReport.write(result: result, context: context, to: folder.path("report.xlsx"))
        } else {
          try writeTables()
          try writeLocalFiles()
          try writeChartsAndMarkdown(context: context)
        }
      } catch {
        if part == 0 { workbookFailure = error } else { restFailure = error }
      }
    }
    if let failure = restFailure ?? workbookFailure { throw failure }
    try folder.write("manifest.json", Manifest.json(context: context, settings: settings))
  }

  /// coverage.csv, indicators.csv and indicators.json.
  private func writeTables() throws {
    var coverage = ""
    CoverageCSV.write(result, to: &coverage)
    try folder.write("coverage.csv", coverage)
    let rows = IndicatorTable.rows(result, minCell: settings.minCell)
    try folder.write("indicators.csv", IndicatorTable.csv(rows))
    try folder.write("indicators.json", IndicatorTable.json(rows))
  }

  /// The files that stay on this machine: quarantine.csv and normalisation.csv.
  private func writeLocalFiles() throws {
    try folder.write("quarantine.csv", LocalFiles.quarantineCSV(output.summaries, quarantined: true))
    try folder.write("normalisation.csv", LocalFiles.normalisationCSV(output.normalisation))
  }

  /// The charts and report.md, which shows them.
  private func writeChartsAndMarkdown(context: ReportContext) throws {
    let charts = ReportCharts.make(result: result, context: context)
    for chart in charts { try folder.write(chart.fileName, chart.svg) }
    try folder.write("report.md", MarkdownReport.render(result: result, context: context, charts: charts))
  }

  func reportContext() throws -> ReportContext {
    try Self.context(settings: settings, output: output, digests: digests, reportDate: result.asOf ?? result.lastActivity)
  }

  /// What the reports show besides the indicators, from the import summaries; no personal data.
  static func context(
    settings: RunSettings, output: Pipeline.Output, digests: [String: FileDigest.Digest], reportDate: CalendarDate?
  ) throws -> ReportContext {
    var context = ReportContext(title: settings.title)
    context.regionName = output.regionName
    context.regionCode = output.regionCode
    context.unitLabel = output.unitLabel
    context.language = settings.language
    context.minCell = settings.minCell
    for summary in output.summaries {
      let digest = try FileDigest.digest(of: summary.path, in: digests)
      let valueIssues = Dictionary(grouping: summary.issues.filter { !$0.quarantinesRow }, by: \.reason).mapValues(\.count)
      context.inputs.append(
        ReportContext.InputFileInfo(
          path: displayPath(summary.path, project: settings.projectFolder), kind: summary.kind, sheets: summary.tables.compactMap(\.sheet),
          bytes: digest.bytes, sha256: digest.hex, rowsRead: summary.rowsRead, accepted: summary.accepted,
          quarantined: summary.quarantined, quarantinedByReason: summary.quarantinedByReason,
          valueIssuesByReason: valueIssues))
    }
    context.mergedDuplicateRows = output.registry.mergedDuplicateRows
    context.possibleDuplicateGroups = output.registry.possibleDuplicateGroups
    context.linkage = Dictionary(uniqueKeysWithValues: output.linkage.map { ($0.key.rawValue, $0.value) })
    for decision in output.normalisation.entries {
      context.normalisation[decision.field, default: [:]][decision.method.split(separator: ":").first.map(String.init) ?? decision.method, default: 0] += decision.count
    }
    context.options = settings.optionsDescription
    context.command = settings.rerunCommand
    context.reportDate = reportDate
    return context
  }

  /// Paths in reports are shown relative to the project folder (with `../` where an input lies
  /// beside it), so a report does not depend on where the project lives.
  static func displayPath(_ path: String, project: String?) -> String {
    guard let project else { return path }
    let base = URL(fileURLWithPath: project).standardizedFileURL.pathComponents
    let target = URL(fileURLWithPath: path).standardizedFileURL.pathComponents
    var common = 0
    while common < base.count, common < target.count, base[common] == target[common] { common += 1 }
    let ups = Array(repeating: "..", count: base.count - common)
    return (ups + target[common...]).joined(separator: "/")
  }
}
