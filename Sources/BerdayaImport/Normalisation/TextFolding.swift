import Foundation

/// The word splitting every normalisation key starts from (places, sectors, programme kinds,
/// business and person names), so that they all fold text the same way.
enum TextFolding {
  /// Lower case, diacritics and width variants removed; apostrophes dropped inside words
  /// (Ma'rif = Ma’rif = Marif); every other non-letter, non-digit character breaks words.
  static func words(_ raw: String) -> [String] {
    if let ascii = asciiWords(raw.utf8) { return ascii }
    let folded = raw.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    var words: [String] = []
    var current = String.UnicodeScalarView()
    for scalar in folded.unicodeScalars {
      switch scalar {
      case "'", "\u{2019}", "\u{2018}", "`", "\u{B4}":
        continue
      default:
        if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
          current.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
        } else if !current.isEmpty {
          words.append(String(current))
          current = String.UnicodeScalarView()
        }
      }
    }
    if !current.isEmpty { words.append(String(current)) }
    return words
  }

  /// The same words for ASCII text, read from the bytes. Measured: the Foundation folding above
  /// was a fifth of the registry import (one business name per row); ASCII names are the common case.
  private static func asciiWords(_ bytes: String.UTF8View) -> [String]? {
    var words: [String] = []
    var current: [UInt8] = []
    for byte in bytes {
      switch byte {
      case 0x80...: return nil
      case UInt8(ascii: "'"), UInt8(ascii: "`"): continue
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): current.append(byte)
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): current.append(byte | 0x20)
      default:
        if !current.isEmpty {
          words.append(String(decoding: current, as: UTF8.self))
          current.removeAll(keepingCapacity: true)
        }
      }
    }
    if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
    return words
  }
}
