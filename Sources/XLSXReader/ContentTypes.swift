/// `[Content_Types].xml`, consulted only when the package relationships do not name the workbook.
enum ContentTypes {
  /// The part whose content type is a workbook main part (`...sheet.main+xml`, macro-enabled or template).
  static func workbookPart(in archive: ZipArchive) throws(XLSXReadError) -> String? {
    guard let entry = archive.entry("[Content_Types].xml") else { return nil }
    var scanner = XMLScanner(source: try archive.open(entry), limits: archive.limits, initialCapacity: 16 << 10)
    while true {
      let token = try scanner.next()
      if token.kind == .end { return nil }
      guard token.kind == .startTag, scanner.name(of: token, is: "Override") else { continue }
      var name = ""
      var type = ""
      var attributes = scanner.attributes(of: token)
      while let a = attributes.next() {
        if attributes.name(of: a, is: "PartName") { name = attributes.string(a) }
        if attributes.name(of: a, is: "ContentType") { type = attributes.string(a) }
      }
      if type.hasSuffix(".main+xml"), type.contains("spreadsheetml") || type.contains("sheet.") {
        return PartPath.normalize(name)
      }
    }
  }
}
