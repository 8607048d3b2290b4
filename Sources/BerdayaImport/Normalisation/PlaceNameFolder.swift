import Foundation

/// Folds place names for matching: case, diacritics, spacing, punctuation and level prefixes.
///
/// Keys drop spaces entirely (`Tanjungpinang Barat` and `Tanjung Pinang Barat` both give
/// `tanjungpinangbarat`). Prefixes are only taken off the front, and only while a word remains
/// (a kecamatan literally named "Kota" keeps its name). The same folding is applied to the
/// gazetteer's names and to the offices' spellings, so a prefix that is part of an official name
/// (the Aceh village "Gampong Drien") folds the same on both sides. A few abbreviations are
/// expanded (Tg. = Tanjung, Sei = Sungai, Kp. = Kampung, Pd. = Pondok, Bkt. = Bukit).
public enum PlaceNameFolder {
  /// Level prefixes as word sequences, longest first within each group.
  private static let prefixes: [(words: [String], level: RegionLevel, kind: RegencyKind?)] = [
    (["kabupaten", "administrasi"], .regency, .kabupaten),
    (["kabupaten", "adm"], .regency, .kabupaten),
    (["kab", "administrasi"], .regency, .kabupaten),
    (["kab", "adm"], .regency, .kabupaten),
    (["kabupaten"], .regency, .kabupaten),
    (["kab"], .regency, .kabupaten),
    (["kota", "administrasi"], .regency, .kota),
    (["kota", "adm"], .regency, .kota),
    (["kotamadya"], .regency, .kota),
    (["kodya"], .regency, .kota),
    (["kota"], .regency, .kota),
    (["provinsi"], .province, nil),
    (["propinsi"], .province, nil),
    (["prov"], .province, nil),
    (["kecamatan"], .district, nil),
    (["kec"], .district, nil),
    (["kapanewon"], .district, nil),
    (["kemantren"], .district, nil),
    (["distrik"], .district, nil),
    (["kelurahan"], .village, nil),
    (["kel"], .village, nil),
    (["desa"], .village, nil),
    (["kalurahan"], .village, nil),
    (["gampong"], .village, nil),
    (["nagari"], .village, nil),
  ]

  /// Abbreviations of common place-name words, expanded before matching ("Tg. Pinang" =
  /// "Tanjung Pinang", "Sei Kera" = "Sungai Kera"; Medan writes "Sei" for "Sungai").
  private static let abbreviations: [String: String] = [
    "tg": "tanjung", "tj": "tanjung", "sei": "sungai", "sui": "sungai", "kp": "kampung", "pd": "pondok",
    "bkt": "bukit",
  ]

  /// The name as it should be shown: trimmed, runs of white space (tabs, no-break spaces)
  /// collapsed to one space, case kept.
  public static func tidy(_ raw: String) -> String {
    // Most names are tidy ASCII already: measured on 7,000 kecamatan (56k place names, each tidied
    // twice or more), reading them Character by Character for white space was 0.15 s on one core.
    var bytes = raw
    if bytes.withUTF8(isTidyASCII) { return raw }
    var result = ""
    var pendingSpace = false
    for character in raw {
      if character.isWhitespace {
        pendingSpace = !result.isEmpty
      } else {
        if pendingSpace { result.append(" ") }
        pendingSpace = false
        result.append(character)
      }
    }
    return result
  }

  /// Whether `utf8` is ASCII with no white space at either end, none but single spaces inside.
  private static func isTidyASCII(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    var afterSpace = true
    for byte in utf8 {
      guard byte < 0x80 else { return false }
      let isSpace = byte == 0x20 || (0x09...0x0D).contains(byte)
      if isSpace, afterSpace || byte != 0x20 { return false }
      afterSpace = isSpace
    }
    return !afterSpace
  }

  /// The words of a name: lower case, diacritics removed, apostrophes dropped inside words, any
  /// other punctuation or space a word break.
  public static func words(_ raw: String) -> [String] { TextFolding.words(raw) }

  /// The words joined without spaces, prefixes kept (`Kab. Bogor` -> `kabbogor`).
  public static func key(_ raw: String) -> String {
    var raw = raw
    return raw.withUTF8 { String(decoding: FoldedWords(utf8: $0).bytes, as: UTF8.self) }
  }

  /// Appends the key of the UTF-8 name `raw` to `key` (for keys built as bytes); `words` is
  /// scratch space.
  static func appendKey(utf8 raw: UnsafeBufferPointer<UInt8>, to key: inout [UInt8], words: inout FoldedWords) {
    words.fold(utf8: raw)
    key.append(contentsOf: words.bytes)
  }

  /// The full folding: words, prefixes taken off, keys.
  public static func fold(_ raw: String) -> FoldedPlaceName {
    let all = words(raw).map { abbreviations[$0] ?? $0 }
    var rest = all[...]
    var level: RegionLevel?
    var kind: RegencyKind?
    var stripped = true
    while stripped {
      stripped = false
      for prefix in prefixes where rest.count > prefix.words.count && rest.starts(with: prefix.words) {
        rest = rest.dropFirst(prefix.words.count)
        level = level ?? prefix.level
        kind = kind ?? prefix.kind
        stripped = true
        break
      }
    }
    return FoldedPlaceName(allWords: all, words: Array(rest), prefixLevel: level, regencyKind: kind)
  }
}
