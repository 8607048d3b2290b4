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
/// Each rule is one pass over the word left to right, without overlaps, on the output of the one
/// before. The patterns are ASCII, so the passes work on UTF-8 bytes as they are (an ASCII byte is
/// never part of a multi-byte character).
///
/// The trade-off: names that differ only by j/y ("Yuli" and "Juli"), or by ch/kh, oe/u, get the
/// same key. Keys are used for linkage within one kelurahan, where such pairs are rare; a key is
/// never shown to a user.
enum OldSpelling {
  private static let rules: [(old: [UInt8], new: [UInt8])] = [
    ("dj", "j"), ("tj", "c"), ("oe", "u"), ("ch", "kh"), ("y", "j"),
  ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

  /// Appends `word` folded to `key`.
  ///
  /// Patterns are one or two bytes and no rule makes a word longer, so each pass rewrites the appended
  /// bytes in place, reading ahead of where it writes: nothing is allocated per word.
  static func append(_ word: ArraySlice<UInt8>, to key: inout [UInt8]) {
    let start = key.count
    key.append(contentsOf: word)
    // Most words hold none of the letters a rule starts with: nothing to rewrite.
    guard word.contains(where: { $0 == 0x64 || $0 == 0x74 || $0 == 0x6F || $0 == 0x63 || $0 == 0x79 }) else { return }
    var end = key.count
    key.withUnsafeMutableBufferPointer { bytes in
      for (old, new) in rules {
        var read = start
        var write = start
        while read < end {
          if read + old.count <= end, bytes[read] == old[0], old.count == 1 || bytes[read + 1] == old[1] {
            for byte in new {
              bytes[write] = byte
              write += 1
            }
            read += old.count
          } else {
            bytes[write] = bytes[read]
            write += 1
            read += 1
          }
        }
        end = write
      }
    }
    key.removeLast(key.count - end)
  }
}
