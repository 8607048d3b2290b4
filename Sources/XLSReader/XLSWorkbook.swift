import CFreeXL
import XLSXReader

/// A legacy .xls (BIFF) workbook read through libfreexl, with the same shape as `XLSXWorkbook`.
///
/// libfreexl parses the whole file at open (BIFF sheets are at most 65,536 rows), so rows come
/// from memory. It does not report sheet visibility or merged ranges: every sheet has
/// `isHidden == false`, and `mergedRanges` is empty. It also skips formula cells (their cached
/// results are not read), so a totals row made by a formula comes out empty.
public final class XLSWorkbook {
  /// Every worksheet in workbook order.
  public let sheets: [SheetInfo]
  /// True when the workbook uses the 1904 date system (libfreexl already converts its dates).
  public let uses1904DateSystem: Bool
  private let handle: UnsafeRawPointer
  private let path: String

  /// Opens a workbook; the corresponding C function is `freexl_open`.
  public init(path: String) throws(XLSReadError) {
    self.path = path
    var opened: UnsafeRawPointer?
    let status = freexl_open(path, &opened)
    guard status == FREEXL_OK, let opened else {
      // freexl.h: "You are expected to freexl_close() even on failure".
      if let opened { freexl_close(opened) }
      throw XLSReadError(code: status, message: "\(Self.describe(status)) - while opening \(path)")
    }
    handle = opened
    var info: UInt32 = 0
    if freexl_get_info(opened, UInt16(FREEXL_BIFF_PASSWORD), &info) == FREEXL_OK, info == FREEXL_BIFF_OBFUSCATED {
      freexl_close(opened)
      throw XLSReadError(code: 0, message: "the workbook is password-protected (encrypted) - while opening \(path)")
    }
    var dateMode: UInt32 = 0
    _ = freexl_get_info(opened, UInt16(FREEXL_BIFF_DATEMODE), &dateMode)
    uses1904DateSystem = dateMode == FREEXL_BIFF_DATEMODE_1904
    var count: UInt32 = 0
    let countStatus = freexl_get_info(opened, UInt16(FREEXL_BIFF_SHEET_COUNT), &count)
    guard countStatus == FREEXL_OK else {
      freexl_close(opened)
      throw XLSReadError(code: countStatus, message: "\(Self.describe(countStatus)) - while counting sheets of \(path)")
    }
    var sheets: [SheetInfo] = []
    for index in 0..<min(Int(count), Int(UInt16.max)) {
      var name: UnsafePointer<CChar>?
      let nameStatus = freexl_get_worksheet_name(opened, UInt16(index), &name)
      let text = nameStatus == FREEXL_OK ? name.map { String(cString: $0) } ?? "" : ""
      sheets.append(SheetInfo(name: text, index: index, isHidden: false))
    }
    self.sheets = sheets
  }

  deinit { freexl_close(handle) }

  /// Always empty: libfreexl does not expose the MERGEDCELLS records.
  public func mergedRanges(of sheet: SheetInfo) throws(XLSReadError) -> [CellRange] { [] }

  /// Calls `body` for each row with a value, in order; dates become `.date` 1900-system serials.
  public func forEachRow(in sheet: SheetInfo, _ body: (SpreadsheetRow) throws -> Void) throws {
    guard sheet.index >= 0, sheet.index < sheets.count, sheets[sheet.index].name == sheet.name else {
      throw XLSReadError(code: FREEXL_BIFF_ILLEGAL_SHEET_INDEX, message: "no sheet \"\(sheet.name)\" in \(path)")
    }
    try check(freexl_select_active_worksheet(handle, UInt16(sheet.index)), "selecting sheet \(sheet.name)")
    var rowCount: UInt32 = 0
    var columnCount: UInt16 = 0
    try check(freexl_worksheet_dimensions(handle, &rowCount, &columnCount), "sizing sheet \(sheet.name)")
    var cells: [SpreadsheetCell] = []
    for row in 0..<rowCount {
      cells.removeAll(keepingCapacity: true)
      for column in 0..<columnCount {
        var value = FreeXL_CellValue()
        try check(
          freexl_get_cell_value(handle, row, column, &value), "reading \(sheet.name) row \(row + 1)")
        let cell = Self.cell(value)
        if case .empty = cell { continue }
        while cells.count < Int(column) { cells.append(.empty) }
        cells.append(cell)
      }
      if !cells.isEmpty { try body(SpreadsheetRow(index: Int(row) + 1, cells: cells)) }
    }
  }

  /// All rows of a sheet in memory: for small sheets and tests.
  public func rows(in sheet: SheetInfo) throws -> [SpreadsheetRow] {
    var rows: [SpreadsheetRow] = []
    try forEachRow(in: sheet) { rows.append($0) }
    return rows
  }

  private static func cell(_ value: FreeXL_CellValue) -> SpreadsheetCell {
    switch Int32(value.type) {
    case FREEXL_CELL_INT:
      return .number(Double(value.value.int_value))
    case FREEXL_CELL_DOUBLE:
      return .number(value.value.double_value)
    case FREEXL_CELL_TEXT, FREEXL_CELL_SST_TEXT:
      guard let text = value.value.text_value else { return .empty }
      return .text(String(decoding: UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self).bytes, as: UTF8.self))
    case FREEXL_CELL_DATE, FREEXL_CELL_DATETIME, FREEXL_CELL_TIME:
      // libfreexl renders dates as ISO text ("YYYY-MM-DD", "YYYY-MM-DD HH:MM:SS", "HH:MM:SS");
      // back to a serial so .xls and .xlsx dates reach the importer the same way.
      guard let text = value.value.text_value else { return .empty }
      let string = String(cString: text)
      if let serial = ISODate.serial(string) { return .date(serial: serial) }
      return .text(string)
    default:
      return .empty
    }
  }

  private func check(_ status: Int32, _ context: String) throws(XLSReadError) {
    guard status == FREEXL_OK else {
      throw XLSReadError(code: status, message: "\(Self.describe(status)) - while \(context) in \(path)")
    }
  }

  static func describe(_ status: Int32) -> String {
    switch status {
    case FREEXL_FILE_NOT_FOUND: return "file not found or not readable"
    case FREEXL_INSUFFICIENT_MEMORY: return "out of memory"
    case FREEXL_INVALID_CFBF_HEADER: return "not an .xls file (no valid compound-file header)"
    case FREEXL_CFBF_READ_ERROR, FREEXL_CFBF_SEEK_ERROR: return "corrupt or truncated .xls file"
    case FREEXL_CFBF_INVALID_SIGNATURE, FREEXL_CFBF_INVALID_SECTOR_SIZE, FREEXL_CFBF_EMPTY_FAT_CHAIN,
      FREEXL_CFBF_ILLEGAL_FAT_ENTRY:
      return "broken compound-file structure"
    case FREEXL_BIFF_INVALID_BOF: return "invalid BIFF record"
    case FREEXL_BIFF_INVALID_SST, FREEXL_BIFF_ILLEGAL_SST_INDEX: return "invalid shared string table"
    case FREEXL_BIFF_WORKBOOK_NOT_FOUND:
      return "no BIFF workbook stream (an encrypted .xlsx or another Office document?)"
    case FREEXL_BIFF_ILLEGAL_SHEET_INDEX: return "no such worksheet"
    default: return "libfreexl error"
    }
  }
}

extension UnsafePointer where Pointee == UInt8 {
  /// The NUL-terminated bytes starting here.
  fileprivate var bytes: UnsafeBufferPointer<UInt8> {
    var n = 0
    while self[n] != 0 { n += 1 }
    return UnsafeBufferPointer(start: self, count: n)
  }
}
