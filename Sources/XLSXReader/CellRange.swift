/// A rectangle of cells, such as a merged range: 1-based rows, 0-based columns, both ends inclusive.
public struct CellRange: Hashable, Sendable {
  /// 1-based first row.
  public var firstRow: Int
  /// 0-based first column (A = 0).
  public var firstColumn: Int
  /// 1-based last row, inclusive.
  public var lastRow: Int
  /// 0-based last column, inclusive.
  public var lastColumn: Int

  /// Makes a range from its corners.
  public init(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) {
    self.firstRow = firstRow
    self.firstColumn = firstColumn
    self.lastRow = lastRow
    self.lastColumn = lastColumn
  }
}
