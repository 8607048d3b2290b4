#if canImport(Glibc)
  internal import Glibc
#elseif canImport(Musl)
  internal import Musl
#elseif canImport(Darwin)
  internal import Darwin
#endif

extension UnsafeRawBufferPointer {
  /// The same memory viewed as `UInt8`s, for code that compares and indexes bytes.
  ///
  /// Any initialized memory may be read as bytes, so the view never copies or rebinds.
  var byteView: UnsafeBufferPointer<UInt8> {
    guard let base = baseAddress else { return UnsafeBufferPointer(start: nil, count: 0) }
    return UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: count)
  }

  /// The offset of the first `byte` at or after offset `start`, nil when there is none.
  ///
  /// The C library's `memchr` compares 32 or 64 bytes an instruction; a Swift loop over the
  /// bytes compares one. The corresponding C function is `memchr`.
  func offset(of byte: UInt8, from start: Int = 0) -> Int? {
    guard let base = baseAddress, start < count else { return nil }
    guard let found = memchr(base + start, Int32(byte), count - start) else { return nil }
    return UnsafeRawPointer(found) - base
  }

  /// How many bytes equal `byte`: 32 compared at once (SIMD), tallied in byte lanes that are
  /// summed before they can overflow. Measured: finding each line feed with `memchr` to number a
  /// later part's first line took about 0.3 s for half of the L activities.csv (2.5M calls), and
  /// that part started late by as much.
  func count(of byte: UInt8) -> Int {
    guard let base = baseAddress else { return 0 }
    let target = SIMD32<UInt8>(repeating: byte)
    var total = 0
    var index = 0
    while index + 32 <= count {
      var lanes = SIMD32<UInt8>()
      // At most 255 blocks per tally, so that no lane wraps.
      let blocks = Swift.min(255, (count - index) / 32)
      for _ in 0..<blocks {
        let block = (base + index).loadUnaligned(as: SIMD32<UInt8>.self)
        // A true lane of the mask is all ones (255): subtracting it adds one.
        lanes &-= unsafeBitCast(block .== target, to: SIMD32<UInt8>.self)
        index += 32
      }
      total += Int(SIMD32<UInt16>(truncatingIfNeeded: lanes).wrappedSum())
    }
    while index < count {
      if base.load(fromByteOffset: index, as: UInt8.self) == byte { total += 1 }
      index += 1
    }
    return total
  }
}
