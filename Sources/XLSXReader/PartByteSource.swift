/// Where an XML scan takes a part's inflated bytes from: a `ZipEntryStream` inflating on the
/// scanning thread, or an `InflateAhead` inflating on a second one.
protocol PartByteSource: AnyObject {
  /// The part's name, for error messages.
  var part: String { get }
  /// Fills up to `capacity` bytes; returns 0 only at the end of the part.
  func read(into buffer: UnsafeMutablePointer<UInt8>, capacity: Int) throws(XLSXReadError) -> Int
}

extension ZipEntryStream: PartByteSource {}
