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
}
