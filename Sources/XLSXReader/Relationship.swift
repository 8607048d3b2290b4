/// One `<Relationship>` of a `.rels` part, its target resolved to a part name.
struct Relationship {
  var id: String
  /// The type URI; compared by its last path segment so that the transitional
  /// (schemas.openxmlformats.org) and Strict (purl.oclc.org) URIs both match.
  var type: String
  var target: String
  var isExternal: Bool

  /// The last path segment of the type: `officeDocument`, `worksheet`, `sharedStrings` ...
  var kind: Substring {
    guard let slash = type.lastIndex(of: "/") else { return Substring(type) }
    return type[type.index(after: slash)...]
  }

  /// Reads a relationships part; nil when the package has no such part.
  static func read(_ relsPart: String, of source: String, in archive: ZipArchive) throws(XLSXReadError)
    -> [Relationship]?
  {
    guard let entry = archive.entry(relsPart) else { return nil }
    var scanner = XMLScanner(source: try archive.open(entry), limits: archive.limits, initialCapacity: 16 << 10)
    var result: [Relationship] = []
    while true {
      let token = try scanner.next()
      if token.kind == .end { break }
      guard token.kind == .startTag, scanner.name(of: token, is: "Relationship") else { continue }
      var id = ""
      var type = ""
      var target = ""
      var external = false
      var attributes = scanner.attributes(of: token)
      while let a = attributes.next() {
        if attributes.name(of: a, is: "Id") {
          id = attributes.string(a)
        } else if attributes.name(of: a, is: "Type") {
          type = attributes.string(a)
        } else if attributes.name(of: a, is: "Target") {
          target = attributes.string(a)
        } else if attributes.name(of: a, is: "TargetMode") {
          external = attributes.string(a).lowercased() == "external"
        }
      }
      result.append(
        Relationship(
          id: id, type: type, target: external ? target : PartPath.resolve(target, from: source),
          isExternal: external))
    }
    return result
  }
}
