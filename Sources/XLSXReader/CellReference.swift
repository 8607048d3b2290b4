/// Parsing A1-style references (`B12`, `XFD1048576`, `A1:C2`) from attribute bytes.
enum CellReference {
  /// 0-based column and 1-based row; a part may be missing (column -1 or row 0).
  /// Throws `.cellOutOfRange` past the sheet limits, `.malformedXML` for anything else.
  static func parse(
    _ buffer: UnsafePointer<UInt8>, _ start: Int, _ end: Int, limits: XLSXLimits, part: String
  ) throws(XLSXReadError) -> (column: Int, row: Int) {
    var i = start
    var column = 0
    while i < end {
      let c = buffer[i] & ~0x20  // upper-case ASCII letters
      guard c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z") else { break }
      column = column * 26 + Int(c - UInt8(ascii: "A")) + 1
      if column > limits.maxColumns { throw outOfRange(buffer, start, end, limits: limits, part: part) }
      i += 1
    }
    if i < end && buffer[i] == UInt8(ascii: "$") { i += 1 }
    var row = 0
    while i < end {
      let d = buffer[i] &- UInt8(ascii: "0")
      guard d < 10 else {
        throw XLSXReadError(.malformedXML, "bad cell reference \"\(text(buffer, start, end))\"", part: part)
      }
      row = row * 10 + Int(d)
      if row > limits.maxRows { throw outOfRange(buffer, start, end, limits: limits, part: part) }
      i += 1
    }
    return (column - 1, row)
  }

  /// The A1-style name of a 0-based column and 1-based row (`B3`), for error messages.
  static func name(column: Int, row: Int) -> String {
    var letters: [Character] = []
    var rest = column + 1
    while rest > 0 {
      letters.insert(Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8((rest - 1) % 26))), at: 0)
      rest = (rest - 1) / 26
    }
    return String(letters) + String(row)
  }

  /// Parses `A1:C2` (or a single `A1`) into a range.
  static func parseRange(_ buffer: UnsafePointer<UInt8>, _ start: Int, _ end: Int, limits: XLSXLimits, part: String)
    throws(XLSXReadError) -> CellRange?
  {
    var colon = start
    while colon < end && buffer[colon] != UInt8(ascii: ":") { colon += 1 }
    let first = try parse(buffer, start, colon, limits: limits, part: part)
    let last = colon < end ? try parse(buffer, colon + 1, end, limits: limits, part: part) : first
    guard first.column >= 0, first.row > 0, last.column >= 0, last.row > 0 else { return nil }
    return CellRange(
      firstRow: min(first.row, last.row), firstColumn: min(first.column, last.column),
      lastRow: max(first.row, last.row), lastColumn: max(first.column, last.column))
  }

  private static func text(_ buffer: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> String {
    String(decoding: UnsafeBufferPointer(start: buffer + start, count: min(end - start, 40)), as: UTF8.self)
  }

  private static func outOfRange(
    _ buffer: UnsafePointer<UInt8>, _ start: Int, _ end: Int, limits: XLSXLimits, part: String
  ) -> XLSXReadError {
    XLSXReadError(
      .cellOutOfRange,
      "cell reference \"\(text(buffer, start, end))\" is outside the sheet (limit \(limits.maxColumns) columns, \(limits.maxRows) rows)",
      part: part)
  }
}
