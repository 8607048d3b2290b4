/// Text for a value issue that shows the bytes an import had to change: valid UTF-8 as it stands,
/// every byte of an invalid UTF-8 sequence and every control character that is not white space as
/// `<XX>` in hex ("Caf<E9>", "Warung<00>Nasi").
struct HexEscapedText {
  let text: String

  init<Bytes: Collection<UInt8>>(_ bytes: Bytes) {
    var text = ""
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var offset = bytes.startIndex
    func escape(_ count: Int) {
      for byte in bytes[offset...].prefix(count) { text += "<" + HexEscapedText.hex(byte) + ">" }
    }
    loop: while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let encoded):
        let scalar = Unicode.UTF8.decode(encoded)
        if HexEscapedText.isControl(scalar) { escape(1) } else { text.unicodeScalars.append(scalar) }
        offset = bytes.index(offset, offsetBy: encoded.count)
      case .error(let length):
        escape(length)
        offset = bytes.index(offset, offsetBy: length)
      case .emptyInput:
        break loop
      }
    }
    self.text = text
  }

  /// C0 controls and DEL, except the white space a cell may hold (tab, line feed, vertical tab,
  /// form feed, carriage return: 09-0D).
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    (scalar.value < 0x20 && !(0x09...0x0D).contains(scalar.value)) || scalar.value == 0x7F
  }

  private static func hex(_ byte: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
  }
}
