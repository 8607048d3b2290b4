import CSVStream

/// Turns a CSV field's bytes into text in the file's encoding.
///
/// A field that is not valid UTF-8 in a file sniffed as UTF-8 (the sniff sees only the first
/// 64 KiB) is read as Windows-1252, and counted, so that nothing is lost silently.
final class CSVCellDecoder {
  let encoding: TextEncoding
  private(set) var reDecodedFields = 0

  init(encoding: TextEncoding) { self.encoding = encoding }

  func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    if encoding == .windows1252 { return TextEncoding.decode(bytes, as: .windows1252) }
    // Measured: the generic validating initializer looked up type metadata on every call (6% of an
    // import). Pure ASCII, the common field, is valid UTF-8 as it stands.
    if bytes.allSatisfy({ $0 < 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
    if let text = String(validating: bytes, as: UTF8.self) { return text }
    reDecodedFields += 1
    return TextEncoding.decode(bytes, as: .windows1252)
  }
}
