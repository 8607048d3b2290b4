import BerdayaAnalysis
import BerdayaModel

/// The state shared by the sections of one Markdown report: the inputs, the labels of the
/// report's language, and the suppression plan. Each section is an extension in its own file.
struct MarkdownReportWriter {
  let result: AnalysisResult
  let context: ReportContext
  let strings: ReportStrings
  let format: ReportFormat
  let suppression: ReportSuppression
  /// Charts by file name.
  let charts: [String: ChartFile]

  init(result: AnalysisResult, context: ReportContext, charts: [ChartFile]) {
    self.result = result
    self.context = context
    self.strings = ReportStrings(language: context.language)
    self.format = ReportFormat(language: context.language)
    self.suppression = ReportSuppression(result: result, minCell: context.minCell)
    var byName: [String: ChartFile] = [:]
    for chart in charts { byName[chart.fileName] = chart }
    self.charts = byName
  }

  /// The unit word as the context gives it ("kecamatan").
  var unit: String { context.unitLabel }

  /// The dimensions of the framework.
  var dimensions: [Framework.Dimension] { result.framework.dimensions }

  /// The region's name for total rows, escaped.
  var regionLabel: String {
    context.regionName.map(MarkdownText.escape) ?? strings.regionTotal
  }

  /// Writes the whole report.
  func write(to output: inout String) {
    writeHeader(to: &output)
    writeNarrative(to: &output)
    writeKecamatanCoverage(to: &output)
    writeMaps(to: &output)
    writeSectorCoverage(to: &output)
    writeGaps(to: &output)
    writeEquity(to: &output)
    writeContinuity(to: &output)
    writeReRegistration(to: &output)
    writeTrends(to: &output)
    writeDataQuality(to: &output)
    writeMethod(to: &output)
  }

  /// Title and the facts a reader needs first: region, period, as-of date, framework.
  func writeHeader(to output: inout String) {
    output += "# " + MarkdownText.escape(context.title) + "\n\n"
    var facts: [(String, String)] = []
    if let name = context.regionName {
      facts.append((strings.region, MarkdownText.escape(name) + (context.regionCode.map { " (\($0))" } ?? "")))
    }
    let options = result.options
    let period =
      options.from == nil && options.to == nil
      ? strings.allActivities : format.period(from: options.from, to: options.to)
    facts.append((strings.period, period))
    if result.firstActivity != nil || result.lastActivity != nil {
      facts.append((strings.activitiesOnRecord, format.period(from: result.firstActivity, to: result.lastActivity)))
    }
    facts.append((strings.asOf, format.date(result.asOf)))
    facts.append((strings.framework, MarkdownText.escape(result.framework.name)))
    facts.append((strings.minCellLabel, suppression.isActive ? format.count(context.minCell) : strings.off))
    if let date = context.reportDate { facts.append((strings.reportDate, format.date(date))) }
    for (label, value) in facts { output += "- **\(label):** \(value)\n" }
    output += "\n"
  }

  /// A link to a chart if it was produced: `![title](charts/x.svg)`.
  func chartLink(_ fileName: String, to output: inout String) {
    guard let chart = charts[fileName] else { return }
    output += "![" + MarkdownText.escape(chart.title) + "](" + chart.fileName + ")\n\n"
  }

  /// The published cells for a coverage row, or the withheld text.
  func isWithheld(kecamatan row: CoverageRow) -> SuppressionReason? {
    suppression.reason(kecamatan: row.kecamatan ?? CoverageRow.unknownKey, registered: row.registered)
  }

  /// The text of a withheld denominator: `<5` for a small cell, `—` for a complementary one.
  func withheldCount(_ reason: SuppressionReason) -> String {
    reason == .primary ? strings.smallCell(context.minCell) : ReportFormat.missing
  }

  /// Kecamatan rows sorted for tables: byte-wise by name, the unknown key last.
  var sortedKecamatanRows: [CoverageRow] {
    Self.sortedRows(result.coverage.byKecamatan, key: \.kecamatan)
  }

  /// Rows sorted byte-wise by a key, the unknown key last.
  static func sortedRows(_ rows: [CoverageRow], key: KeyPath<CoverageRow, String?>) -> [CoverageRow] {
    rows.sorted { a, b in
      let ka = a[keyPath: key] ?? CoverageRow.unknownKey
      let kb = b[keyPath: key] ?? CoverageRow.unknownKey
      let ua = ka == CoverageRow.unknownKey
      let ub = kb == CoverageRow.unknownKey
      if ua != ub { return ub }
      return ka.utf8.lexicographicallyPrecedes(kb.utf8)
    }
  }
}
