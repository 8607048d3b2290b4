/// A business name folded for record linkage: two spellings of one enterprise's name give equal
/// keys ("UD. Djaja Abadi", "Toko Jaya Abadi", "JAYA ABADI, CV" -> `jajaabadi`).
///
/// Folding: case, diacritics, punctuation and spacing (the key has no spaces: "Sinar Mas" =
/// "Sinarmas"); legal forms and shop words at the front (UD, CV, PT, PD, Koperasi/Kop, Toko/Tk,
/// Warung/Warkop, Kedai, Rumah Makan/RM, Rumah) and legal forms at the end (`, CV`, `Tbk`); "&",
/// "dan" and "and" dropped; then `OldSpelling` (dj/j, tj/c, oe/u, ch/kh, y/j).
///
/// "Rumah Makan" and "RM" are taken off as one prefix ("RM Sederhana" = "Rumah Makan Sederhana" =
/// "Sederhana"), and "Rumah" alone too ("Rumah Batik Kita" = "Batik Kita"): both name the premises,
/// not the business. A prefix is kept when nothing else is left ("Toko" alone stays `toko`).
public struct BusinessNameKey: Hashable, Sendable, CustomStringConvertible {
  /// Prefixes as word sequences, longest first where one extends another.
  static let prefixes = NameAffixes.bytes([
    ["usaha", "dagang"], ["rumah", "makan"], ["kedai", "kopi"], ["warung", "kopi"], ["warung", "makan"],
    ["ud"], ["cv"], ["pt"], ["pd"], ["koperasi"], ["kop"], ["toko"], ["tk"], ["warung"], ["warkop"],
    ["kedai"], ["rm"], ["rumah"],
  ])
  static let suffixes = NameAffixes.bytes([["tbk"], ["ud"], ["cv"], ["pt"]])

  /// The folded key; never empty.
  public let key: String

  /// The key of `raw`, or nil when nothing is left to link on (empty or punctuation only).
  public init?(_ raw: String) {
    var raw = raw
    var key: [UInt8] = []
    guard raw.withUTF8({ Self.append(utf8: $0, to: &key) }) else { return nil }
    self.key = String(decoding: key, as: UTF8.self)
  }

  /// Appends the key of the UTF-8 name `raw` to `key` (the linkage builds keys in one byte buffer
  /// and never makes the String); false, with `key` unchanged, when nothing is left to link on.
  static func append(utf8 raw: UnsafeBufferPointer<UInt8>, to key: inout [UInt8]) -> Bool {
    var words = FoldedWords()
    return append(utf8: raw, to: &key, words: &words)
  }

  /// `append(utf8:to:)` with `words` as scratch space, reused across calls by the linkage.
  static func append(utf8 raw: UnsafeBufferPointer<UInt8>, to key: inout [UInt8], words: inout FoldedWords) -> Bool {
    words.fold(utf8: raw, skip: isDropped)
    let start = key.count
    for index in NameAffixes.strip(words, prefixes: prefixes, suffixes: suffixes) {
      OldSpelling.append(words[index], to: &key)
    }
    return key.count > start
  }

  /// "&" breaks words on its own; "dan" and "and" are dropped as words.
  private static func isDropped(_ word: ArraySlice<UInt8>) -> Bool {
    word.count == 3 && (word.elementsEqual("dan".utf8) || word.elementsEqual("and".utf8))
  }

  public var description: String { key }
}
