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
    if word.utf8.allSatisfy({ $0 < 0x80 }) { return asciiFold(Array(word.utf8)) }
    var text = word
    for (old, new) in [("dj", "j"), ("tj", "c"), ("oe", "u"), ("ch", "kh")] where text.contains(old) {
      text = text.replacingOccurrences(of: old, with: new)
    }
    return text.replacingOccurrences(of: "y", with: "j")
  }

  /// The same replacements on ASCII bytes, in the same order, each pass left to right without
  /// overlaps as `replacingOccurrences` does (that Foundation call dominated name folding).
  private static func asciiFold(_ word: [UInt8]) -> String {
    var bytes = word
    for (old, new) in [("dj", "j"), ("tj", "c"), ("oe", "u"), ("ch", "kh"), ("y", "j")] {
      let pattern = Array(old.utf8)
      let replacement = Array(new.utf8)
      var result: [UInt8] = []
      result.reserveCapacity(bytes.count + 1)
      var index = 0
      while index < bytes.count {
        if index + pattern.count <= bytes.count, bytes[index..<index + pattern.count].elementsEqual(pattern) {
          result += replacement
          index += pattern.count
        } else {
          result.append(bytes[index])
          index += 1
        }
      }
      bytes = result
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
