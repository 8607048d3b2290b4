import BerdayaAnalysis

/// The kecamatan x sector cells of the coverage tables laid out as a grid, with their small-cell
/// suppression (rows and columns have published totals: the kecamatan and sector tables).
struct CoverageMatrix {
  /// Row keys, in the order of `coverage.byKecamatan`.
  var rowKeys: [String]
  /// Column keys, in the order of `coverage.bySector`.
  var columnKeys: [String]
  /// `cells[row][column]`, nil where the registry has no enterprise of that pair.
  var cells: [[CoverageRow?]]
  /// Suppression over the cells' denominators.
  var plan: SuppressionPlan

  init(_ coverage: CoverageTables, minCell: Int) {
    rowKeys = coverage.byKecamatan.map { $0.kecamatan ?? CoverageRow.unknownKey }
    columnKeys = coverage.bySector.map { $0.sector ?? CoverageRow.unknownKey }
    var rowIndex: [String: Int] = [:]
    for (index, key) in rowKeys.enumerated() where rowIndex[key] == nil { rowIndex[key] = index }
    var columnIndex: [String: Int] = [:]
    for (index, key) in columnKeys.enumerated() where columnIndex[key] == nil { columnIndex[key] = index }
    var cells = [[CoverageRow?]](
      repeating: [CoverageRow?](repeating: nil, count: columnKeys.count), count: rowKeys.count)
    for row in coverage.byCell {
      guard let r = rowIndex[row.kecamatan ?? CoverageRow.unknownKey],
        let c = columnIndex[row.sector ?? CoverageRow.unknownKey]
      else { continue }
      cells[r][c] = row
    }
    self.cells = cells
    plan = SmallCellSuppression.plan(
      denominators: cells.map { $0.map { $0?.registered ?? 0 } }, threshold: minCell)
  }

  /// Why the cell at (`row`, `column`) is withheld, or nil.
  func reason(row: Int, column: Int) -> SuppressionReason? { plan.reasons[row][column] }
}
