import BerdayaModel

/// What every table of one file is read with: the header detector and the row decoder.
struct TableContext {
  let input: InputFile
  let detector: HeaderDetector
  let decoder: RowDecoder
  let decode: FileImporter.Decode
}

/// Reads one table (a CSV file or a sheet): buffers rows until the header is found, then decodes
/// each data row as it arrives.
final class TableReader {
  private let context: TableContext
  private let sheet: String?
  private var window: [SourceRow] = []
  /// The reader of the table's rows, each row in turn (`FieldReader.start`); nil until the header
  /// is found.
  private var fields: FieldReader?
  var layout: HeaderLayout? { fields?.table.layout }
  private(set) var table: FileImportSummary.Table
  private(set) var rowsRead = 0
  private(set) var accepted = 0
  private(set) var quarantined = 0
  private(set) var issues: [ImportIssue] = []

  init(context: TableContext, sheet: String?) {
    self.context = context
    self.sheet = sheet
    table = FileImportSummary.Table(
      sheet: sheet, headerRow: 0, columns: [], unmappedHeaders: [], titleRows: 0, dataRows: 0, blankRows: 0,
      totalsRows: 0)
  }

  /// A reader for a later part of a file whose header is already known: every row is under it.
  convenience init(context: TableContext, layout: HeaderLayout) {
    self.init(context: context, sheet: nil)
    startFields(layout: layout)
  }

  /// Takes the next row. Rows must be owned (`.cells` storage) while the header is being searched.
  ///
  /// Taken (`consuming`) down to the row's reader, which keeps it: a row borrowed and copied into
  /// the reader was copied and destroyed through its value witnesses, 110 instructions a row.
  func feed(_ row: consuming SourceRow) throws {
    if layout != nil { return try process(row) }
    window.append(row.owned())
    if window.count >= context.detector.searchDepth { try detectHeader() }
  }

  /// Ends the table; false when no header was found in it.
  func finish() throws -> Bool {
    if layout == nil { try detectHeader() }
    return layout != nil
  }

  private func detectHeader() throws {
    let rows = window
    window = []
    guard let found = context.detector.detect(rows: rows.map(\.cells), kind: context.input.kind) else { return }
    startFields(layout: found)
    table.headerRow = rows[found.lastRow].number
    table.titleRows = found.firstRow
    table.columns = found.mapping.sorted { $0.value < $1.value }.map { (found.names[$0.value], $0.key) }
    table.unmappedHeaders = found.unmapped
    for row in rows.dropFirst(found.lastRow + 1) { try process(row) }
  }

  /// Makes the reader of the rows under `layout` (it holds no row until `FieldReader.start`).
  private func startFields(layout: HeaderLayout) {
    let shared = FieldReader.Table(layout: layout, file: context.input.path, sheet: sheet)
    fields = FieldReader(row: SourceRow(number: 0, cells: []), table: shared)
  }

  private func process(_ row: consuming SourceRow) throws {
    guard fields != nil else { return }
    if row.isBlank {
      table.blankRows += 1
      return
    }
    if TableReader.isTotalsRow(row) {
      table.totalsRows += 1
      if context.input.kind == .population { noteStatedTotal(row) }
      return
    }
    rowsRead += 1
    table.dataRows += 1
    fields!.start(consume row)
    let (wasAccepted, rowIssues) = try context.decode(context.decoder, &fields!)
    if wasAccepted { accepted += 1 } else { quarantined += 1 }
    if !rowIssues.isEmpty { issues.append(contentsOf: rowIssues) }
  }

  /// Field `index` as an issue names it: its canonical column, else its header, else its number.
  func columnName(_ index: Int) -> String {
    guard let layout else { return "column \(index + 1)" }
    if let mapped = layout.mapping.filter({ $0.value == index }).map(\.key.rawValue).min() { return mapped }
    if index < layout.names.count, !layout.names[index].isEmpty { return layout.names[index] }
    return "column \(index + 1)"
  }

  /// A count table's totals row: keep the count it states, to be checked against its parts.
  private func noteStatedTotal(_ row: SourceRow) {
    fields!.start(row)
    table.statedTotals.append((row.number, fields!.integer(.jumlah)))
  }

  /// True for a label such as "JUMLAH", "Total" or "Grand Total".
  static func isTotalsLabel(_ text: String) -> Bool { totalsWords.contains(HeaderAliases.fold(text)) }

  private static let totalsWords: Set<String> = [
    "jumlah", "total", "jumlah total", "grand total", "total keseluruhan", "jumlah keseluruhan", "sub total",
    "subtotal", "jml", "jumlah seluruhnya",
  ]

  /// A row with "JUMLAH", "TOTAL" or the like in one of its first three cells.
  static func isTotalsRow(_ row: SourceRow) -> Bool {
    // Every totals word is short and begins with three ASCII letters from a short list: decide on
    // the bytes first, and fold the text only when they match or are not ASCII. (Folding every
    // "sertifikasi_halal" was 2.7% of the L job.) Most cells are ruled out by their first byte
    // alone: the three bytes' head, then a search of the list, for each of three cells took 240
    // instructions a row, 3.3% of `validate` at size M.
    let firstBytes = totalsFirstBytes
    var candidates = row.shortTextCells(amongFirst: 3, maximumLength: 24) { bytes in
      let first = bytes[0]
      guard first >= 0x80 || (first >= 0x40 && firstBytes >> (first &- 0x40) & 1 != 0) else { return false }
      let head = head(bytes)
      return head & 0x0080_8080 != 0 || totalsHeads.contains(head)
    }
    while candidates != 0 {
      if case .text(let text) = row.cell(candidates.trailingZeroBitCount), isTotalsLabel(text) { return true }
      candidates &= candidates - 1
    }
    return false
  }

  /// A text's first three bytes (UTF-8; ASCII capitals lowercased), packed first byte highest, zeros
  /// where the text is shorter.
  @inline(__always)
  private static func head(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
    var head: UInt32 = 0
    for offset in 0..<3 {
      let byte = offset < bytes.count ? bytes[offset] : 0
      head = head << 8 | UInt32(byte &- 0x41 < 26 ? byte | 0x20 : byte)
    }
    return head
  }

  /// The heads (`head(_:)`) of every totals word.
  private static let totalsHeads: [UInt32] = Array(Set(totalsWords.map { Array($0.utf8).withUnsafeBufferPointer(head) }))

  /// Bit `b - 0x40` set for each ASCII byte `b` a totals word's head may begin with, in either case.
  private static let totalsFirstBytes: UInt64 = totalsHeads.reduce(0) { bits, head in
    let first = UInt8(head >> 16)
    return bits | 1 << (first - 0x40) | 1 << (first & ~0x20 - 0x40)
  }
}
