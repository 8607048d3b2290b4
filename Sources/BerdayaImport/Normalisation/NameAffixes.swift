/// Takes known word sequences off the front and the end of a folded name, repeatedly, while at
/// least one word remains.
enum NameAffixes {
  /// The indices of the words left once the affixes are off.
  static func strip(_ words: FoldedWords, prefixes: [[[UInt8]]], suffixes: [[[UInt8]]]) -> Range<Int> {
    var lower = 0
    var upper = words.count
    func matches(_ affix: [[UInt8]], at start: Int) -> Bool {
      affix.indices.allSatisfy { words[start + $0].elementsEqual(affix[$0]) }
    }
    var changed = true
    while changed {
      changed = false
      if let prefix = prefixes.first(where: { upper - lower > $0.count && matches($0, at: lower) }) {
        lower += prefix.count
        changed = true
      }
      if let suffix = suffixes.first(where: { upper - lower > $0.count && matches($0, at: upper - $0.count) }) {
        upper -= suffix.count
        changed = true
      }
    }
    return lower..<upper
  }

  /// Affix word sequences as the bytes `strip` compares.
  static func bytes(_ affixes: [[String]]) -> [[[UInt8]]] { affixes.map { $0.map { Array($0.utf8) } } }
}
