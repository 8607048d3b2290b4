import BerdayaModel

/// Where a table's header is and which column holds which canonical field.
public struct HeaderLayout: Sendable {
  /// 0-based indices (in the rows given to detection) of the header's first and last row.
  public var firstRow: Int
  public var lastRow: Int
  /// The header text of every column (two-row headers joined: "Tanggal Daftar Ulang").
  public var names: [String]
  /// Canonical column -> 0-based column index.
  public let mapping: [CanonicalColumn: Int]
  /// Headers that map to nothing (reported, not an error), and second columns for a field.
  public var unmapped: [String]
  /// `mapping` as an array by column ordinal (-1: not in the file). Measured: the dictionary
  /// lookup was 6% of an import, as every mapped cell of every row asks for its column.
  private let indices: [Int]

  public init(firstRow: Int, lastRow: Int, names: [String], mapping: [CanonicalColumn: Int], unmapped: [String]) {
    self.firstRow = firstRow
    self.lastRow = lastRow
    self.names = names
    self.mapping = mapping
    self.unmapped = unmapped
    indices = CanonicalColumn.allCases.map { mapping[$0] ?? -1 }
  }

  @inline(__always)
  public func column(_ column: CanonicalColumn) -> Int? {
    let index = indices[column.ordinal]
    return index < 0 ? nil : index
  }
}
