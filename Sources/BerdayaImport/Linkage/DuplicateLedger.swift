#if canImport(Glibc)
  import Glibc
#else
  import Darwin
#endif

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
  /// Possible groups by method and id (`notePossible`); merged groups by the enterprise they were
  /// merged into.
  private var possibleGroups = NumberIndex()
  private var mergedGroups: [Int32: Int32] = [:]
  /// Per group, for the order of the output: the enterprise a merged group made (-1 for a possible
  /// one), and the method and key bytes of a possible group (empty for a merged one).
  private var enterprise: [Int32] = []
  private var keyBytes: [UInt8] = []
  private var keyEnds: [Int] = []
  private var rows: [Row] = []
  /// Rows merged into an enterprise whose first row they are not.
  private(set) var mergedRowCount = 0
  /// Groups listed for a person to check, not merged.
  var possibleGroupCount: Int { methods.count - mergedGroups.count }

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
    mergedRowCount += 1
    rows.append(Row(group: group, source: row.source, row: row.row))
  }

  /// A row that shares `key` (the index's bytes) with the enterprise whose first row is at `first`.
  /// `id` (below 2^56) tells the key apart from the method's other keys, one to one: the NIK itself,
  /// or the enterprise that holds the name key (the name index holds one key per enterprise).
  ///
  /// The group is found by the id, a number, and the key's bytes are kept once, for the group's
  /// place in the listing. Measured at size L (734k such rows in 159k groups): finding it by the
  /// method and key as bytes (a key made, hashed and compared per row, in an index of its own) was
  /// some 1,000 instructions a row on the registry's inserting thread, and 10k page faults.
  mutating func notePossible(
    _ method: LinkMethod, id: UInt64, key: UnsafeBufferPointer<UInt8>, first: (source: Int32, row: Int32),
    row: (source: Int32, row: Int32)
  ) {
    precondition(id < 1 << 56, "a possible-duplicate id past 56 bits")
    let tagged = UInt64(method.ordinal) << 56 | id
    let next = methods.count
    let group = possibleGroups.insertIfAbsent(tagged, hash32: NumberIndex.hash32(tagged), next)
    if group == next {
      keyBytes.append(contentsOf: method.rawValue.utf8)
      keyBytes.append(0x1F)
      keyBytes.append(contentsOf: key)
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
  /// (bytes in order); rows in the order they were read. `sources` are the rows' files by source id.
  func groups(sources: [RowSource]) -> DuplicateGroups {
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
    // Measured: comparing `ArraySlice`s byte by byte was most of `groups` at size L (159k groups).
    let possible = keyBytes.withUnsafeBufferPointer { bytes in
      keyEnds.withUnsafeBufferPointer { ends in
        methods.indices.filter { enterprise[$0] < 0 }.sorted { a, b in
          Self.precedes(Self.key(a, bytes: bytes, ends: ends), Self.key(b, bytes: bytes, ends: ends))
        }
      }
    }
    var groups = DuplicateGroups(sources: sources, groups: methods.count, rows: rows.count)
    for group in merged + possible {
      let members = ordered[starts[group]..<starts[group + 1]].lazy.map { index in
        let row = rows[Int(index)]
        return DuplicateGroups.Position(source: row.source, row: row.row)
      }
      groups.append(methods[group], merged: enterprise[group] >= 0, rows: members)
    }
    return groups
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
