/// One row of a sheet: its 1-based row number and its cells, dense from column A.
public struct SpreadsheetRow: Sendable {
  /// The 1-based row number as in the sheet (rows with no values are not delivered).
  public var index: Int
  /// Dense from column A (index 0) up to the last non-empty cell.
  public var cells: [SpreadsheetCell]

  /// Makes a row from its 1-based number and its dense cells.
  public init(index: Int, cells: [SpreadsheetCell]) {
    self.index = index
    self.cells = cells
  }
}
