import Foundation

/// Folds Indonesian spelling variants so that old (pre-1972 Van Ophuijsen / Soewandi) and new
/// spellings of a name give the same key: "Djaja" = "Jaya", "Tjahaja" = "Cahaya",
/// "Soekarno" = "Sukarno", "Chairul" = "Khairul".
///
/// The rules, applied in this order to each folded word:
/// - `dj` -> `j` (Djaja -> jaja), `tj` -> `c` (Tjahaja -> cahaja), `oe` -> `u`, `ch` -> `kh`;
/// - then every `y` -> `j`. Old spelling wrote today's "y" as "j" (Jaya was Djaja, "ny" was "nj",
///   "sy" was "sj"), and a word cannot tell which spelling it is in, so the key does not
///   distinguish `j` from `y` at all: "Djaja" and "Jaya" both become `jaja`.
///
/// The trade-off: names that differ only by j/y ("Yuli" and "Juli"), or by ch/kh, oe/u, get the
/// same key. Keys are used for linkage within one kelurahan, where such pairs are rare; a key is
/// never shown to a user.
enum OldSpelling {
  static func fold(_ word: String) -> String {
    guard word.unicodeScalars.contains(where: { "djtocyhe".unicodeScalars.contains($0) }) else { return word }
    var text = word
    for (old, new) in [("dj", "j"), ("tj", "c"), ("oe", "u"), ("ch", "kh")] where text.contains(old) {
      text = text.replacingOccurrences(of: old, with: new)
    }
    return text.replacingOccurrences(of: "y", with: "j")
  }
}
