/// A gazetteer region with its name folded once, ready to be matched against raw spellings.
struct PlaceCandidate: Sendable {
  let region: Region
  /// The official name, tidied (for the exact tier).
  let tidyName: String
  let folded: FoldedPlaceName
  /// The folded key and the keys of its word tails (`medanhelvetia`, `helvetia`) as bytes, for
  /// the edit-distance tier: offices often drop the city's name in front of a kecamatan.
  let fuzzyKeys: [[UInt8]]

  init(_ region: Region) {
    self.region = region
    tidyName = PlaceNameFolder.tidy(region.name)
    folded = PlaceNameFolder.fold(region.name)
    var keys = [Array(folded.key.utf8)]
    if folded.words.count > 1 {
      for start in 1..<folded.words.count {
        keys.append(Array(folded.words[start...].joined().utf8))
      }
    }
    fuzzyKeys = keys
  }

  /// True when `words` occur in this name's words as a contiguous run.
  func containsWords(_ words: [String]) -> Bool {
    let mine = folded.words
    guard !words.isEmpty, words.count <= mine.count else { return false }
    for start in 0...(mine.count - words.count) where mine[start..<(start + words.count)].elementsEqual(words) {
      return true
    }
    return false
  }
}
