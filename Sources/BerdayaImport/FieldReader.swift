import BerdayaModel

/// Reads typed values out of one row through a header layout, collecting value-level issues.
///
/// A value that cannot be read becomes unknown (nil) and leaves an issue naming its cell; the
/// row decoders decide which missing values set the whole row aside.
struct FieldReader {
  private(set) var row: SourceRow
  /// One reference for the layout, file and sheet: copying the layout's arrays and the names into
  /// each row's reader was a retain and release each (measured in the L job). Held
  /// strongly: held `unowned(unsafe)`, every read of the layout through it retained the layout's
  /// arrays, which both activity workers share, and the L job took 12.8 CPU s instead of 5.4.
  let table: Table
  private(set) var issues: [ImportIssue] = []

  /// What every row of one table is read with.
  final class Table {
    let layout: HeaderLayout
    let file: String
    let sheet: String?

    init(layout: HeaderLayout, file: String, sheet: String?) {
      self.layout = layout
      self.file = file
      self.sheet = sheet
    }
  }

  init(row: SourceRow, table: Table) {
    self.row = row
    self.table = table
  }

  /// Makes this reader the next row's, with no issues: one reader serves a whole table. (Measured:
  /// a reader made and destroyed per row retained and released its table each time.)
  mutating func start(_ row: consuming SourceRow) {
    self.row = row
    if !issues.isEmpty { issues = [] }
  }

  var layout: HeaderLayout { table.layout }

  func location(_ column: CanonicalColumn?) -> SourceLocation {
    SourceLocation(file: table.file, sheet: table.sheet, row: row.number, column: column?.rawValue)
  }

  /// Makes `location`, a reused record's, this row's: the row number alone changes within a table
  /// (no String retained and released per row). Inlined: called per row, as a call it added 0.7%
  /// to the instructions of reading activities.
  @inline(__always)
  func moveToRow(_ location: inout SourceLocation) {
    if location.file == table.file, location.sheet == table.sheet, location.column == nil {
      location.row = row.number
    } else {
      location = self.location(nil)
    }
  }

  func cell(_ column: CanonicalColumn) -> RawCell {
    guard let index = layout.column(column) else { return .empty }
    return row.cell(index)
  }

  /// A CSV field parsed straight from its bytes (the hot paths read dates and amounts without a
  /// String); nil for a workbook cell, a missing column, or bytes `parse` does not take.
  private func parsedCSVBytes<Value>(_ column: CanonicalColumn, _ parse: (UnsafeBufferPointer<UInt8>) -> Value?) -> Value? {
    guard let index = layout.column(column) else { return nil }
    return row.withCSVBytes(index, parse) ?? nil
  }

  /// A code cell's value: its CSV bytes matched to a canonical code by `canonical`, else its text
  /// (`text`) read by `parse`; nil when empty. Measured: making each of the registry's gender, scale
  /// and status cells a String first took 219 instructions a cell, on the registry's reading thread.
  mutating func code<Value>(
    _ column: CanonicalColumn, canonical: (UnsafeBufferPointer<UInt8>) -> Value?, parse: (String) -> Value
  ) -> Value? {
    if let value = parsedCSVBytes(column, canonical) { return value }
    return text(column).map(parse)
  }

  /// Trimmed text with inner runs of white space collapsed; nil when empty.
  /// Control characters (a NUL byte, an escape) are no part of any value: they are removed and
  /// listed as a value issue with the raw text, their bytes shown in hex. A U+FFFD a reader put in
  /// place of undecodable bytes is listed too.
  mutating func text(_ column: CanonicalColumn) -> String? {
    guard let index = layout.column(column) else { return nil }
    if let tidy = row.tidyASCIIText(index) { return tidy }
    let raw = row.cell(index)
    guard !raw.isBlank else { return nil }
    var text = raw.text
    // Measured: this runs for every mapped cell of every row, so the common case (ASCII, no stray
    // white space) is decided on the UTF-8 bytes; anything else takes the Character path.
    if FieldReader.isTidyASCII(text.utf8) { return text }
    if text.unicodeScalars.contains(where: HexEscapedText.isControl) {
      note(column, HexEscapedText(text.utf8).text, "control characters (shown as <XX>) removed")
      text.unicodeScalars.removeAll(where: HexEscapedText.isControl)
    }
    if text.unicodeScalars.contains("\u{FFFD}") {
      // A reader's repair (invalid UTF-8 in a workbook's XML, a lone UTF-16 surrogate in a CSV): the
      // bytes are gone by now, but the change is not silent.
      note(column, text, "holds U+FFFD where the file had bytes that are not text")
    }
    let tidied = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    return tidied.isEmpty ? nil : tidied
  }

  /// `text(column)` as an `InlineText`: a tidy CSV field's bytes go straight in, with no String.
  /// Inlined, with the text's initializer, into the row decoders: made in a call and returned, the
  /// text was read back before the stores that wrote it had landed (41% of this function's time).
  @inline(__always)
  mutating func inlineText(_ column: CanonicalColumn) -> InlineText? {
    guard let index = layout.column(column) else { return nil }
    if let tidy = row.withTidyCSVBytes(index, { InlineText(utf8: $0) }) { return tidy }
    return text(column).map(InlineText.init)
  }

  /// True when `text(column)` would give the cell's bytes as they are, or nil, with no issue: an
  /// empty or tidy ASCII CSV field, or no such column. (A workbook cell is not checked: false.)
  func isTidyText(_ column: CanonicalColumn) -> Bool {
    // The parser's pass over the line may have found every field tidy: then no column need be found.
    // (Asked of three descriptive columns per activity row, finding each took 57 instructions.)
    if row.fieldsAreTidyASCII { return true }
    guard let index = layout.column(column) else { return true }
    return row.withTidyCSVBytes(index) { _ in true } ?? row.withCSVBytes(index, \.isEmpty) ?? false
  }

  /// ASCII only, no leading or trailing space, no control characters, no double spaces.
  static func isTidyASCII<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool {
    if let tidy = bytes.withContiguousStorageIfAvailable(isTidyASCII) { return tidy }
    var previous: UInt8 = 0x20
    for byte in bytes {
      guard byte >= 0x20, byte < 0x7F, !(byte == 0x20 && previous == 0x20) else { return false }
      previous = byte
    }
    return previous != 0x20
  }

  /// `isTidyASCII` eight bytes at a time. Measured: the byte loop was 12% of the instructions of
  /// reading activities into records (every mapped text cell of every row is checked); this takes
  /// 3.4% fewer instructions in all, 5% less CPU time at L.
  static func isTidyASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress, let last = bytes.last, last != 0x20 else { return false }
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    // The space flag (bit 7) of the byte before the word: set before the first, so that a leading
    // space counts as a double one.
    // A short last word is filled up with "A", which none of the tests below flags.
    let fill: UInt64 = 0x4141_4141_4141_4141
    var spaceBefore: UInt64 = 0x80
    var offset = 0
    while offset < bytes.count {
      let word: UInt64
      let taken = min(8, bytes.count - offset)
      if taken == 8 {
        word = UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
      } else if bytes.count >= 8 {
        // The last eight bytes, those already checked shifted out.
        let dropped = UInt64(8 - taken) * 8
        let end = UInt64(littleEndian: UnsafeRawPointer(base + bytes.count - 8).loadUnaligned(as: UInt64.self))
        word = end >> dropped | fill << (64 - dropped)
      } else {
        var bytesTaken: UInt64 = 0
        for index in 0..<taken { bytesTaken |= UInt64(base[index]) << (8 * UInt64(index)) }
        word = bytesTaken | fill << (8 * UInt64(taken))
      }
      // Bit 7 of each byte: set for a byte at or past 0x80; below 0x20 (valid once no byte has
      // bit 7); exactly 0x7F; exactly a space (exact: no borrow from byte to byte).
      let controls = (word &- ones &* 0x20) & ~word & highs
      let deletes = Self.zeroBytes(word ^ (ones &* 0x7F))
      let spaces = Self.zeroBytes(word ^ (ones &* 0x20))
      guard word & highs == 0, controls | deletes == 0, (spaces << 8 | spaceBefore) & spaces == 0 else { return false }
      spaceBefore = spaces >> 56 & 0x80
      offset += taken
    }
    return true
  }

  /// Bit 7 set in exactly the bytes of `word` that are zero.
  @inline(__always)
  private static func zeroBytes(_ word: UInt64) -> UInt64 {
    let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    return ~(((word & low) &+ low) | word) & ~low
  }

  mutating func note(_ column: CanonicalColumn, _ value: String, _ reason: String) {
    issues.append(ImportIssue(location: location(column), value: value, reason: reason, quarantinesRow: false))
  }

  mutating func date(_ column: CanonicalColumn) -> CalendarDate? {
    if let date = parsedCSVBytes(column, { DateParser.isoDate($0) }) { return date }
    switch cell(column) {
    case .empty: return nil
    case .date(let serial): return DateParser.fromSerial(serial) ?? invalid(column, String(serial), "invalid date")
    case .number(let serial):
      return DateParser.fromSerial(serial) ?? invalid(column, RawCell.format(serial), "invalid date")
    case let other:
      guard let text = text(column) else { return nil }
      return DateParser.parse(text) ?? invalid(column, other.text, "invalid date")
    }
  }

  mutating func rupiah(_ column: CanonicalColumn) -> Rupiah? {
    if let value = parsedCSVBytes(column, NumberParser.plainDigits) { return Rupiah(value) }
    switch cell(column) {
    case .empty: return nil
    case .number(let value) where value.magnitude < 9e15: return Rupiah(Int64(value.rounded()))
    case let other:
      guard let text = text(column) else { return nil }
      if let value = NumberParser.parseRupiah(text) { return Rupiah(value) }
      return invalid(column, other.text, "invalid amount")
    }
  }

  mutating func integer(_ column: CanonicalColumn) -> Int? {
    if let value = parsedCSVBytes(column, NumberParser.plainDigits) { return Int(value) }
    switch cell(column) {
    case .empty: return nil
    case .number(let value) where value == value.rounded() && value.magnitude < 9e15: return Int(value)
    case let other:
      guard let text = text(column) else { return nil }
      if let value = NumberParser.parseInteger(text) { return value }
      return invalid(column, other.text, "invalid whole number")
    }
  }

  mutating func nib(_ column: CanonicalColumn) -> NIB? {
    guard layout.column(column) != nil else { return nil }  // most activity files have none
    if let valid: NIB = validIdentifierBytes(column) { return valid }
    guard let text = identifierText(column) else { return nil }
    return NIB(text) ?? invalid(column, text, "invalid NIB (not 13 digits)")
  }

  mutating func nik(_ column: CanonicalColumn) -> NIK? {
    guard layout.column(column) != nil else { return nil }
    if let valid: NIK = validIdentifierBytes(column) { return valid }
    if case .number(let value) = cell(column), value >= 1e15 {
      // Past 2^53 a binary64 cannot hold every 16-digit number: the digits may already be wrong.
      return invalid(column, RawCell.format(value), "NIK stored as a number (digits may be lost)")
    }
    guard let text = identifierText(column) else { return nil }
    return NIK(text) ?? invalid(column, text, "invalid NIK (not 16 digits)")
  }

  /// A CSV field that is a valid identifier as it stands, read from its bytes without making a
  /// String (the common case); nil sends the field down the text path, which reports what is wrong.
  private func validIdentifierBytes<Identifier: DigitIdentifier>(_ column: CanonicalColumn) -> Identifier? {
    parsedCSVBytes(column) { Identifier(utf8: $0) }
  }

  /// True for a CSV field with no bytes. An empty NIB or NIK (two in five registry rows of the
  /// bench data have no NIB) otherwise went through the cell and text readers: 292 instructions.
  private func isEmptyCSVField(_ column: CanonicalColumn) -> Bool {
    parsedCSVBytes(column) { $0.isEmpty ? true : nil } ?? false
  }

  private mutating func identifierText(_ column: CanonicalColumn) -> String? {
    if isEmptyCSVField(column) { return nil }
    if case .number(let value) = cell(column) { return RawCell.format(value) }
    guard var text = text(column) else { return nil }
    if text.hasPrefix("'") { text.removeFirst() }  // Excel's text marker typed by hand
    return text
  }

  private mutating func invalid<T>(_ column: CanonicalColumn, _ value: String, _ reason: String) -> T? {
    note(column, value, reason)
    return nil
  }
}
