/// A fixed-length identifier made only of ASCII digits (NIB: 13, NIK: 16).
///
/// Kept as text: 16 digits do not survive a round trip through a binary64.
public protocol DigitIdentifier: Hashable, Sendable, CustomStringConvertible {
  /// The number of digits a valid identifier has.
  static var length: Int { get }
  var digits: String { get }
  init(unchecked digits: String)
}

extension DigitIdentifier {
  /// A validated identifier; nil unless `text`, once spaces, dots and dashes are removed, is exactly
  /// `length` ASCII digits.
  public init?(_ text: some StringProtocol) {
    var digits = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "0"..."9": digits.unicodeScalars.append(scalar)
      case " ", ".", "-", "\u{A0}", "'": continue
      default: return nil
      }
    }
    guard digits.utf8.count == Self.length else { return nil }
    self.init(unchecked: digits)
  }

  public var description: String { digits }
}

/// Nomor Induk Berusaha: the 13-digit business number issued by OSS.
public struct NIB: DigitIdentifier {
  public static let length = 13
  public let digits: String
  public init(unchecked digits: String) { self.digits = digits }
}

/// Nomor Induk Kependudukan: a person's 16-digit identity number. Personal data.
///
/// Its `description` is masked (first 6 and last 2 digits kept) so that printing one never leaks it.
public struct NIK: DigitIdentifier {
  public static let length = 16
  public let digits: String
  public init(unchecked digits: String) { self.digits = digits }

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
