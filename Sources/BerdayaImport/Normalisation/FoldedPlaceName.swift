/// A place name folded for matching: lower case, no diacritics, punctuation as word breaks, and
/// the level prefix (`Kec.`, `Kelurahan`, `Kabupaten`, ...) taken off the front.
public struct FoldedPlaceName: Hashable, Sendable {
  /// Every word of the name, prefixes included (`["kec", "medan", "helvetia"]`).
  public let allWords: [String]
  /// The words after the level prefixes (`["medan", "helvetia"]`).
  public let words: [String]
  /// The words after the prefixes joined without spaces (`medanhelvetia`), so that
  /// "Tanjungpinang Barat" and "Tanjung Pinang Barat" give the same key.
  public let key: String
  /// Every word joined without spaces, prefixes included (`kecmedanhelvetia`).
  public let fullKey: String
  /// The level the prefix named, if there was one (`Kec.` -> `.district`).
  public let prefixLevel: RegionLevel?
  /// `kabupaten` or `kota` when the name began with such a prefix (`Kab.`, `KOTA`, `Kota Adm.`).
  public let regencyKind: RegencyKind?

  public init(
    allWords: [String], words: [String], prefixLevel: RegionLevel?, regencyKind: RegencyKind?
  ) {
    self.allWords = allWords
    self.words = words
    self.key = words.joined()
    self.fullKey = allWords.joined()
    self.prefixLevel = prefixLevel
    self.regencyKind = regencyKind
  }

  /// True when the two names can be the same place as far as their kabupaten/kota prefixes tell:
  /// either one has none, or both have the same.
  public func kindAgrees(with other: FoldedPlaceName) -> Bool {
    guard let mine = regencyKind, let theirs = other.regencyKind else { return true }
    return mine == theirs
  }
}
