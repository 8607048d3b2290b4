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
  func feed(_ row: SourceRow) throws {
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

  private func process(_ row: SourceRow) throws {
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
    fields!.start(row)
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
    // "sertifikasi_halal" was 2.7% of the L job.)
    let heads = totalsHeads
    var candidates = row.shortTextCells(amongFirst: 3, maximumLength: 24) { head in
      head & 0x0080_8080 != 0 || heads.contains(head)
    }
    while candidates != 0 {
      if case .text(let text) = row.cell(candidates.trailingZeroBitCount), isTotalsLabel(text) { return true }
      candidates &= candidates - 1
    }
    return false
  }

  /// The first three bytes of every totals word, packed as `SourceRow.shortTextCells` packs them.
  private static let totalsHeads: [UInt32] = Array(
    Set(totalsWords.map { word in word.utf8.prefix(3).reduce(UInt32(0)) { $0 << 8 | UInt32($1) } }))
}
