/// The text encodings an office CSV arrives in, detected from the first bytes of the file.
///
/// Excel on Windows saves "CSV (Comma delimited)" in the machine's ANSI code page (Windows-1252
/// in Indonesia), "CSV UTF-8" with a byte order mark, and "Unicode Text" as UTF-16LE with a BOM.
/// UTF-32 is not decoded: `checkSupported(sample:)` refuses it with a `CSVError`.
public enum TextEncoding: Sendable {
  /// UTF-8 without a byte order mark (plain ASCII is reported as this too).
  case utf8
  /// UTF-8 that starts with the byte order mark EF BB BF.
  case utf8BOM
  /// UTF-16, little-endian, starting with FF FE.
  case utf16LE
  /// UTF-16, big-endian, starting with FE FF.
  case utf16BE
  /// Windows-1252 (a superset of ISO-8859-1 for printable text), chosen when the sample is not UTF-8.
  case windows1252

  /// The length of the byte order mark that a file in this encoding starts with (0 when none).
  public var byteOrderMarkLength: Int {
    switch self {
    case .utf8, .windows1252: 0
    case .utf8BOM: 3
    case .utf16LE, .utf16BE: 2
    }
  }

  /// True for the encodings `CSVFileReader` transcodes to UTF-8 before tokenizing.
  public var isUTF16: Bool { self == .utf16LE || self == .utf16BE }

  /// Detects the encoding from a sample of the file's first bytes.
  ///
  /// A byte order mark decides first (UTF-8, UTF-16LE, UTF-16BE); without one, a sample that is
  /// valid UTF-8 (an incomplete sequence cut off at the very end of the sample is allowed) is
  /// `.utf8`, anything else `.windows1252`. UTF-32 BOMs are not told apart here (FF FE 00 00 also
  /// starts like UTF-16LE): call `checkSupported(sample:)` first, as `CSVFileReader` does.
  ///
  /// Only the sample is looked at: a file whose first 64 KiB are ASCII and whose later bytes are
  /// Windows-1252 is reported as `.utf8`.
  public static func detect(sample: UnsafeRawBufferPointer) -> TextEncoding {
    let bytes = sample.byteView
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return .utf8BOM }
    if bytes.starts(with: [0xFF, 0xFE]) { return .utf16LE }
    if bytes.starts(with: [0xFE, 0xFF]) { return .utf16BE }
    return validateUTF8(bytes, allowTruncatedEnd: true) ? .utf8 : .windows1252
  }

  /// Throws for an encoding we recognise but do not decode (UTF-32, by its byte order mark).
  public static func checkSupported(sample: UnsafeRawBufferPointer) throws(CSVError) {
    let bytes = sample.byteView
    let name: String
    if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) {
      name = "UTF-32LE"
    } else if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
      name = "UTF-32BE"
    } else {
      return
    }
    throw CSVError(
      code: .io, message: "the file is \(name) (by its byte order mark), which is not supported; save it as UTF-8")
  }

  /// Decodes `bytes` in `encoding` to a String.
  ///
  /// A leading byte order mark is dropped for `.utf8BOM`, `.utf16LE` and `.utf16BE`. Invalid
  /// UTF-8 or UTF-16 (lone surrogates, an odd trailing byte) becomes U+FFFD. For Windows-1252 the
  /// five bytes the code page leaves undefined (0x81 0x8D 0x8F 0x90 0x9D) become the C1 control
  /// characters of the same value (U+0081 ...), as the WHATWG Encoding Standard decodes them:
  /// nothing is lost and the caller can still see which byte it was.
  public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, as encoding: TextEncoding) -> String {
    switch encoding {
    case .utf8:
      return String(decoding: bytes, as: UTF8.self)
    case .utf8BOM:
      let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)
    case .utf16LE, .utf16BE:
      var transcoder = UTF16ToUTF8Transcoder(bigEndian: encoding == .utf16BE)
      var utf8: [UInt8] = []
      let body = bytes.starts(with: encoding == .utf16LE ? [0xFF, 0xFE] : [0xFE, 0xFF])
        ? UnsafeBufferPointer(rebasing: bytes[2...]) : bytes
      transcoder.transcode(UnsafeRawBufferPointer(body), into: &utf8)
      transcoder.finish(into: &utf8)
      return String(decoding: utf8, as: UTF8.self)
    case .windows1252:
      return decodeWindows1252(bytes)
    }
  }

  /// True when `bytes` are well-formed UTF-8 (Unicode 15, table 3-7: no overlongs, no surrogates,
  /// nothing above U+10FFFF). ASCII runs are checked eight bytes at a time.
  public static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    validateUTF8(bytes, allowTruncatedEnd: false)
  }

  static func validateUTF8(_ bytes: UnsafeBufferPointer<UInt8>, allowTruncatedEnd: Bool) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let count = bytes.count
    var index = 0
    while index < count {
      // Fast path: eight ASCII bytes at once.
      if index + 8 <= count {
        let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
        if word & 0x8080_8080_8080_8080 == 0 {
          index += 8
          continue
        }
      }
      let lead = base[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      let length: Int
      var low: UInt8 = 0x80
      var high: UInt8 = 0xBF
      switch lead {
      case 0xC2...0xDF: length = 2
      case 0xE0: length = 3; low = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED: length = 3; high = 0x9F
      case 0xF0: length = 4; low = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4: length = 4; high = 0x8F
      default: return false
      }
      for offset in 1..<length {
        guard index + offset < count else { return allowTruncatedEnd }
        let byte = base[index + offset]
        let (min, max) = offset == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
        guard byte >= min && byte <= max else { return false }
      }
      index += length
    }
    return true
  }

  private static func decodeWindows1252(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    if !bytes.contains(where: { $0 >= 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
    var scalars = String.UnicodeScalarView()
    for byte in bytes {
      let value = byte >= 0x80 && byte <= 0x9F ? windows1252C1Row[Int(byte - 0x80)] : UInt32(byte)
      // Every table entry and every Latin-1 byte is a valid scalar; U+FFFD only guards the type.
      scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
    }
    return String(scalars)
  }
}

/// Windows-1252 bytes 0x80...0x9F. The undefined bytes map to their C1 code points (see `decode`).
private let windows1252C1Row: [UInt32] = [
  0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // € (81) ‚ ƒ „ … † ‡
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,  // ˆ ‰ Š ‹ Œ (8D) Ž (8F)
  0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // (90) ‘ ’ “ ” • – —
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,  // ˜ ™ š › œ (9D) ž Ÿ
]
