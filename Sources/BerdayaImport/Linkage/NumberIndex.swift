internal import CPrefetch

/// Numbers (NIB, NIK, registration numbers as `RegistrationNumberCodes` packs them) -> enterprise
/// index, the number held in its slot.
///
/// Measured, not taste: in `KeyIndex` a number was a key's bytes in the arena, so that a lookup
/// read its slot and then, at another place, its entry. At size L (1M enterprises, 5M activities),
/// those two reads, mostly misses of the cache and the TLB, were a quarter of the registry's
/// inserting thread and a seventh of the activity workers, prefetched or not. Here a slot is the
/// number and its value (16 bytes): one read, and a compare of two integers. The slots take what
/// `KeyIndex`'s slots and entries took for an 8-byte key (at most three quarters full, 32 bytes a
/// key at worst).
struct NumberIndex: Sendable {
  private struct Slot {
    var number: UInt64
    /// The value + 1; 0 marks an empty slot.
    var stored: UInt32
  }

  private var slots: [Slot]
  private var mask: Int
  /// A slot's home is the top bits of its hash: `hash32 >> shift`.
  private var shift: UInt32
  /// Number of keys held.
  private(set) var count = 0

  init(capacity: Int = 1024) {
    var size = 16
    while size * 3 < capacity * 4 { size <<= 1 }
    slots = Array(repeating: Slot(number: 0, stored: 0), count: size)
    mask = size - 1
    shift = UInt32(32 - size.trailingZeroBitCount)
  }

  /// The value stored for `number`, whose `hash32` the caller has; nil when absent.
  subscript(number: UInt64, hash32 hash32: UInt32) -> Int? {
    let slot = slots[find(number, hash32: hash32)]
    return slot.stored == 0 ? nil : Int(slot.stored - 1)
  }

  /// Stores `value` for `number` unless present; returns the value the number has now.
  @discardableResult
  mutating func insertIfAbsent(_ number: UInt64, hash32: UInt32, _ value: Int) -> Int {
    precondition(value >= 0 && value < Int(UInt32.max), "enterprise index out of range")
    // At most three quarters full: linear probing still finds a key in about two probes.
    if (count + 1) * 4 > slots.count * 3 { grow() }
    let position = find(number, hash32: hash32)
    if slots[position].stored != 0 { return Int(slots[position].stored - 1) }
    slots[position] = Slot(number: number, stored: UInt32(value + 1))
    count += 1
    return value
  }

  /// Points a present number at another value (a row that joined an enterprise by another key).
  mutating func replaceValue(_ number: UInt64, hash32: UInt32, with value: Int) {
    let position = find(number, hash32: hash32)
    precondition(slots[position].stored != 0, "replacing the value of a number not in the index")
    slots[position].stored = UInt32(value + 1)
  }

  /// Makes room for `keys` keys, so that inserting that many does not grow the slots.
  mutating func reserveCapacity(keys: Int) {
    var size = slots.count
    while keys * 4 > size * 3 { size <<= 1 }
    if size > slots.count, count == 0 {
      slots = Array(repeating: Slot(number: 0, stored: 0), count: size)
      mask = size - 1
      shift = UInt32(32 - size.trailingZeroBitCount)
    }
    while slots.count < size { grow() }
  }

  /// Hints the cache at the slot a lookup of the number with this `hash32` starts at.
  func prefetch(hash32: UInt32) {
    slots.withUnsafeBufferPointer { CPrefetch_read($0.baseAddress! + Int(hash32 >> shift)) }
  }

  /// The slot holding `number`, or the empty one where it would go.
  private func find(_ number: UInt64, hash32: UInt32) -> Int {
    var position = Int(hash32 >> shift)
    return slots.withUnsafeBufferPointer { slots in
      while slots[position].stored != 0, slots[position].number != number { position = (position + 1) & mask }
      return position
    }
  }

  /// Doubles the slots, placing each number again by its hash.
  private mutating func grow() {
    let old = slots
    slots = Array(repeating: Slot(number: 0, stored: 0), count: old.count * 2)
    mask = slots.count - 1
    shift -= 1
    slots.withUnsafeMutableBufferPointer { slots in
      for slot in old where slot.stored != 0 {
        var position = Int(Self.hash32(slot.number) >> shift)
        while slots[position].stored != 0 { position = (position + 1) & mask }
        slots[position] = slot
      }
    }
  }

  /// The hash that places a number (the upper half of a multiply-xorshift mix; fixed, no seed).
  static func hash32(_ number: UInt64) -> UInt32 {
    var hash = (number ^ 0x9E37_79B9_7F4A_7C15) &* 0xBF58_476D_1CE4_E5B9
    hash ^= hash >> 31
    hash = hash &* 0x94D0_49BB_1331_11EB
    return UInt32(truncatingIfNeeded: hash >> 32)
  }
}
