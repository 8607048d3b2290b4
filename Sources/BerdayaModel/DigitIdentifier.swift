/// A fixed-length identifier made only of ASCII digits (NIB: 13, NIK: 16).
///
/// Held as its number (16 digits fit a UInt64 exactly, unlike a binary64), with the length fixed so
/// that leading zeros come back in `digits`. Measured: a 16-digit String is one heap object per
/// row (Swift keeps at most 15 UTF-8 bytes inline), and the registry import made a million of them.
public protocol DigitIdentifier: Hashable, Sendable, CustomStringConvertible {
  /// The number of digits a valid identifier has.
  static var length: Int { get }
  /// The digits read as one number.
  var value: UInt64 { get }
  init(unchecked value: UInt64)
}

extension DigitIdentifier {
  /// A validated identifier; nil unless `text`, once spaces, dots and dashes are removed, is exactly
  /// `length` ASCII digits.
  public init?(_ text: some StringProtocol) {
    var text = String(text)
    guard let identifier = text.withUTF8({ Self(utf8: $0) }) else { return nil }
    self = identifier
  }

  /// The same validation on UTF-8 bytes (a CSV field as it lies in the read buffer).
  ///
  /// Inlinable, so that the importer's calls are specialized: a generic call asked the protocol for
  /// `length` and walked the bytes one at a time, 560 instructions for a NIB and 700 for a NIK, a
  /// tenth of a registry row's decoding. A field of exactly `length` bytes is read eight at a time.
  @inlinable
  public init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
    if bytes.count == Self.length, Self.length >= 8, Self.length <= 16, let base = bytes.baseAddress {
      guard let value = Self.plainDigits(base, count: Self.length) else { return nil }
      self.init(unchecked: value)
      return
    }
    self.init(separatedUTF8: bytes)
  }

  /// `count` (8 to 16) ASCII digits read as one number, two 8-byte words at most; nil unless every
  /// byte is a digit.
  @inlinable
  static func plainDigits(_ base: UnsafePointer<UInt8>, count: Int) -> UInt64? {
    let zeros: UInt64 = 0x3030_3030_3030_3030
    let first = EightDigits.word(base)
    // The last eight bytes, with those the first word holds turned to "0" (a leading zero adds nothing).
    let overlap = UInt64(16 - count) * 8
    let lastWord = EightDigits.word(base + count - 8)
    let kept: UInt64 = overlap == 64 ? 0 : (~0 &>> overlap) &<< overlap
    let last = lastWord & kept | zeros & ~kept
    guard EightDigits.areDigits(first), EightDigits.areDigits(last) else { return nil }
    return EightDigits.value(first) &* power10(count - 8) &+ EightDigits.value(last)
  }

  @inlinable
  static func power10(_ exponent: Int) -> UInt64 {
    var power: UInt64 = 1
    for _ in 0..<exponent { power &*= 10 }
    return power
  }

  /// The byte-by-byte validation: digits with spaces, dots, dashes, a leading apostrophe or
  /// no-break spaces between them.
  @usableFromInline
  init?(separatedUTF8 bytes: UnsafeBufferPointer<UInt8>) {
    var value: UInt64 = 0
    var count = 0
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      index += 1
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        count += 1
        guard count <= Self.length else { return nil }
        value = value &* 10 &+ UInt64(byte &- UInt8(ascii: "0"))
      case UInt8(ascii: " "), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "'"): continue
      case 0xC2 where index < bytes.count && bytes[index] == 0xA0: index += 1  // U+00A0 no-break space
      default: return nil
      }
    }
    guard count == Self.length else { return nil }
    self.init(unchecked: value)
  }

  /// The digits, leading zeros kept.
  public var digits: String {
    let number = String(value)
    return String(repeating: "0", count: Self.length - number.utf8.count) + number
  }

  public var description: String { digits }
}

/// Nomor Induk Berusaha: the 13-digit business number issued by OSS.
public struct NIB: DigitIdentifier {
  public static let length = 13
  public let value: UInt64
  public init(unchecked value: UInt64) { self.value = value }
}

/// Nomor Induk Kependudukan: a person's 16-digit identity number. Personal data.
///
/// Its `description` is masked (first 6 and last 2 digits kept) so that printing one never leaks it.
public struct NIK: DigitIdentifier {
  public static let length = 16
  public let value: UInt64
  public init(unchecked value: UInt64) { self.value = value }

  public var description: String { NIK.mask(digits) }

  /// Masks any text that may hold a NIK: keeps the first 6 and the last 2 characters.
  public static func mask(_ text: String) -> String {
    let characters = Array(text)
    guard characters.count > 8 else { return String(repeating: "*", count: characters.count) }
    return String(characters.prefix(6)) + String(repeating: "*", count: characters.count - 8)
      + String(characters.suffix(2))
  }

  /// `text` with every run of exactly 16 ASCII digits (a NIK, wherever it hides) masked.
  public static func maskingAll(in text: String) -> String {
    guard text.utf8.count >= length else { return text }
    var result = ""
    var digits = ""
    func flush() {
      result += digits.count == length ? mask(digits) : digits
      digits = ""
    }
    for character in text {
      if character.isASCII, character.isNumber {
        digits.append(character)
      } else {
        flush()
        result.append(character)
      }
    }
    flush()
    return result
  }
}
