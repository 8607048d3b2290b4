/// A rectangle of cells from `first` to `last` inclusive, printed as `A1:D20`.
public struct CellRange: Hashable, Sendable, CustomStringConvertible {
  public var first: CellAddress
  public var last: CellAddress

  public init(from first: CellAddress, to last: CellAddress) {
    self.first = first
    self.last = last
  }

  /// A range from 0-based rows and columns, both ends inclusive.
  public init(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) {
    self.first = CellAddress(row: firstRow, column: firstColumn)
    self.last = CellAddress(row: lastRow, column: lastColumn)
  }

  /// Cells `firstRow...lastRow` of one column, the usual shape of chart data.
  public static func column(_ column: Int, rows: ClosedRange<Int>) -> CellRange {
    CellRange(
      firstRow: rows.lowerBound, firstColumn: column, lastRow: rows.upperBound, lastColumn: column)
  }

  /// `A1:D20` (or `C14` for a single cell).
  public var description: String { first == last ? first.description : "\(first):\(last)" }

  /// `$A$1:$D$20`.
  public var absolute: String {
    first == last ? first.absolute : "\(first.absolute):\(last.absolute)"
  }

  /// Whether both corners lie inside a sheet and are in order.
  var isValid: Bool {
    first.isValid && last.isValid && first.row <= last.row && first.column <= last.column
  }
}
