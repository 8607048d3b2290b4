import Foundation

/// The word splitting every normalisation key starts from (places, sectors, programme kinds,
/// business and person names), so that they all fold text the same way.
enum TextFolding {
  /// Lower case, diacritics and width variants removed; apostrophes dropped inside words
  /// (Ma'rif = Ma’rif = Marif); every other non-letter, non-digit character breaks words.
  static func words(_ raw: String) -> [String] {
    var raw = raw
    let words = raw.withUTF8 { FoldedWords(utf8: $0) }
    return (0..<words.count).map { String(decoding: words[$0], as: UTF8.self) }
  }

  /// The words of text that is not all ASCII, through Foundation's folding (`FoldedWords` reads
  /// ASCII text from its bytes: measured, this folding was a fifth of the registry import).
  static func foldedWords(_ raw: String) -> [String] {
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
}
