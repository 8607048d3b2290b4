import BerdayaModel

/// Registry rows that are one enterprise (merged), or that may be (listed for a person to check).
public struct DuplicateGroup: Hashable, Sendable {
  /// The key the rows share.
  public var method: LinkMethod
  /// True when the rows were merged into one enterprise; false when only listed.
  public var merged: Bool
  /// The rows, first one kept.
  public var rows: [SourceLocation]

  public init(method: LinkMethod, merged: Bool, rows: [SourceLocation]) {
    self.method = method
    self.merged = merged
    self.rows = rows
  }
}
