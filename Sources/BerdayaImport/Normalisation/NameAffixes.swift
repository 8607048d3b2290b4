/// Takes known word sequences off the front and the end of a folded name, repeatedly, while at
/// least one word remains.
enum NameAffixes {
  static func strip(_ words: [String], prefixes: [[String]], suffixes: [[String]]) -> [String] {
    var core = words[...]
    var changed = true
    while changed {
      changed = false
      if let prefix = prefixes.first(where: { core.count > $0.count && core.starts(with: $0) }) {
        core = core.dropFirst(prefix.count)
        changed = true
      }
      if let suffix = suffixes.first(where: { core.count > $0.count && core.suffix($0.count).elementsEqual($0) }) {
        core = core.dropLast(suffix.count)
        changed = true
      }
    }
    return Array(core)
  }
}
