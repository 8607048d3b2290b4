/// How a raw name was matched to its canonical place, from the most to the least certain.
public enum MatchMethod: Hashable, Sendable, CustomStringConvertible {
  /// The same text after trimming and collapsing spaces.
  case exact
  /// The same after folding case, diacritics, punctuation, spacing and level prefixes.
  case folded
  /// The raw words are part of exactly one name in the region ("Helvetia" -> "Medan Helvetia").
  case partial
  /// Within the edit-distance threshold of one name, with a clear margin over the next.
  case fuzzy(distance: Int)

  /// `exact`, `folded`, `partial` or `fuzzy:2`: the form the normalisation log writes.
  public var description: String {
    switch self {
    case .exact: "exact"
    case .folded: "folded"
    case .partial: "partial"
    case .fuzzy(let distance): "fuzzy:\(distance)"
    }
  }
}
