import CSVStream

/// Turns a CSV field's bytes into text in the file's encoding.
///
/// A field that is not valid UTF-8 in a file sniffed as UTF-8 (the sniff sees only the first
/// 64 KiB) is read as Windows-1252 and kept as a `Repair`, so that the import can list it as a
/// value issue with its raw bytes: nothing changes silently.
final class CSVCellDecoder {
  /// A field read as Windows-1252 because it was not valid UTF-8.
  struct Repair {
    var line: Int
    /// 0-based field index in the record.
    var field: Int
    /// The field's bytes with every byte of an invalid UTF-8 sequence shown as `<E9>`.
    var rawText: String
  }

  let encoding: TextEncoding
  /// Keyed by line and field, because a cell is decoded once per value its column is read as.
  private var repairsByCell: [Int: [Int: Repair]] = [:]

  init(encoding: TextEncoding) { self.encoding = encoding }

  /// Every repair, in file order.
  var repairs: [Repair] {
    repairsByCell.sorted { $0.key < $1.key }.flatMap { $0.value.values.sorted { $0.field < $1.field } }
  }

  func decode(_ bytes: UnsafeBufferPointer<UInt8>, line: Int, field: Int) -> String {
    if encoding == .windows1252 { return TextEncoding.decode(bytes, as: .windows1252) }
    // Measured: the generic validating initializer looked up type metadata on every call (6% of an
    // import). Pure ASCII, the common field, is valid UTF-8 as it stands.
    if bytes.allSatisfy({ $0 < 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
    if let text = String(validating: bytes, as: UTF8.self) { return text }
    repairsByCell[line, default: [:]][field] = Repair(line: line, field: field, rawText: HexEscapedText(bytes).text)
    return TextEncoding.decode(bytes, as: .windows1252)
  }
}
