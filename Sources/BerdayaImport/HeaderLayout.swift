import BerdayaModel

/// Where a table's header is and which column holds which canonical field.
public struct HeaderLayout: Sendable {
  /// 0-based indices (in the rows given to detection) of the header's first and last row.
  public var firstRow: Int
  public var lastRow: Int
  /// The header text of every column (two-row headers joined: "Tanggal Daftar Ulang").
  public var names: [String]
  /// Canonical column -> 0-based column index.
  public var mapping: [CanonicalColumn: Int]
  /// Headers that map to nothing (reported, not an error), and second columns for a field.
  public var unmapped: [String]

  public func column(_ column: CanonicalColumn) -> Int? { mapping[column] }
}
