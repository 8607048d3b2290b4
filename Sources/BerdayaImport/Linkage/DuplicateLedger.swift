#if canImport(Glibc)
  import Glibc
#else
  import Darwin
#endif
import BerdayaModel

/// The duplicate groups as the registry streams in, compactly: one 12-byte row per listed registry
/// row and the group keys in one arena, instead of a String key and an array of locations per group.
///
/// Measured at size L (1M enterprises, 159k possible-duplicate groups of 734k rows): the dictionary
/// of String keys to location arrays was the builder's largest structure after the key indexes.
struct DuplicateLedger {
  private struct Row {
    var group: Int32
    var source: Int32
    var row: Int32
  }

  private var methods: [LinkMethod] = []
  /// Possible groups by method and key; merged groups by the enterprise they were merged into.
  private var possibleGroups = KeyIndex()
  private var mergedGroups: [Int32: Int32] = [:]
  /// Per group, for the order of the output: the enterprise a merged group made (-1 for a possible
  /// one), and the method and key bytes of a possible group (empty for a merged one).
  private var enterprise: [Int32] = []
  private var keyBytes: [UInt8] = []
  private var keyEnds: [Int] = []
  private var rows: [Row] = []
  private var scratch: [UInt8] = []

  /// A row merged into enterprise `index`, whose first row is at `first`.
  mutating func noteMerged(
    _ method: LinkMethod, into index: Int, first: (source: Int32, row: Int32), row: (source: Int32, row: Int32)
  ) {
    let group: Int32
    if let known = mergedGroups[Int32(index)] {
      group = known
    } else {
      group = newGroup(method, enterprise: Int32(index), first: first)
      mergedGroups[Int32(index)] = group
    }
    rows.append(Row(group: group, source: row.source, row: row.row))
  }

  /// A row that shares `key` (the index's bytes) with the enterprise whose first row is at `first`.
  mutating func notePossible(
    _ method: LinkMethod, key: UnsafeBufferPointer<UInt8>, first: (source: Int32, row: Int32),
    row: (source: Int32, row: Int32)
  ) {
    scratch.removeAll(keepingCapacity: true)
    scratch.append(contentsOf: method.rawValue.utf8)
    scratch.append(0x1F)
    scratch.append(contentsOf: key)
    let next = methods.count
    let group = scratch.withUnsafeBufferPointer { possibleGroups.insertIfAbsent(bytes: $0, next) }
    if group == next {
      keyBytes.append(contentsOf: scratch)
      _ = newGroup(method, enterprise: -1, first: first)
    }
    rows.append(Row(group: Int32(group), source: row.source, row: row.row))
  }

  private mutating func newGroup(_ method: LinkMethod, enterprise: Int32, first: (source: Int32, row: Int32)) -> Int32 {
    let group = Int32(methods.count)
    methods.append(method)
    self.enterprise.append(enterprise)
    keyEnds.append(keyBytes.count)
    rows.append(Row(group: group, source: first.source, row: first.row))
    return group
  }

  /// The groups: merged ones by the enterprise they made, then possible ones by method and key
  /// (bytes in order); rows in the order they were read.
  ///
  /// Measured at size L (159k possible groups of 734k rows), single-threaded after the read: an
  /// array appended to per group and a sort comparing whole keys took 0.26 s; now each group's rows
  /// are counted into place first, and keys are ordered by their first 32 bytes after the method,
  /// whole only where those tie (with 16 bytes, a third of the keys still tied: names repeat).
  func groups(location: (_ source: Int32, _ row: Int32) -> SourceLocation) -> [DuplicateGroup] {
    // Rows (their indexes) by group, in the order read: group g's are ordered[starts[g]..<starts[g + 1]].
    var starts = Array(repeating: 0, count: methods.count + 1)
    for row in rows { starts[Int(row.group) + 1] += 1 }
    for group in methods.indices { starts[group + 1] += starts[group] }
    var next = starts
    let ordered = [Int32](unsafeUninitializedCapacity: rows.count) { buffer, count in
      for (index, row) in rows.enumerated() {
        buffer.initializeElement(at: next[Int(row.group)], to: Int32(index))
        next[Int(row.group)] += 1
      }
      count = rows.count
    }
    let merged = methods.indices.filter { enterprise[$0] >= 0 }.sorted { enterprise[$0] < enterprise[$1] }
    let possible = keyBytes.withUnsafeBufferPointer { bytes in
      keyEnds.withUnsafeBufferPointer { ends in
        methods.indices.filter { enterprise[$0] < 0 }.map { group in SortKey(group, method: methods[group], key: Self.key(group, bytes: bytes, ends: ends)) }
          .sorted { a, b in
            a.head != b.head
              ? a.head < b.head
              : Self.precedes(Self.key(a.group, bytes: bytes, ends: ends), Self.key(b.group, bytes: bytes, ends: ends))
          }.map(\.group)
      }
    }
    return ordered.withUnsafeBufferPointer { ordered in
      (merged + possible).map { group in
        let members = ordered[starts[group]..<starts[group + 1]].map { index in
          let row = rows[Int(index)]
          return location(row.source, row.row)
        }
        return DuplicateGroup(method: methods[group], merged: enterprise[group] >= 0, rows: members)
      }
    }
  }

  /// A possible group's key cut to what orders most keys: its method's rank and the 32 bytes after
  /// the method's name and separator, big-endian, zero-padded. A key is the method's name, 0x1F and
  /// the rest, and 0x1F sorts before every byte of a name, so whole keys are in the order of the
  /// methods' names, then of the rest: keys with different heads are in the heads' order, keys with
  /// the same head are compared whole.
  private struct SortKey {
    var head: (Int, UInt64, UInt64, UInt64, UInt64)
    var group: Int

    init(_ group: Int, method: LinkMethod, key: UnsafeBufferPointer<UInt8>) {
      self.group = group
      var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
      withUnsafeMutableBytes(of: &words) { raw in
        for (offset, byte) in key.dropFirst(method.rawValue.utf8.count + 1).prefix(32).enumerated() { raw[offset] = byte }
      }
      head = (
        Self.rank[method.ordinal], UInt64(bigEndian: words.0), UInt64(bigEndian: words.1), UInt64(bigEndian: words.2),
        UInt64(bigEndian: words.3))
    }

    /// Each method's place (by ordinal) when the methods are ordered by their names' bytes.
    private static let rank: [Int] = {
      let byName = LinkMethod.allCases.sorted { $0.rawValue.utf8.lexicographicallyPrecedes($1.rawValue.utf8) }
      return LinkMethod.allCases.map { method in byName.firstIndex(of: method) ?? 0 }
    }()
  }

  /// The key bytes of `group`.
  private static func key(_ group: Int, bytes: UnsafeBufferPointer<UInt8>, ends: UnsafeBufferPointer<Int>)
    -> UnsafeBufferPointer<UInt8>
  {
    UnsafeBufferPointer(rebasing: bytes[(group == 0 ? 0 : ends[group - 1])..<ends[group]])
  }

  /// Byte order, a key before every longer key it begins (`lexicographicallyPrecedes` on bytes).
  private static func precedes(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    let common = min(a.count, b.count)
    if common > 0, let x = a.baseAddress, let y = b.baseAddress {
      let order = memcmp(x, y, common)
      if order != 0 { return order < 0 }
    }
    return a.count < b.count
  }
}
