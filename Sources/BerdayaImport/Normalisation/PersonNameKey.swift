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
  static let honorifics: [[String]] = [
    ["h"], ["hj"], ["haji"], ["hajjah"], ["hajah"], ["ibu"], ["bu"], ["bapak"], ["bpk"], ["bp"], ["pak"],
    ["ny"], ["nyonya"], ["sdr"], ["sdri"], ["saudara"], ["saudari"], ["tn"], ["tuan"], ["dr"], ["drs"],
    ["dra"], ["ir"],
  ]

  /// The folded key; never empty.
  public let key: String

  /// The key of `raw`, or nil when nothing is left to link on.
  public init?(_ raw: String) {
    let beforeComma = raw.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
    let words = TextFolding.words(String(beforeComma))
    let core = NameAffixes.strip(words, prefixes: Self.honorifics, suffixes: [])
    let key = core.map(OldSpelling.fold).joined()
    guard !key.isEmpty else { return nil }
    self.key = key
  }
}
