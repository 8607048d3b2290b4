/// Streams one worksheet part: rows out through a callback, merged ranges through another.
///
/// All state lives in locals of one function over the byte scanner, so the loop does no
/// dictionary lookups, no Foundation and no String work except for the cell values themselves.
struct SheetScanner {
  var sharedStrings: [String]
  var styles: CellStyles
  /// 1462 for a 1904-system workbook, else 0: added to date serials.
  var dateOffset: Double
  var limits: XLSXLimits

  private enum CellType { case number, shared, inline, formulaString, bool, error, isoDate }
  private enum Capture { case none, value, text }

  /// Reads the sheet; stops early after `</sheetData>` when `wantsMerges` is false.
  func scan(
    _ stream: any PartByteSource,
    wantsRows: Bool,
    wantsMerges: Bool,
    row body: (SpreadsheetRow) throws -> Void,
    merge: (CellRange) -> Void
  ) throws {
    let part = stream.part
    var scanner = XMLScanner(source: stream, limits: limits)
    var cells: [SpreadsheetCell] = []
    var rowIndex = 0
    var lastRow = 0
    var inRow = false
    var column = -1
    var inCell = false
    var cellType = CellType.number
    var cellIsDate = false
    var value: [UInt8] = []
    value.reserveCapacity(256)
    var hasValue = false
    var inlineText: [UInt8] = []
    var hasInline = false
    var inInline = false
    var phoneticDepth = 0
    var inRun = false
    var capture = Capture.none
    var preserve = false
    var runStart = 0
    let sharedCount = sharedStrings.count

    func emit() throws {
      if !cells.isEmpty {
        try body(SpreadsheetRow(index: rowIndex, cells: cells))
        cells.removeAll(keepingCapacity: true)
      }
    }

    while true {
      let token = try scanner.next()
      let buffer = UnsafePointer(scanner.buffer)
      switch token.kind {
      case .end:
        if inRow { try emit() }
        return

      case .text, .cdata:
        guard capture != .none else { continue }
        let bytes = scanner.bytes(token.bodyStart, token.bodyEnd)
        if capture == .value {
          if token.kind == .text { XMLText.appendDecoded(bytes, to: &value) } else { value.append(contentsOf: bytes) }
          if value.count > limits.maxCellBytes { throw tooLong(column: column, row: rowIndex, part: part) }
        } else {
          if token.kind == .text {
            XMLText.appendDecoded(bytes, to: &inlineText)
          } else {
            inlineText.append(contentsOf: bytes)
          }
          if inlineText.count > limits.maxCellBytes { throw tooLong(column: column, row: rowIndex, part: part) }
        }

      case .startTag:
        let s = token.nameStart
        switch token.nameEnd - s {
        case 1:
          switch buffer[s] {
          case UInt8(ascii: "c"):
            guard inRow else { continue }
            var explicitColumn = -1
            cellType = .number
            cellIsDate = false
            var attributes = scanner.attributes(of: token)
            while let a = attributes.next() {
              guard a.nameEnd - a.nameStart == 1, !a.prefixed else { continue }
              switch buffer[a.nameStart] {
              case UInt8(ascii: "r"):
                let ref = try CellReference.parse(buffer, a.valueStart, a.valueEnd, limits: limits, part: part)
                explicitColumn = ref.column
              case UInt8(ascii: "t"):
                cellType = Self.cellType(buffer, a.valueStart, a.valueEnd)
              case UInt8(ascii: "s"):
                var index = 0
                var i = a.valueStart
                while i < a.valueEnd, buffer[i] &- UInt8(ascii: "0") < 10, index < 1 << 30 {
                  index = index * 10 + Int(buffer[i] &- UInt8(ascii: "0"))
                  i += 1
                }
                cellIsDate = styles.isDate(index)
              default: break
              }
            }
            column = explicitColumn >= 0 ? explicitColumn : column + 1
            if column >= limits.maxColumns {
              throw XLSXReadError(
                .cellOutOfRange, "row \(rowIndex) has more than \(limits.maxColumns) columns", part: part)
            }
            hasValue = false
            hasInline = false
            // Emptying an empty array still costs a call into the standard library: skip it.
            if !value.isEmpty { value.removeAll(keepingCapacity: true) }
            if !inlineText.isEmpty { inlineText.removeAll(keepingCapacity: true) }
            inCell = !token.selfClosing
          case UInt8(ascii: "v"):
            guard inCell, !inInline, !token.selfClosing else { continue }
            capture = .value
            hasValue = true
            if !value.isEmpty { value.removeAll(keepingCapacity: true) }
          case UInt8(ascii: "t"):
            guard inInline, phoneticDepth == 0 else { continue }
            hasInline = true
            guard !token.selfClosing else { continue }
            capture = .text
            runStart = inlineText.count
            // Rich-text runs keep their spaces: they are what separates the runs' words.
            preserve = inRun || Self.preservesSpace(scanner.attributes(of: token))
          case UInt8(ascii: "r"):
            if inInline { inRun = !token.selfClosing }
          default: break
          }
        case 2:
          if inCell, scanner.name(of: token, is: "is") {
            inInline = !token.selfClosing
            hasInline = true
          }
        case 3:
          if scanner.name(of: token, is: "row") {
            if inRow { try emit() }
            var explicitRow = 0
            var attributes = scanner.attributes(of: token)
            while let a = attributes.next() {
              guard a.nameEnd - a.nameStart == 1, !a.prefixed, buffer[a.nameStart] == UInt8(ascii: "r") else {
                continue
              }
              var i = a.valueStart
              var r = 0
              while i < a.valueEnd {
                let d = buffer[i] &- UInt8(ascii: "0")
                guard d < 10 else {
                  throw XLSXReadError(.malformedXML, "bad row number", part: part)
                }
                r = r * 10 + Int(d)
                if r > limits.maxRows {
                  let written = String(decoding: UnsafeBufferPointer(start: buffer + a.valueStart, count: min(a.valueEnd - a.valueStart, 20)), as: UTF8.self)
                  throw XLSXReadError(
                    .cellOutOfRange, "row \(written) is beyond the sheet limit of \(limits.maxRows) rows", part: part)
                }
                i += 1
              }
              explicitRow = r
            }
            rowIndex = explicitRow > 0 ? explicitRow : lastRow + 1
            if rowIndex > limits.maxRows {
              throw XLSXReadError(
                .cellOutOfRange, "row \(rowIndex) is beyond the sheet limit of \(limits.maxRows) rows", part: part)
            }
            lastRow = rowIndex
            column = -1
            // A cell left open by a broken file does not carry over into this row (fuzz-found:
            // its `</c>` would otherwise store at column -1).
            inCell = false
            inInline = false
            capture = .none
            inRow = !token.selfClosing
          } else if scanner.name(of: token, is: "rPh") {
            // Phonetic runs repeat the reading of the text; they are not the value.
            if !token.selfClosing { phoneticDepth += 1 }
          }
        case 9:
          if scanner.name(of: token, is: "mergeCell") {
            guard wantsMerges else { continue }
            var attributes = scanner.attributes(of: token)
            while let a = attributes.next() {
              guard attributes.name(of: a, is: "ref") else { continue }
              if let range = try CellReference.parseRange(buffer, a.valueStart, a.valueEnd, limits: limits, part: part) {
                merge(range)
              }
            }
          }
        default: break
        }

      case .endTag:
        let s = token.nameStart
        switch token.nameEnd - s {
        case 1:
          switch buffer[s] {
          case UInt8(ascii: "v"):
            if capture == .value { capture = .none }
          case UInt8(ascii: "t"):
            if capture == .text {
              if !preserve { XMLText.trim(&inlineText, from: runStart) }
              capture = .none
            }
          case UInt8(ascii: "r"):
            inRun = false
          case UInt8(ascii: "c"):
            guard inCell else { continue }
            inCell = false
            inInline = false
            capture = .none
            guard wantsRows else { continue }
            let cell = try makeCell(
              cellType, isDate: cellIsDate, value: value, hasValue: hasValue, inline: inlineText,
              hasInline: hasInline, sharedCount: sharedCount, cell: (column, rowIndex), part: part)
            if case .empty = cell { continue }
            if column < cells.count {
              cells[column] = cell
            } else {
              while cells.count < column { cells.append(.empty) }
              cells.append(cell)
            }
          default: break
          }
        case 2:
          if scanner.name(of: token, is: "is") {
            inInline = false
            inRun = false
          }
        case 3:
          if scanner.name(of: token, is: "row") {
            if inRow { try emit() }
            inRow = false
          } else if scanner.name(of: token, is: "rPh") {
            phoneticDepth = max(0, phoneticDepth - 1)
          }
        case 9:
          if scanner.name(of: token, is: "sheetData") {
            if inRow { try emit() }
            inRow = false
            // Merged ranges stand after sheetData; without a use for them, stop inflating here.
            if !wantsMerges { return }
          }
        default: break
        }
      }
    }
  }

  private func tooLong(column: Int, row: Int, part: String) -> XLSXReadError {
    XLSXReadError(
      .limitExceeded,
      "cell \(CellReference.name(column: column, row: row)): its text is longer than \(limits.maxCellBytes) bytes",
      part: part)
  }

  private static func cellType(_ buffer: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> CellType {
    switch end - start {
    case 1:
      switch buffer[start] {
      case UInt8(ascii: "s"): return .shared
      case UInt8(ascii: "b"): return .bool
      case UInt8(ascii: "e"): return .error
      case UInt8(ascii: "d"): return .isoDate
      default: return .number
      }
    case 3: return XMLScanner.equal(buffer, start, end, "str") ? .formulaString : .number
    case 9: return XMLScanner.equal(buffer, start, end, "inlineStr") ? .inline : .number
    default: return .number
    }
  }

  /// True when the attributes include `xml:space="preserve"`.
  static func preservesSpace(_ attributes: XMLAttributeIterator) -> Bool {
    var attributes = attributes
    while let a = attributes.next() {
      if attributes.name(of: a, is: "space"),
        XMLScanner.equal(attributes.buffer, a.valueStart, a.valueEnd, "preserve")
      {
        return true
      }
    }
    return false
  }

  private func makeCell(
    _ type: CellType, isDate: Bool, value: [UInt8], hasValue: Bool, inline: [UInt8], hasInline: Bool,
    sharedCount: Int, cell: (column: Int, row: Int), part: String
  ) throws(XLSXReadError) -> SpreadsheetCell {
    switch type {
    case .inline:
      // The text is in <is>; a stray <v> beside it (some writers add one) is ignored.
      if hasInline { return .text(XMLText.string(inline)) }
      return hasValue ? .text(XMLText.string(value)) : .empty
    case .number:
      // A formula with no cached <v> has no value to report.
      guard hasValue, !value.isEmpty else { return .empty }
      guard let number = NumberParser.parse(value) else { return .text(XMLText.string(value)) }
      if isDate {
        let serial = number + dateOffset
        // Past 9999-12-31 or before the epoch no calendar date exists: keep the number.
        if serial >= 0 && serial < 2_958_466 { return .date(serial: serial) }
      }
      return .number(number)
    case .shared:
      guard hasValue, !value.isEmpty else { return .empty }
      guard let index = NumberParser.parseIndex(value), index < sharedCount else {
        throw XLSXReadError(
          .malformedXML,
          "cell \(CellReference.name(column: cell.column, row: cell.row)): shared string index \(String(decoding: value.prefix(20), as: UTF8.self)) is past the table of \(sharedCount) strings",
          part: part)
      }
      return .text(sharedStrings[index])
    case .formulaString:
      guard hasValue else { return .empty }
      return .text(XMLText.string(value))
    case .bool:
      guard hasValue, let first = value.first else { return .empty }
      return .bool(first == UInt8(ascii: "1") || first == UInt8(ascii: "t") || first == UInt8(ascii: "T"))
    case .error:
      guard hasValue else { return .empty }
      return .error(String(decoding: value, as: UTF8.self))
    case .isoDate:
      guard hasValue, !value.isEmpty else { return .empty }
      let text = String(decoding: value, as: UTF8.self)
      if let serial = ISODate.serial(text) { return .date(serial: serial) }
      return .text(text)
    }
  }
}
