import BerdayaAnalysis
import BerdayaImport
import BerdayaModel
import BerdayaReport
import Foundation

/// Writes the report of a project that has only count tables: report.md, charts/, counts.csv,
/// normalisation.csv (local) and manifest.json.
///
/// The first count table is the table analysed. A later one joins it when it adds units or years
/// (one file per year or per sector); one that covers the same units and years is compared with it
/// and not added, since adding it would count the same enterprises twice.
struct CountReportWriter {
  let settings: RunSettings
  let output: Pipeline.Output
  let folder: OutputFolder
  /// The inputs' SHA-256 and size, by path (`FileDigest`).
  let digests: [String: FileDigest.Digest]

  func writeAll() throws {
    let input = try reportInput()
    let context = try ReportWriter.context(settings: settings, output: output, digests: digests, reportDate: nil)
    let charts = CountReportCharts.make(input: input, context: context)
    for chart in charts { try folder.write(chart.fileName, chart.svg) }
    try folder.write("report.md", CountMarkdownReport(input: input, context: context, charts: charts).render())
    try folder.write("counts.csv", CountTableCSV.text(input, minCell: settings.minCell))
    try folder.write("normalisation.csv", LocalFiles.normalisationCSV(output.normalisation))
    try folder.write("manifest.json", Manifest.json(context: context, settings: settings))
  }

  /// The cells of every count table, the merge-or-compare decision, checks and sources.
  func reportInput() throws -> CountReportInput {
    var main: [CountCell] = []
    var comparisons: [(path: String, comparison: CountTableComparison)] = []
    for (input, records) in output.countTables {
      let cells = records.compactMap { record -> CountCell? in
        guard let unit = record.kecamatan, let year = record.year, let count = record.count else { return nil }
        return CountCell(unit: unit, category: record.category ?? record.sector?.name ?? "", year: year, count: count)
      }
      let comparison = CountTableComparison(cells, main)
      if comparison.overlaps {
        comparisons.append((displayPath(input.path), comparison))
      } else {
        main += cells
      }
    }
    let analysis = CountTableAnalysis(cells: main, unitOrder: output.units.map(\.name))
    var codes: [String: String] = [:]
    for unit in output.units { codes[unit.name] = unit.code }
    let unresolved = output.units.isEmpty ? [] : analysis.units.filter { codes[$0] == nil }
    let present = Set(analysis.units)
    let missing = output.units.map(\.name).filter { !present.contains($0) }
    var sources: [CountReportInput.Source] = []
    for summary in output.summaries where summary.kind == .population {
      let citation = output.countTables.first { $0.input.path == summary.path }?.input.source
      sources.append(
        CountReportInput.Source(
          path: displayPath(summary.path), citation: citation, rowsRead: summary.rowsRead, accepted: summary.accepted,
          sha256: try FileDigest.digest(of: summary.path, in: digests).hex,
          titleFields: summary.titleFields.map { "\($0.field): \($0.value)" }))
    }
    let checks = output.summaries.flatMap(\.totalsChecks)
    return CountReportInput(
      analysis: analysis, unitCodes: codes, unresolvedUnits: unresolved, missingUnits: missing, sources: sources,
      totalsChecked: checks.count,
      totalsDisagreeing: checks.filter { !$0.agrees }.map { $0.message.replacingOccurrences(of: $0.location.file, with: displayPath($0.location.file)) },
      comparisons: comparisons)
  }

  private func displayPath(_ path: String) -> String { ReportWriter.displayPath(path, project: settings.projectFolder) }
}
