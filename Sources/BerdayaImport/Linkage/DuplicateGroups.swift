import BerdayaModel

/// The registry's duplicate groups in output order (merged groups by the enterprise they made, then
/// possible ones by method and key), held compactly: a group is its method, whether it was merged,
/// and a run of (source, row) pairs; reading a group makes its `DuplicateGroup`.
///
/// Measured at size L (1M enterprises, 159k groups of 893k rows): as `[DuplicateGroup]`, a 56-byte
/// `SourceLocation` per row and an array per group, they held 48 MB for the whole run, where a
/// report reads two counts of them (now `EnterpriseRegistry`'s, and a report makes no groups).
public struct DuplicateGroups: RandomAccessCollection, Equatable, Sendable {
  /// A row of a group: its source (an index into `sourceFiles`) and its row number there.
  public struct Position: Sendable {
    public internal(set) var source: Int32
    public internal(set) var row: Int32
  }

  private let sources: [RowSource]
  private var methods: [LinkMethod] = []
  private var isMerged: [Bool] = []
  /// Group `g`'s rows are `positions[ends[g - 1]..<ends[g]]` (from 0 for the first).
  private var ends: [Int32] = []
  private var positions: [Position] = []

  /// No groups yet, with room for `groups` of `rows` rows in all; `sources` are the rows' files by
  /// source id.
  init(sources: [RowSource], groups: Int, rows: Int) {
    self.sources = sources
    methods.reserveCapacity(groups)
    isMerged.reserveCapacity(groups)
    ends.reserveCapacity(groups)
    positions.reserveCapacity(rows)
  }

  /// Adds a group after the others: its method, whether it was merged, and its rows (first one kept).
  mutating func append(_ method: LinkMethod, merged: Bool, rows: some Sequence<Position>) {
    let start = positions.count
    positions.append(contentsOf: rows)
    precondition(positions.count > start && positions.count <= Int(Int32.max), "a duplicate group without rows")
    methods.append(method)
    isMerged.append(merged)
    ends.append(Int32(positions.count))
  }

  public var startIndex: Int { 0 }
  public var endIndex: Int { methods.count }

  public subscript(group: Int) -> DuplicateGroup {
    let rows = positions(of: group).map { position in
      let source = sources[Int(position.source)]
      return SourceLocation(file: source.file, sheet: source.sheet, row: Int(position.row))
    }
    return DuplicateGroup(method: methods[group], merged: isMerged[group], rows: rows)
  }

  /// The files (and sheets) the rows are in, by `Position.source`.
  public var sourceFiles: [(file: String, sheet: String?)] { sources.map { ($0.file, $0.sheet) } }

  /// Calls `body` with each group in order: its method, whether it was merged, and its rows as
  /// they are held, without the array and `SourceLocation`s (a String each) the subscript makes.
  public func forEachGroup(_ body: (_ method: LinkMethod, _ merged: Bool, _ rows: ArraySlice<Position>) -> Void) {
    for group in indices { body(methods[group], isMerged[group], positions(of: group)) }
  }

  private func positions(of group: Int) -> ArraySlice<Position> {
    positions[(group == 0 ? 0 : Int(ends[group - 1]))..<Int(ends[group])]
  }

  /// The same groups of the same rows.
  public static func == (a: DuplicateGroups, b: DuplicateGroups) -> Bool { a.elementsEqual(b) }
}
