import BerdayaAnalysis
import BerdayaModel
import XLSXWriter

/// compare.xlsx: one sheet per dimension and one for the composite index, numbers as numbers
/// (rates as fractions, changes and interval bounds in percentage points), then the method notes.
public enum ComparisonWorkbook {
  /// Writes the workbook to `path` through a temporary file; the document date is the second
  /// side's as-of date (never the clock), so the same inputs give the same bytes.
  public static func write(_ comparison: Comparison, title: String, language: ReportLanguage, to path: String) throws {
    let strings = ComparisonStrings(language: language)
    let date = comparison.second.result.asOf ?? comparison.second.result.lastActivity
    let seconds = date.map { Int64($0.dayNumber) * 86_400 }.flatMap { $0 > 0 ? $0 : nil } ?? 946_684_800
    try AtomicFileWriter.write(to: path) { temporary in
      let workbook = try Workbook(
        path: temporary,
        options: WorkbookOptions(
          properties: DocumentProperties(
            title: title, subject: strings.title(comparison.first.label, comparison.second.label), author: "Berdaya"),
          createdSecondsSince1970: seconds))
      let styles = WorkbookStyles(workbook)
      let a = comparison.first.label
      let b = comparison.second.label
      for (d, dimension) in comparison.dimensions.enumerated() {
        var writer = SheetWriter(
          sheet: try workbook.addWorksheet(SheetNames.clean(strings.dimension(dimension))), styles: styles)
        try writer.title(strings.title(a, b), lines: [strings.dimension(dimension)])
        let headers = [
          strings.kecamatan, strings.reached(a), strings.registered(a), strings.rate(a), strings.reached(b),
          strings.registered(b), strings.rate(b), strings.change, strings.lower, strings.upper, strings.rank(a),
          strings.rank(b), strings.rankChange,
        ]
        let rows = comparison.byDimension[d].map { row -> [WorkbookCell] in
          guard row.withheld == nil else {
            return [label(row, strings)] + Array(repeating: .withheld(ReportFormat.missing), count: 12)
          }
          return [
            label(row, strings), count(row.first?.numerator), count(row.first?.denominator), .percent(row.first?.value),
            count(row.second?.numerator), count(row.second?.denominator), .percent(row.second?.value),
            points(row.change), points(row.interval?.lower), points(row.interval?.upper),
          ] + ranks(row)
        }
        try writer.table(WorkbookTable(headers: headers, rows: rows), workbook: workbook)
        try writer.finish()
      }
      var writer = SheetWriter(sheet: try workbook.addWorksheet(SheetNames.clean(strings.composite)), styles: styles)
      try writer.title(strings.title(a, b), lines: [strings.composite])
      let rows = comparison.composite.map { row -> [WorkbookCell] in
        guard row.withheld == nil else {
          return [label(row, strings)] + Array(repeating: .withheld(ReportFormat.missing), count: 6)
        }
        return [label(row, strings), .percent(row.firstIndex), .percent(row.secondIndex), points(row.change)]
          + ranks(row)
      }
      try writer.table(
        WorkbookTable(
          headers: [
            strings.kecamatan, strings.index(a), strings.index(b), strings.change, strings.rank(a), strings.rank(b),
            strings.rankChange,
          ],
          rows: rows),
        workbook: workbook)
      try writer.heading(strings.method)
      for note in strings.notes(minCell: comparison.minCell) {
        try writer.paragraph(note, row: writer.row, columns: 0...6)
        writer.row += 1
      }
      try writer.finish()
      try workbook.close()
    }
  }

  private static func label(_ row: Comparison.Row, _ strings: ComparisonStrings) -> WorkbookCell {
    .text(row.kecamatan ?? strings.region)
  }

  private static func count(_ value: Int?) -> WorkbookCell { .number(value.map(Double.init), .count) }

  private static func points(_ fraction: Double?) -> WorkbookCell { .number(fraction.map { $0 * 100 }, .points) }

  private static func ranks(_ row: Comparison.Row) -> [WorkbookCell] {
    guard row.kecamatan != nil else { return [.empty, .empty, .empty] }
    return [count(row.firstRank), count(row.secondRank), .number(row.rankChange.map(Double.init), .count)]
  }
}
