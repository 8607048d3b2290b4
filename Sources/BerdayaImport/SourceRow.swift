import CSVStream

/// One row of a source (a CSV record or a sheet row), decoded cell by cell on demand.
///
/// Decoding only the cells a mapped column needs keeps the hot loop from making a String for
/// every field of every row.
public struct SourceRow {
  enum Storage {
    case csv(CSVRow, Decoder)
    case cells([RawCell])
  }

  /// A CSV row's decoder, not retained: the row borrows the parser's buffer and lives only inside
  /// the row handler, and so does this reference (the reader that owns the decoder outlives both).
  /// Measured: retaining and releasing it for every row and every copy of one (a `FieldReader` per
  /// row) was 1.3% of the instructions of reading activities into records. (The same for the
  /// reader's table made its every use a retain and release: twice the CPU time of the L job.)
  struct Decoder {
    unowned(unsafe) let decoder: CSVCellDecoder
  }

  let storage: Storage
  /// 1-based row (sheet) or physical line (CSV) number where the row starts.
  public let number: Int

  init(csv row: CSVRow, decoder: CSVCellDecoder) {
    storage = .csv(row, Decoder(decoder: decoder))
    number = row.line
  }

  init(number: Int, cells: [RawCell]) {
    storage = .cells(cells)
    self.number = number
  }

  /// Number of cells (the last non-empty one for sheets, every field for CSV).
  public var count: Int {
    switch storage {
    case .csv(let row, _): row.count
    case .cells(let cells): cells.count
    }
  }

  /// The cell in column `index` (0-based); `.empty` past the end.
  public func cell(_ index: Int) -> RawCell {
    guard index >= 0, index < count else { return .empty }
    switch storage {
    case .csv(let row, let decoder):
      let bytes = row.bytes(index)
      return bytes.isEmpty ? .empty : .text(decoder.decoder.decode(bytes, line: row.line, field: index))
    case .cells(let cells):
      return cells[index]
    }
  }

  /// Which of the first `limit` cells (bit `i` for cell `i`) hold text of under `maximumLength`
  /// bytes that `matches` (given its UTF-8 bytes, never empty), decided without decoding a cell.
  ///
  /// One switch on the storage for all the cells, the bytes read in place: asked of every row
  /// (totals rows), a switch, a generic loop over a prefix and a tuple per cell took 360
  /// instructions a row, 4.7% of the instructions of `validate` at size M.
  @inline(__always)
  func shortTextCells(
    amongFirst limit: Int, maximumLength: Int, matching matches: (UnsafeBufferPointer<UInt8>) -> Bool
  ) -> Int {
    var found = 0
    switch storage {
    case .csv(let row, _):
      for index in 0..<min(limit, row.count) {
        let bytes = row.bytes(index)
        if !bytes.isEmpty, bytes.count < maximumLength, matches(bytes) { found |= 1 << index }
      }
    case .cells(let cells):
      for index in 0..<min(limit, cells.count) {
        guard case .text(var text) = cells[index], !text.isEmpty else { continue }
        if text.withUTF8({ $0.count < maximumLength && matches($0) }) { found |= 1 << index }
      }
    }
    return found
  }

  /// True when every CSV field that is not empty is known to be tidy ASCII (`CSVRow.fieldsAreTidyASCII`);
  /// false says nothing.
  var fieldsAreTidyASCII: Bool {
    guard case .csv(let row, _) = storage else { return false }
    return row.fieldsAreTidyASCII
  }

  /// `body` applied to a CSV field's raw bytes (borrowed from the parser's buffer for the call
  /// only); nil for a workbook row.
  func withCSVBytes<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
    guard case .csv(let row, _) = storage, index >= 0, index < row.count else { return nil }
    return body(row.bytes(index))
  }

  /// `body` applied to a CSV field's bytes when they are tidy ASCII (`FieldReader.isTidyASCII`,
  /// and so not empty), known from the parser's pass over the line or checked here; nil for
  /// anything else or a workbook row.
  func withTidyCSVBytes<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
    guard case .csv(let row, _) = storage, index >= 0, index < row.count else { return nil }
    let bytes = row.bytes(index)
    guard !bytes.isEmpty, row.fieldsAreTidyASCII || FieldReader.isTidyASCII(bytes) else { return nil }
    return body(bytes)
  }

  /// A CSV field's text made straight from its bytes when it is tidy ASCII (the common case, and
  /// the import's hottest path); nil for anything that needs decoding, trimming or a workbook cell.
  func tidyASCIIText(_ index: Int) -> String? {
    withTidyCSVBytes(index) { String(decoding: $0, as: UTF8.self) }
  }

  /// Every cell, for header detection and messages.
  public var cells: [RawCell] { (0..<count).map(cell) }

  /// True when no cell holds anything but white space.
  public var isBlank: Bool {
    switch storage {
    case .csv(let row, _):
      if row.isBlank { return true }
      // A row with bytes whose fields are all tidy has a field that is not white space (a tidy
      // field neither begins nor ends with a space): asked of every row, the fields' bytes were
      // looked at for 56 instructions a row.
      if row.fieldsAreTidyASCII { return false }
      return (0..<row.count).allSatisfy { index in
        row.bytes(index).allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0A }
      }
    case .cells(let cells):
      return cells.allSatisfy(\.isBlank)
    }
  }
}
