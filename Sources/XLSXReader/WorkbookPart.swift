/// What `workbook.xml` says: the sheets in tab order and the date system.
struct WorkbookPart {
  struct Sheet {
    var name: String
    var relationshipID: String
    var isHidden: Bool
  }

  var sheets: [Sheet] = []
  var uses1904DateSystem = false

  init(part: String, in archive: ZipArchive) throws(XLSXReadError) {
    guard let entry = archive.entry(part) else {
      throw XLSXReadError(.missingPart, "the workbook part is missing", part: part)
    }
    var scanner = XMLScanner(source: try archive.open(entry), limits: archive.limits, initialCapacity: 64 << 10)
    while true {
      let token = try scanner.next()
      if token.kind == .end { break }
      guard token.kind == .startTag else { continue }
      if scanner.name(of: token, is: "sheet") {
        var sheet = Sheet(name: "", relationshipID: "", isHidden: false)
        var attributes = scanner.attributes(of: token)
        while let a = attributes.next() {
          if attributes.name(of: a, is: "name") {
            sheet.name = attributes.string(a)
          } else if attributes.name(of: a, is: "state") {
            let state = attributes.string(a)
            sheet.isHidden = state == "hidden" || state == "veryHidden"
          } else if a.prefixed, attributes.name(of: a, is: "id") {
            // r:id under whichever prefix and namespace (transitional or Strict) the writer chose.
            sheet.relationshipID = attributes.string(a)
          }
        }
        sheets.append(sheet)
      } else if scanner.name(of: token, is: "workbookPr") {
        var attributes = scanner.attributes(of: token)
        while let a = attributes.next() {
          guard attributes.name(of: a, is: "date1904") else { continue }
          let value = attributes.string(a).lowercased()
          uses1904DateSystem = value == "1" || value == "true" || value == "on"
        }
      }
    }
  }
}
