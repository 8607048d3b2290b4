#if canImport(Glibc)
  import Glibc
#else
  import Darwin
#endif
internal import CPrefetch

/// Byte-string keys (name keys, place names, registration numbers without a code) -> enterprise
/// index. Numbers have their own index, `NumberIndex`, which keeps them in its slots.
///
/// Measured, not taste: `[String: Int]` cost 14% of the M coverage job in the registry builder and
/// 9% in activity linkage (SipHash per lookup, a heap String per key). Then a 40-byte slot holding
/// the key inline made four indexes some 320 MB at size L (1M enterprises, 2M slots each). Now a
/// slot is 8 bytes: the upper 32 bits of the key's hash (which also place it) and where its entry
/// starts in one arena; an entry is the key's length, its value and its bytes. A key costs about
/// 17 bytes of slots plus 8 plus its length, and nothing is allocated per key. A hit reads the slot
/// and its entry (two cache lines); a miss mostly the slot alone.
/// The hash is fixed (no per-process seed): only lookups depend on it, never an output's order.
struct KeyIndex: Sendable {
  /// 0 = empty; else hash's upper 32 bits << 32 | (entry offset + 1).
  private var slots: [UInt64]
  /// Entries back to back: UInt32 length, Int32 value, the key's bytes.
  private var arena: [UInt8] = []
  private var mask: Int
  /// A slot's home is the top bits of its hash: `hash32 >> shift`.
  private var shift: UInt32
  /// Number of keys held.
  private(set) var count = 0

  private static let headerSize = 8

  init(capacity: Int = 1024) {
    var size = 16
    while size * 3 < capacity * 4 { size <<= 1 }
    slots = Array(repeating: 0, count: size)
    mask = size - 1
    shift = UInt32(32 - size.trailingZeroBitCount)
  }

  /// The value stored for `key`, nil when absent.
  subscript(key: String) -> Int? {
    var key = key
    return key.withUTF8 { self[bytes: $0] }
  }

  /// The value stored for the key spelled by `bytes` (UTF-8), nil when absent.
  subscript(bytes key: UnsafeBufferPointer<UInt8>) -> Int? { self[bytes: key, hash32: Self.hash32(key)] }

  /// The value stored for `key`, whose `hash32` the caller has (the registry's reading thread hashes
  /// the keys, so that the inserting thread only probes).
  subscript(bytes key: UnsafeBufferPointer<UInt8>, hash32 hash32: UInt32) -> Int? {
    let entry = find(key, hash32: hash32).entry
    return entry < 0 ? nil : Int(value(at: entry))
  }

  /// Stores `value` for `key` unless the key is already present; returns the value the key has now.
  @discardableResult
  mutating func insertIfAbsent(_ key: String, _ value: Int) -> Int {
    var key = key
    return key.withUTF8 { insertIfAbsent(bytes: $0, value) }
  }

  /// Stores `value` for the key spelled by `bytes` unless present; returns the value it has now.
  @discardableResult
  mutating func insertIfAbsent(bytes key: UnsafeBufferPointer<UInt8>, _ value: Int) -> Int {
    insertIfAbsent(bytes: key, hash32: Self.hash32(key), value)
  }

  /// `insertIfAbsent(bytes:_:)` with the key's `hash32` given.
  @discardableResult
  mutating func insertIfAbsent(bytes key: UnsafeBufferPointer<UInt8>, hash32: UInt32, _ value: Int) -> Int {
    precondition(value >= 0 && value <= Int(Int32.max), "enterprise index out of range")
    // At most three quarters full: linear probing still finds a key in about two probes.
    if (count + 1) * 4 > slots.count * 3 { grow() }
    let (entry, position) = find(key, hash32: hash32)
    if entry >= 0 { return Int(self.value(at: entry)) }
    let offset = arena.count
    precondition(offset < Int(UInt32.max), "key index arena past 4 GiB")
    withUnsafeBytes(of: UInt32(key.count).littleEndian) { arena.append(contentsOf: $0) }
    withUnsafeBytes(of: Int32(value).littleEndian) { arena.append(contentsOf: $0) }
    arena.append(contentsOf: key)
    slots[position] = UInt64(hash32) << 32 | UInt64(offset + 1)
    count += 1
    return value
  }

  /// Makes room for `keys` keys of `keyBytes` bytes in all, so that inserting that many grows
  /// neither the slots nor the entries. Only the slots are written now (zeroed); the entries' room
  /// is reserved, and memory the system hands out untouched costs nothing until keys fill it.
  mutating func reserveCapacity(keys: Int, keyBytes: Int) {
    var size = slots.count
    while keys * 4 > size * 3 { size <<= 1 }
    if size > slots.count, count == 0 {
      slots = Array(repeating: 0, count: size)
      mask = size - 1
      shift = UInt32(32 - size.trailingZeroBitCount)
    }
    while slots.count < size { grow() }
    arena.reserveCapacity(arena.count + keys * Self.headerSize + keyBytes)
  }

  /// Points a present key at another value (a row that joined an enterprise by another key).
  mutating func replaceValue(bytes key: UnsafeBufferPointer<UInt8>, hash32: UInt32, with value: Int) {
    let entry = find(key, hash32: hash32).entry
    precondition(entry >= 0, "replacing the value of a key not in the index")
    withUnsafeBytes(of: Int32(value).littleEndian) { bytes in
      arena.replaceSubrange((entry + 4)..<(entry + Self.headerSize), with: bytes)
    }
  }

  /// Hints the cache at what a lookup of the key with this `hash32` will read, a step per call:
  /// `.slot` asks for the slot its probe starts at; `.entry`, once that slot has had time to arrive,
  /// for the entry it points to. Reads nothing it would wait for except, at `.entry`, the slot asked
  /// for before.
  func prefetch(hash32: UInt32, _ step: KeyPrefetch) {
    let position = Int(hash32 >> shift)
    slots.withUnsafeBufferPointer { slots in
      switch step {
      case .slot:
        CPrefetch_read(slots.baseAddress! + position)
      case .entry:
        // The probe's first slots, up to the next eighth slot (about the cache line `.slot` asked
        // for): a key often lies past its home (linear probing), and its entry is what a hit waits
        // for. Measured at size L (the registry's name keys, 465k of them): asking only at the home
        // slot, `find` was 26% of the inserting thread's samples, waiting on entries; now 21%.
        let tag = UInt64(hash32)
        var position = position
        repeat {
          let slot = slots[position]
          if slot == 0 { return }
          if slot >> 32 == tag {
            // The entry's first 64 bytes, which may lie across two cache lines (a prefetch past the
            // arena's end reads nothing): most keys fit.
            return arena.withUnsafeBufferPointer { arena in
              let entry = arena.baseAddress! + Int(truncatingIfNeeded: slot & 0xFFFF_FFFF) - 1
              CPrefetch_read(entry)
              CPrefetch_read(entry + 63)
            }
          }
          position += 1
        } while position & 7 != 0 && position < slots.count
      }
    }
  }

  /// The key's entry offset (-1 when absent) and the slot where it is, or where it would go.
  private func find(_ key: UnsafeBufferPointer<UInt8>, hash32: UInt32) -> (entry: Int, position: Int) {
    let tag = UInt64(hash32)
    var position = Int(hash32 >> shift)
    return slots.withUnsafeBufferPointer { slots in
      arena.withUnsafeBufferPointer { arena in
        while true {
          let slot = slots[position]
          if slot == 0 { return (-1, position) }
          if slot >> 32 == tag {
            let entry = Int(truncatingIfNeeded: slot & 0xFFFF_FFFF) - 1
            let stored = UnsafeRawPointer(arena.baseAddress! + entry)
            let length = Int(UInt32(littleEndian: stored.loadUnaligned(as: UInt32.self)))
            if length == key.count, length == 0 || memcmp(stored + Self.headerSize, key.baseAddress!, length) == 0 {
              return (entry, position)
            }
          }
          position = (position + 1) & mask
        }
      }
    }
  }

  private func value(at entry: Int) -> Int32 {
    arena.withUnsafeBytes { Int32(littleEndian: $0.loadUnaligned(fromByteOffset: entry + 4, as: Int32.self)) }
  }

  /// Doubles the slots; a slot's home comes from the hash bits it holds, so no key is read again.
  private mutating func grow() {
    let old = slots
    slots = Array(repeating: 0, count: old.count * 2)
    mask = slots.count - 1
    shift -= 1
    slots.withUnsafeMutableBufferPointer { slots in
      for slot in old where slot != 0 {
        var position = Int(UInt32(truncatingIfNeeded: slot >> 32) >> shift)
        while slots[position] != 0 { position = (position + 1) & mask }
        slots[position] = slot
      }
    }
  }

  /// The upper half of `hash`: slots keep it, and it places them.
  static func hash32(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 { UInt32(truncatingIfNeeded: hash(bytes) >> 32) }

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
    if index < bytes.count && bytes.count >= 8 {
      // The last eight bytes, those already mixed shifted out: the same value as the byte loop
      // below, in one load (the loop was a third of a 20-byte key's hash).
      let last = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self))
      tail = last >> (8 * UInt64(8 - (bytes.count - index)))
    } else {
      var shift: UInt64 = 0
      while index < bytes.count {
        tail |= UInt64(bytes[index]) << shift
        shift += 8
        index += 1
      }
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

/// The two steps of a lookup's prefetch (`KeyIndex.prefetch`): its slot, then its entry.
public enum KeyPrefetch: Sendable {
  case slot, entry
}
