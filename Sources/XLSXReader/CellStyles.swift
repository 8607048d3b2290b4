/// The part of `styles.xml` the reader needs: which cell formats (`s` indexes) show dates.
struct CellStyles {
  /// Indexed by the cell's `s` attribute (position in `cellXfs`).
  private(set) var isDateStyle: [Bool] = []

  init() {}

  init(part: String, in archive: ZipArchive) throws(XLSXReadError) {
    guard let entry = archive.entry(part) else { return }
    var scanner = XMLScanner(source: try archive.open(entry), limits: archive.limits, initialCapacity: 64 << 10)
    var customCodes: [Int: String] = [:]
    var formatIDs: [Int] = []
    var inCellXfs = false
    while true {
      let token = try scanner.next()
      if token.kind == .end { break }
      if token.kind == .endTag, scanner.name(of: token, is: "cellXfs") {
        inCellXfs = false
        continue
      }
      guard token.kind == .startTag else { continue }
      if scanner.name(of: token, is: "numFmt") {
        var id: Int?
        var code = ""
        var attributes = scanner.attributes(of: token)
        while let a = attributes.next() {
          if attributes.name(of: a, is: "numFmtId") {
            id = Int(attributes.string(a))
          } else if attributes.name(of: a, is: "formatCode") {
            code = attributes.string(a)
          }
        }
        if let id { customCodes[id] = code }
      } else if scanner.name(of: token, is: "cellXfs") {
        inCellXfs = !token.selfClosing
      } else if inCellXfs, scanner.name(of: token, is: "xf") {
        var id = 0
        var attributes = scanner.attributes(of: token)
        while let a = attributes.next() {
          guard attributes.name(of: a, is: "numFmtId") else { continue }
          id = Int(attributes.string(a)) ?? 0
        }
        formatIDs.append(id)
      }
    }
    isDateStyle = formatIDs.map { id in
      if let code = customCodes[id] { return DateFormat.isDate(code: code) }
      return DateFormat.isBuiltInDate(id)
    }
  }

  /// True when cell format `index` shows a date or time.
  @inline(__always)
  func isDate(_ index: Int) -> Bool { index >= 0 && index < isDateStyle.count && isDateStyle[index] }
}
