import BerdayaModel

/// The registry's duplicate groups in output order (merged groups by the enterprise they made, then
/// possible ones by method and key), held compactly: a group is its method, whether it was merged,
/// and a run of (source, row) pairs; reading a group makes its `DuplicateGroup`.
///
/// Measured at size L (1M enterprises, 159k groups of 893k rows): as `[DuplicateGroup]`, a 56-byte
/// `SourceLocation` per row and an array per group, they held 48 MB for the whole run, where a
/// report reads two counts of them.
public struct DuplicateGroups: RandomAccessCollection, Equatable, Sendable {
  struct Position: Sendable {
    var source: Int32
    var row: Int32
  }

  private let sources: [RowSource]
  private let methods: [LinkMethod]
  private let isMerged: [Bool]
  /// Group `g`'s rows are `positions[ends[g - 1]..<ends[g]]` (from 0 for the first).
  private let ends: [Int32]
  private let positions: [Position]

  /// Rows merged into an enterprise whose first row they are not.
  public let mergedRowCount: Int
  /// Groups listed for a person to check, not merged.
  public let possibleGroupCount: Int

  /// Groups from `next`, called once per group in output order with the group's method, whether it
  /// was merged and its rows (first one kept), as ids into `sources`.
  init(sources: [RowSource], groups: Int, rows: Int, next: (inout [Position]) -> (LinkMethod, merged: Bool)) {
    self.sources = sources
    var methods: [LinkMethod] = []
    var isMerged: [Bool] = []
    var ends: [Int32] = []
    var positions: [Position] = []
    methods.reserveCapacity(groups)
    isMerged.reserveCapacity(groups)
    ends.reserveCapacity(groups)
    positions.reserveCapacity(rows)
    var mergedRowCount = 0
    for _ in 0..<groups {
      let start = positions.count
      let (method, merged) = next(&positions)
      precondition(positions.count > start && positions.count <= Int(Int32.max), "a duplicate group without rows")
      methods.append(method)
      isMerged.append(merged)
      ends.append(Int32(positions.count))
      if merged { mergedRowCount += positions.count - start - 1 }
    }
    self.methods = methods
    self.isMerged = isMerged
    self.ends = ends
    self.positions = positions
    self.mergedRowCount = mergedRowCount
    possibleGroupCount = isMerged.lazy.filter { !$0 }.count
  }

  public var startIndex: Int { 0 }
  public var endIndex: Int { methods.count }

  public subscript(group: Int) -> DuplicateGroup {
    let rows = positions[(group == 0 ? 0 : Int(ends[group - 1]))..<Int(ends[group])].map { position in
      let source = sources[Int(position.source)]
      return SourceLocation(file: source.file, sheet: source.sheet, row: Int(position.row))
    }
    return DuplicateGroup(method: methods[group], merged: isMerged[group], rows: rows)
  }

  /// The same groups of the same rows.
  public static func == (a: DuplicateGroups, b: DuplicateGroups) -> Bool { a.elementsEqual(b) }
}
