/// ASCII text as its words joined by single spaces, a byte at a time: what folding and cleaning a
/// header do for the common case (`HeaderAliases.fold`, `HeaderDetector.clean`), without going
/// Character by Character.
enum ASCIIWords {
  /// The runs of bytes that `keep` keeps (as the byte it returns), one space between runs, none at
  /// either end; nil when a byte is not ASCII.
  @inline(__always)
  static func joined(_ bytes: UnsafeBufferPointer<UInt8>, keeping keep: (UInt8) -> UInt8?) -> String? {
    var joined: [UInt8] = []
    joined.reserveCapacity(bytes.count)
    var pendingSpace = false
    for byte in bytes {
      guard byte < 0x80 else { return nil }
      guard let kept = keep(byte) else {
        pendingSpace = true
        continue
      }
      if pendingSpace && !joined.isEmpty { joined.append(0x20) }
      pendingSpace = false
      joined.append(kept)
    }
    return String(decoding: joined, as: UTF8.self)
  }
}
