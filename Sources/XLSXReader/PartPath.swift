/// Part names inside the package: normalising zip names and resolving relationship targets.
enum PartPath {
  /// Backslashes become slashes (some writers use Windows separators) and a leading slash goes.
  static func normalize(_ name: String) -> String {
    var s = name
    if s.contains("\\") { s = String(s.map { $0 == "\\" ? "/" : $0 }) }
    while s.hasPrefix("/") { s.removeFirst() }
    return s
  }

  /// The folder of a part, with a trailing slash, or "" for a part at the root.
  static func directory(of part: String) -> String {
    guard let slash = part.lastIndex(of: "/") else { return "" }
    return String(part[...slash])
  }

  /// The relationships part that belongs to `part`: `dir/_rels/name.rels`.
  static func relationships(of part: String) -> String {
    let dir = directory(of: part)
    let name = part.dropFirst(dir.count)
    return "\(dir)_rels/\(name).rels"
  }

  /// Resolves a relationship target against its source part; absolute targets start at the root.
  static func resolve(_ target: String, from source: String) -> String {
    var t = target.contains("\\") ? String(target.map { $0 == "\\" ? "/" : $0 }) : target
    let base: String
    if t.hasPrefix("/") {
      base = ""
      while t.hasPrefix("/") { t.removeFirst() }
    } else {
      base = directory(of: source)
    }
    var parts: [Substring] = []
    for piece in (base + t).split(separator: "/", omittingEmptySubsequences: true) {
      switch piece {
      case ".": continue
      case "..": if !parts.isEmpty { parts.removeLast() }
      default: parts.append(piece)
      }
    }
    return parts.joined(separator: "/")
  }
}
