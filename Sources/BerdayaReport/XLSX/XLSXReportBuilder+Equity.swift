import BerdayaAnalysis
import XLSXWriter

extension XLSXReportBuilder {
  /// Every equity measure per dimension, then the definitions with their formulas.
  ///
  /// With withheld kecamatan the measures are recomputed over the published ones (best, worst
  /// and their difference would otherwise reveal a withheld rate), as ``ReportSuppression`` does
  /// for the Markdown report.
  func writeEquity(_ workbook: borrowing Workbook, _ sheets: SheetNames) throws {
    var writer = try sheet(sheets.equity, workbook)
    var lines = subtitleLines
    if suppression.equityRecomputed { lines.append(words.equityRecomputed) }
    try writer.title(strings.equityAcross(unit: unit), lines: lines)
    let (summaries, units) = suppression.equity(result)
    func name(_ index: Int?) -> WorkbookCell {
      guard let index, units.indices.contains(index) else { return .withheld(ReportFormat.missing) }
      return .text(strings.displayName(units[index]))
    }
    func each(_ cell: (EquitySummary) -> WorkbookCell) -> [WorkbookCell] {
      dimensions.indices.map { d in
        guard summaries.indices.contains(d), let summary = summaries[d] else {
          return .withheld(ReportFormat.missing)
        }
        return cell(summary)
      }
    }
    func points(_ value: Double?) -> WorkbookCell { .number(value.map { $0 * 100 }, .points) }
    func label(_ measure: EquityMeasure) -> String { strings.name(measure.definition) }

    let rows: [(String, String, [WorkbookCell])] = [
      (label(.unitsCounted), words.units, each { .count($0.unitsCounted) }),
      (strings.pick("\(strings.unitColumn(unit)) tanpa binaan", "\(strings.unitColumn(unit)) without binaan"),
       words.units, each { .count($0.unitsExcluded) }),
      (words.reachedN, words.units, each { .count($0.reachedTotal) }),
      (words.registeredN, words.units, each { .count($0.registeredTotal) }),
      (strings.pick("Cakupan wilayah (mu)", "Regional coverage (mu)"), words.fraction, each { .percent($0.regionalRate) }),
      (strings.best + " (" + unit + ")", words.name, each { name($0.bestUnit) }),
      (strings.best + " (" + strings.coverage.lowercased() + ")", words.fraction, each { .percent($0.bestRate) }),
      (strings.worst + " (" + unit + ")", words.name, each { name($0.worstUnit) }),
      (strings.worst + " (" + strings.coverage.lowercased() + ")", words.fraction, each { .percent($0.worstRate) }),
      (label(.difference), words.percentagePoints, each { points($0.difference) }),
      (label(.ratio), words.ratio, each { .number($0.ratio, .decimal2) }),
      (label(.gini), words.index, each { .number($0.gini, .decimal3) }),
      (label(.theil), words.index, each { .number($0.theil, .decimal3) }),
      (label(.meanDifferenceFromBest), words.percentagePoints, each { points($0.meanDifferenceFromBest) }),
      (label(.populationAttributableRisk), words.percentagePoints, each { points($0.populationAttributableRisk) }),
      (label(.populationAttributableFraction), words.fraction, each { .percent($0.populationAttributableFraction) }),
      (label(.zeroReachUnits), words.units, each { .count($0.zeroReachUnits) }),
      (label(.topReachShare) + " (" + unit + ")", words.name, each { name($0.topReachUnit) }),
      (label(.topReachShare), words.fraction, each { .percent($0.topReachShare) }),
    ]
    try writer.heading(words.equityMeasures)
    var table = WorkbookTable(
      headers: [strings.measure, words.unitOfMeasure] + dimensions.map { strings.dimension($0) },
      rows: rows.map { [.text($0.0), .text($0.1)] + $0.2 })
    table.autofilter = false
    table.definedName = "Kesetaraan"
    let placement = try writer.table(table, workbook: workbook)
    try writer.sheet.freezePanes(row: placement.firstBodyRow, column: 1)

    try writer.heading(words.definitions)
    try writer.definitions(EquitySummary.definitions, strings: strings, lastColumn: max(2, dimensions.count + 1))
    try writer.finish()
  }
}
