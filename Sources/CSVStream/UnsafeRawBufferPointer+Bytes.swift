extension UnsafeRawBufferPointer {
  /// The same memory viewed as `UInt8`s, for code that compares and indexes bytes.
  ///
  /// Any initialized memory may be read as bytes, so the view never copies or rebinds.
  var byteView: UnsafeBufferPointer<UInt8> {
    guard let base = baseAddress else { return UnsafeBufferPointer(start: nil, count: 0) }
    return UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: count)
  }
}
