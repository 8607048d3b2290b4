/// Folded business names (`BusinessNameKey`) by the raw UTF-8 bytes they were folded from, so that
/// a name the registry repeats is folded once.
///
/// Measured: folding every row's name was 11.9% of `validate --registry` at size L (1M rows, 26,601
/// distinct names), on the inserting thread, which was the longer of the two. A cached name costs a
/// probe and a copy (the reading thread hashes the raw name, and `BatchNameKeys` asks for the
/// probe's slot and entry rows ahead: a cold probe was 270 ns, and the lookups 9% of the samples).
///
/// Bounded: past `limit` names nothing more is cached, and a name not cached is folded as before.
/// At the default limit the cache holds about 4 MB whatever the registry's size (names of 17 bytes,
/// the L bench's mean: 1 MB of slots, 1.6 MB of index entries, about 1 MB of foldings, 0.5 MB of
/// ends), so a registry of 10M distinct names does not grow it; real registries repeat names far
/// less than the bench data, and a larger cache would mostly hold names never seen again.
struct BusinessNameCache {
  /// 65,536 names: the L bench registry's 26,601 fit with room to spare.
  static let defaultLimit = 1 << 16

  /// How many names are cached at most.
  let limit: Int
  /// Raw name bytes -> the name's number in `ends`.
  private var index = KeyIndex()
  /// The cached foldings back to back; name `i` is `folded[ends[i - 1]..<ends[i]]` (from 0 for
  /// the first). An empty folding: the name leaves nothing to link on.
  private var folded: [UInt8] = []
  private var ends: [Int] = []
  private var words = FoldedWords()

  init(limit: Int = Self.defaultLimit) {
    precondition(limit >= 0, "a cache limit is not negative")
    self.limit = limit
  }

  /// Names cached so far.
  var count: Int { ends.count }

  /// Appends the folded key of the UTF-8 name `raw` (whose `KeyIndex.hash32` the caller has) to
  /// `key`, as `BusinessNameKey.append` does; false, with `key` unchanged, when nothing is left to
  /// link on.
  mutating func append(utf8 raw: UnsafeBufferPointer<UInt8>, hash32: UInt32, to key: inout [UInt8]) -> Bool {
    let next = ends.count
    // One probe while there is room: the name goes in as the next one, or says which it is.
    let cached =
      next < limit ? index.insertIfAbsent(bytes: raw, hash32: hash32, next) : index[bytes: raw, hash32: hash32] ?? -1
    if cached >= 0, cached < next {
      let start = cached == 0 ? 0 : ends[cached - 1]
      key.append(contentsOf: folded[start..<ends[cached]])
      return ends[cached] > start
    }
    let start = key.count
    let made = BusinessNameKey.append(utf8: raw, to: &key, words: &words)
    if cached == next {
      folded.append(contentsOf: key[start...])
      ends.append(folded.count)
    }
    return made
  }

  /// Hints the cache at what `append` will read for a name with this `KeyIndex.hash32`.
  func prefetch(hash32: UInt32, _ step: KeyPrefetch) { index.prefetch(hash32: hash32, step) }
}
