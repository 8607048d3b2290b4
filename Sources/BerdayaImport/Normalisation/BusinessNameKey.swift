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
  static let prefixes: [[String]] = [
    ["usaha", "dagang"], ["rumah", "makan"], ["kedai", "kopi"], ["warung", "kopi"], ["warung", "makan"],
    ["ud"], ["cv"], ["pt"], ["pd"], ["koperasi"], ["kop"], ["toko"], ["tk"], ["warung"], ["warkop"],
    ["kedai"], ["rm"], ["rumah"],
  ]
  static let suffixes: [[String]] = [["tbk"], ["ud"], ["cv"], ["pt"]]
  static let dropped: Set<String> = ["dan", "and"]

  /// The folded key; never empty.
  public let key: String

  /// The key of `raw`, or nil when nothing is left to link on (empty or punctuation only).
  public init?(_ raw: String) {
    let words = TextFolding.words(raw).filter { !Self.dropped.contains($0) }
    let core = NameAffixes.strip(words, prefixes: Self.prefixes, suffixes: Self.suffixes)
    let key = core.map(OldSpelling.fold).joined()
    guard !key.isEmpty else { return nil }
    self.key = key
  }

  public var description: String { key }
}
