/// Where ``SheetWriter/table(_:workbook:)`` put a table: 0-based rows.
struct TablePlacement {
  var headerRow: Int
  /// The first body row; equal to `endRow` when the body is empty.
  var firstBodyRow: Int
  /// One past the last body row.
  var endRow: Int
  /// The row after the last total row: where the next block may start.
  var nextRow: Int

  /// The body rows, or nil when the table has none.
  var bodyRows: ClosedRange<Int>? { endRow > firstBodyRow ? firstBodyRow...(endRow - 1) : nil }
}
