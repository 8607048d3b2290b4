/// An owner's name folded for record linkage: "Hj. Siti Nurjanah, S.E.", "SITI NURJANAH",
/// "Ibu Siti Nur Janah" -> `sitinurjanah`; "Bpk. Soedjono" = "Pak Sujono".
///
/// Folding: everything after the first comma (academic titles: ", S.E.", ", S.Pd"); honorifics
/// at the front, repeatedly (H., Hj., Haji, Hajjah, Ibu, Bu, Bapak, Bpk, Pak, Ny., Nyonya, Sdr.,
/// Sdri., Saudara, Saudari, Tn., Tuan, Dr., Drs., Dra., Ir.); case, diacritics, punctuation and
/// spacing ("Nur Aini" = "Nuraini"); then `OldSpelling` (dj/j, tj/c, oe/u, ch/kh, y/j).
///
/// The trade-off: a real initial "H." is taken for Haji ("H. Siregar" = "Siregar"). Names are
/// personal data: a key is used for matching only and never written out.
public struct PersonNameKey: Hashable, Sendable {
  static let honorifics = NameAffixes.bytes([
    ["h"], ["hj"], ["haji"], ["hajjah"], ["hajah"], ["ibu"], ["bu"], ["bapak"], ["bpk"], ["bp"], ["pak"],
    ["ny"], ["nyonya"], ["sdr"], ["sdri"], ["saudara"], ["saudari"], ["tn"], ["tuan"], ["dr"], ["drs"],
    ["dra"], ["ir"],
  ])

  /// The folded key; never empty.
  public let key: String

  /// The key of `raw`, or nil when nothing is left to link on.
  public init?(_ raw: String) {
    var raw = raw
    var key: [UInt8] = []
    guard raw.withUTF8({ Self.append(utf8: $0, to: &key) }) else { return nil }
    self.key = String(decoding: key, as: UTF8.self)
  }

  /// Appends the key of the UTF-8 name `raw` to `key`; false, with `key` unchanged, when nothing
  /// is left to link on.
  static func append(utf8 raw: UnsafeBufferPointer<UInt8>, to key: inout [UInt8]) -> Bool {
    let beforeComma = UnsafeBufferPointer(rebasing: raw.prefix { $0 != UInt8(ascii: ",") })
    let words = FoldedWords(utf8: beforeComma)
    let start = key.count
    for index in NameAffixes.strip(words, prefixes: honorifics, suffixes: []) {
      OldSpelling.append(words[index], to: &key)
    }
    return key.count > start
  }
}
