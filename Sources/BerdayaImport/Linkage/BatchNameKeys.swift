/// The name keys (`ActivityLinker.nameKey`: folded business name, 0x1F, folded kelurahan) of one
/// batch of prepared registry rows, made before the batch is inserted, with their hashes: the
/// insert then asks for each key's index slot rows ahead, as for the other keys.
///
/// Measured at size L (1M rows, no merges, so every row's key is probed): with the keys made row
/// by row inside the insert, the name index's probe was the one not asked for ahead, and
/// `KeyIndex.find` took 11.9% of `validate --registry`'s samples; made a batch ahead, 9.1% (7.2%
/// once the insert asks for the name's entry too). A batch's keys (2,048 rows, some 60 KB) stay in
/// the core's cache until the insert reads them.
struct BatchNameKeys {
  private var businessNames: BusinessNameCache
  /// The keys back to back; row `i`'s ends at `ends[i]` and starts where row `i - 1`'s ends.
  private var bytes: [UInt8] = []
  private var ends: [Int] = []
  /// `KeyIndex.hash32` of each row's key; 0 for a row without one.
  private(set) var hashes: [UInt32] = []

  /// Keys made with a cache of at most `nameCacheLimit` folded business names.
  init(nameCacheLimit: Int) { businessNames = BusinessNameCache(limit: nameCacheLimit) }

  /// How many rows ahead a name's cache slot is asked for (and half as many, its entry).
  private static let prefetchDistance = 8

  /// Replaces the keys with those of `rows`, whose byte ranges index `rowBytes`.
  mutating func make(for rows: UnsafeBufferPointer<PreparedRegistryRows.Row>, bytes rowBytes: UnsafeBufferPointer<UInt8>) {
    bytes.removeAll(keepingCapacity: true)
    ends.removeAll(keepingCapacity: true)
    hashes.removeAll(keepingCapacity: true)
    // By index: `enumerated()` copied every row out (`EnterpriseTableDraft.insert` says why not).
    for position in rows.indices {
      if position + Self.prefetchDistance < rows.count, rows[position + Self.prefetchDistance].businessName != nil {
        businessNames.prefetch(hash32: rows[position + Self.prefetchDistance].businessNameHash, .slot)
      }
      let half = position + Self.prefetchDistance / 2
      if half < rows.count, rows[half].businessName != nil { businessNames.prefetch(hash32: rows[half].businessNameHash, .entry) }
      let start = bytes.count
      if let name = rows[position].businessName, let kelurahan = rows[position].kelurahanKey,
        businessNames.append(utf8: rowBytes[keyRange: name], hash32: rows[position].businessNameHash, to: &bytes)
      {
        bytes.append(ActivityLinker.nameKeySeparator)
        bytes.append(contentsOf: rowBytes[keyRange: kelurahan])
      }
      ends.append(bytes.count)
      // A key is never empty (it holds the separator at least).
      hashes.append(bytes.count > start ? bytes.withUnsafeBufferPointer { KeyIndex.hash32(UnsafeBufferPointer(rebasing: $0[start...])) } : 0)
    }
  }

  /// Calls `body` with the keys' bytes, which `key(_:in:)` reads.
  func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result { bytes.withUnsafeBufferPointer(body) }

  /// Row `row`'s key within `keyBytes` (from `withBytes`), nil when its name has none.
  func key(_ row: Int, in keyBytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>? {
    let start = row == 0 ? 0 : ends[row - 1]
    return ends[row] > start ? UnsafeBufferPointer(rebasing: keyBytes[start..<ends[row]]) : nil
  }
}
