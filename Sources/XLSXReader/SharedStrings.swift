/// The shared-string table (`sharedStrings.xml`), read once and held for the workbook's life.
enum SharedStrings {
  static func read(part: String, in archive: ZipArchive) throws(XLSXReadError) -> [String] {
    guard let entry = archive.entry(part) else { return [] }
    let limits = archive.limits
    var scanner = XMLScanner(source: try archive.open(entry), limits: limits)
    var strings: [String] = []
    var totalBytes = 0
    var text: [UInt8] = []
    var inItem = false
    var phoneticDepth = 0
    var inRun = false
    var capturing = false
    var preserve = false
    var runStart = 0
    while true {
      let token = try scanner.next()
      switch token.kind {
      case .end:
        return strings
      case .startTag:
        if scanner.name(of: token, is: "si") {
          inItem = true
          text.removeAll(keepingCapacity: true)
          if token.selfClosing {
            strings.append("")
            inItem = false
          }
        } else if scanner.name(of: token, is: "rPh") {
          // Phonetic (furigana) runs repeat the reading of the text; they are not the value.
          if !token.selfClosing { phoneticDepth += 1 }
        } else if inItem, phoneticDepth == 0, scanner.name(of: token, is: "t"), !token.selfClosing {
          capturing = true
          runStart = text.count
          // Rich-text runs keep their spaces: they are what separates the runs' words.
          preserve = inRun || SheetScanner.preservesSpace(scanner.attributes(of: token))
        } else if inItem, scanner.name(of: token, is: "r") {
          inRun = !token.selfClosing
        }
      case .endTag:
        if scanner.name(of: token, is: "t") {
          if capturing, !preserve { XMLText.trim(&text, from: runStart) }
          capturing = false
        } else if scanner.name(of: token, is: "r") {
          inRun = false
        } else if scanner.name(of: token, is: "rPh") {
          phoneticDepth = max(0, phoneticDepth - 1)
        } else if scanner.name(of: token, is: "si") {
          guard strings.count < limits.maxSharedStrings else {
            throw XLSXReadError(
              .limitExceeded, "more than \(limits.maxSharedStrings) shared strings", part: part)
          }
          totalBytes += text.count
          guard totalBytes <= limits.maxSharedStringBytes else {
            throw XLSXReadError(
              .limitExceeded, "the shared strings exceed \(limits.maxSharedStringBytes) bytes", part: part)
          }
          strings.append(XMLText.string(text))
          inItem = false
          inRun = false
        }
      case .text:
        if capturing {
          XMLText.appendDecoded(scanner.bytes(token.bodyStart, token.bodyEnd), to: &text)
          try checkCell(text.count, limits: limits, part: part)
        }
      case .cdata:
        if capturing {
          text.append(contentsOf: scanner.bytes(token.bodyStart, token.bodyEnd))
          try checkCell(text.count, limits: limits, part: part)
        }
      }
    }
  }

  private static func checkCell(_ count: Int, limits: XLSXLimits, part: String) throws(XLSXReadError) {
    if count > limits.maxCellBytes {
      throw XLSXReadError(.limitExceeded, "a string is longer than \(limits.maxCellBytes) bytes", part: part)
    }
  }
}
