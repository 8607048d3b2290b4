#if canImport(Glibc)
  import Glibc
#else
  import Darwin
#endif

/// Text keys (registration numbers, NIB and NIK digits, name keys) -> enterprise index.
///
/// Measured, not taste: `[String: Int]` cost 14% of the M coverage job in the registry builder and
/// 9% in activity linkage (SipHash per lookup, and the key compare reaching into each String's own
/// heap object: a second cache miss per lookup). Here a key of up to 24 bytes (registration
/// numbers, NIB and NIK all are) is held in its slot, so a lookup touches one cache line; longer
/// keys sit in one arena. Each slot keeps the key's 64-bit hash, and nothing is allocated per key.
/// The hash is fixed (no per-process seed): only lookups depend on it, never an output's order.
struct KeyIndex: Sendable {
  /// The first 24 bytes of a key, zero-padded; for a longer key, `first` is its arena offset.
  private struct InlineKey: Equatable {
    var first: UInt64 = 0
    var second: UInt64 = 0
    var third: UInt64 = 0

    static let capacity = 24

    init() {}

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
      withUnsafeMutableBytes(of: &self) { words in
        words.copyMemory(from: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes).prefix(Self.capacity)))
      }
    }
  }

  private struct Slot {
    var hash: UInt64 = 0
    var key = InlineKey()
    var length: UInt32 = 0
    /// -1 marks an empty slot.
    var value: Int32 = -1
  }

  private var slots: [Slot]
  private var arena: [UInt8] = []
  private var mask: Int
  /// Number of keys held.
  private(set) var count = 0

  init(capacity: Int = 1024) {
    var size = 16
    while size * 3 < capacity * 4 { size <<= 1 }
    slots = Array(repeating: Slot(), count: size)
    mask = size - 1
  }

  /// The value stored for `key`, nil when absent.
  subscript(key: String) -> Int? {
    var key = key
    return key.withUTF8 { self[bytes: $0] }
  }

  /// The value stored for the key spelled by `bytes` (UTF-8), nil when absent.
  subscript(bytes key: UnsafeBufferPointer<UInt8>) -> Int? {
    let hash = Self.hash(key)
    let inline = InlineKey(key)
    return slots.withUnsafeBufferPointer { slots in
      var position = Int(truncatingIfNeeded: hash) & mask
      while true {
        let slot = slots[position]
        if slot.value < 0 { return nil }
        if slot.hash == hash, matches(slot, key, inline) { return Int(slot.value) }
        position = (position + 1) & mask
      }
    }
  }

  /// Stores `value` for `key` unless the key is already present; returns the value the key has now.
  @discardableResult
  mutating func insertIfAbsent(_ key: String, _ value: Int) -> Int {
    var key = key
    return key.withUTF8 { insertIfAbsent(bytes: $0, value) }
  }

  private mutating func insertIfAbsent(bytes key: UnsafeBufferPointer<UInt8>, _ value: Int) -> Int {
    precondition(value >= 0 && value <= Int(Int32.max), "enterprise index out of range")
    // At most three quarters full: linear probing still finds a key in about two probes, mostly in
    // one cache line, and the table of a million keys stays near 64 MiB.
    if (count + 1) * 4 > slots.count * 3 { grow() }
    let hash = Self.hash(key)
    var inline = InlineKey(key)
    var position = Int(truncatingIfNeeded: hash) & mask
    while slots[position].value >= 0 {
      let slot = slots[position]
      if slot.hash == hash, matches(slot, key, inline) { return Int(slot.value) }
      position = (position + 1) & mask
    }
    if key.count > InlineKey.capacity {
      inline = InlineKey()
      inline.first = UInt64(arena.count)
      arena.append(contentsOf: key)
    }
    slots[position] = Slot(hash: hash, key: inline, length: UInt32(key.count), value: Int32(value))
    count += 1
    return value
  }

  private func matches(_ slot: Slot, _ key: UnsafeBufferPointer<UInt8>, _ inline: InlineKey) -> Bool {
    guard Int(slot.length) == key.count else { return false }
    if key.count <= InlineKey.capacity { return slot.key == inline }
    return arena.withUnsafeBufferPointer { stored in
      memcmp(stored.baseAddress! + Int(slot.key.first), key.baseAddress!, key.count) == 0
    }
  }

  private mutating func grow() {
    let old = slots
    slots = Array(repeating: Slot(), count: old.count * 2)
    mask = slots.count - 1
    for slot in old where slot.value >= 0 {
      var position = Int(truncatingIfNeeded: slot.hash) & mask
      while slots[position].value >= 0 { position = (position + 1) & mask }
      slots[position] = slot
    }
  }

  /// A 64-bit mix of the bytes, eight at a time (multiply-xorshift, after splitmix64's finaliser).
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
    guard let base = bytes.baseAddress else { return mix(hash) }
    let raw = UnsafeRawPointer(base)
    var index = 0
    while index + 8 <= bytes.count {
      let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
      hash = (hash ^ word) &* 0xBF58_476D_1CE4_E5B9
      hash ^= hash >> 31
      index += 8
    }
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    while index < bytes.count {
      tail |= UInt64(bytes[index]) << shift
      shift += 8
      index += 1
    }
    return mix(hash ^ tail)
  }

  private static func mix(_ value: UInt64) -> UInt64 {
    var hash = value &* 0x94D0_49BB_1331_11EB
    hash ^= hash >> 29
    hash = hash &* 0xBF58_476D_1CE4_E5B9
    return hash ^ (hash >> 32)
  }
}
