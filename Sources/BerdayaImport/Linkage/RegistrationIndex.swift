/// Registration numbers -> enterprise index: a number with a code (`RegistrationNumberCodes`, the
/// common case) in a `NumberIndex`, one without by its bytes in a `KeyIndex`. Which of the two
/// holds a number depends only on the codes' patterns, which both the registry and the activities
/// are keyed by.
struct RegistrationIndex: Sendable {
  /// A registration number as the index keys it.
  struct Key {
    let bytes: UnsafeBufferPointer<UInt8>
    let code: UInt64?
    /// `hash32(code:bytes:)`.
    let hash32: UInt32
  }

  private var coded = NumberIndex()
  private var others = KeyIndex()

  /// Number of keys held.
  var count: Int { coded.count + others.count }

  /// The hash a key is placed by: its code's, else its bytes'.
  static func hash32(code: UInt64?, bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
    code.map(NumberIndex.hash32) ?? KeyIndex.hash32(bytes)
  }

  /// The value stored for `key`, nil when absent.
  subscript(key: Key) -> Int? {
    if let code = key.code { return coded[code, hash32: key.hash32] }
    return others[bytes: key.bytes, hash32: key.hash32]
  }

  /// The value stored for a number with code `code` and its `hash32`, nil when absent.
  subscript(coded code: UInt64, hash32 hash32: UInt32) -> Int? { coded[code, hash32: hash32] }

  /// Stores `value` for `key` unless present; returns the value the key has now.
  @discardableResult
  mutating func insertIfAbsent(_ key: Key, _ value: Int) -> Int {
    if let code = key.code { return coded.insertIfAbsent(code, hash32: key.hash32, value) }
    return others.insertIfAbsent(bytes: key.bytes, hash32: key.hash32, value)
  }

  /// Points a present key at another value.
  mutating func replaceValue(_ key: Key, with value: Int) {
    if let code = key.code { return coded.replaceValue(code, hash32: key.hash32, with: value) }
    others.replaceValue(bytes: key.bytes, hash32: key.hash32, with: value)
  }

  /// Makes room for `keys` more keys with codes (numbers without one grow their index as they come).
  mutating func reserveCapacity(keys: Int) { coded.reserveCapacity(keys: coded.count + keys) }

  /// Hints the cache at what a lookup of a key with this hash reads, a step per call (a key with a
  /// code has no entry to ask for).
  func prefetch(hash32: UInt32, isCoded: Bool, _ step: KeyPrefetch) {
    if !isCoded {
      others.prefetch(hash32: hash32, step)
    } else if step == .slot {
      coded.prefetch(hash32: hash32)
    }
  }
}
