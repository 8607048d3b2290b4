import BerdayaAnalysis
import BerdayaModel
import XLSXWriter

/// Lays out every sheet of `report.xlsx` from one analysis result; one extension per sheet.
///
/// Suppression is planned once here (``ReportSuppression`` for the kecamatan and sector lists,
/// shared with the Markdown report; ``CoverageMatrix`` for the cells) so that every sheet
/// withholds the same rows and the method sheet can count them.
struct XLSXReportBuilder {
  let result: AnalysisResult
  let context: ReportContext
  let words: WorkbookStrings
  let suppression: ReportSuppression
  let matrix: CoverageMatrix
  let styles: WorkbookStyles

  /// Shared report labels.
  var strings: ReportStrings { words.base }
  /// Shared number formatting.
  var format: ReportFormat { words.base.format }
  /// "kecamatan" (or "kabupaten/kota").
  var unit: String { context.unitLabel }
  var dimensions: [Framework.Dimension] { result.framework.dimensions }
  var weights: [Double] { dimensions.map(\.weight) }
  /// Whether any coverage row carries a population count.
  var hasPopulation: Bool {
    result.coverage.region.population != nil || result.coverage.byKecamatan.contains { $0.population != nil }
  }

  init(result: AnalysisResult, context: ReportContext, styles: WorkbookStyles) {
    self.result = result
    self.context = context
    self.words = WorkbookStrings(language: context.language)
    self.suppression = ReportSuppression(result: result, minCell: context.minCell)
    self.matrix = CoverageMatrix(result.coverage, minCell: context.minCell)
    self.styles = styles
  }

  /// Adds every sheet, the summary first and active.
  func write(into workbook: borrowing Workbook) throws {
    let sheets = SheetNames(words: words, unit: unit)
    try writeSummary(workbook, sheets)
    try writeCoverageByKecamatan(workbook, sheets)
    try writeCoverageBySector(workbook, sheets)
    try writeMatrix(workbook, sheets)
    try writeCells(workbook, sheets)
    try writeCharts(workbook, sheets)
    try writeEquity(workbook, sheets)
    try writeContinuity(workbook, sheets)
    try writeReRegistration(workbook, sheets)
    try writeTrends(workbook, sheets)
    try writeGaps(workbook, sheets)
    try writeDataQuality(workbook, sheets)
    try writeMethod(workbook, sheets)
  }

  // MARK: Shared pieces

  /// A new sheet with its writer.
  func sheet(_ name: String, _ workbook: borrowing Workbook) throws -> SheetWriter {
    SheetWriter(sheet: try workbook.addWorksheet(name), styles: styles)
  }

  /// The lines under every sheet title: region, activity period, as-of date.
  var subtitleLines: [String] {
    var region = context.regionName ?? strings.regionTotal
    if let code = context.regionCode { region += " (\(code))" }
    let period =
      result.options.from == nil && result.options.to == nil
      ? strings.allActivities : format.period(from: result.options.from, to: result.options.to)
    return [
      strings.region + ": " + region,
      strings.period + ": " + period + "; " + strings.asOf + ": " + format.date(result.asOf),
    ]
  }

  /// The name shown for the region total row.
  var regionName: String { context.regionName ?? strings.regionTotal }

  /// The text in place of a withheld count: "<5" for a small cell, "—" for a complementary one.
  func withheldCount(_ reason: SuppressionReason) -> WorkbookCell {
    reason == .primary ? .withheld(strings.smallCell(context.minCell)) : .withheld(ReportFormat.missing)
  }

  /// A rate with its interval bounds: [rate, lower, upper].
  func rateCells(_ proportion: Proportion) -> [WorkbookCell] {
    let bounds = proportion.wilsonInterval()
    return [.percent(proportion.value), .percent(bounds?.lower), .percent(bounds?.upper)]
  }

  /// n, rate, lower, upper of a proportion whose N is in another column.
  func reachedRateCells(_ proportion: Proportion) -> [WorkbookCell] {
    [.count(proportion.numerator)] + rateCells(proportion)
  }

  /// `count` copies of a withheld dash.
  func dashes(_ count: Int) -> [WorkbookCell] {
    [WorkbookCell](repeating: .withheld(ReportFormat.missing), count: count)
  }

  /// The note column's text for a row.
  func noteCell(_ reason: SuppressionReason?) -> WorkbookCell {
    reason.map { .text(strings.suppressionReason($0)) } ?? .empty
  }
}
