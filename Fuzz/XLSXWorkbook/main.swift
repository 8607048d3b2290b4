// libFuzzer target: the XLSX reader (zip container, inflate, workbook/relationship/shared-string/
// style parts, the streaming sheet scanner, merged ranges).
//
// An input starting with "PK" is read as the .xlsx file itself, so the zip layer is fuzzed with
// real workbooks as seeds. Any other input is parts separated by `WorkbookParts.separator`
// (sheet, shared strings, styles, workbook), packed by `WorkbookParts` into a stored zip with
// right CRCs, so mutations reach the XML scanner instead of dying on a checksum.
// An XLSXReadError is a fine answer; a crash, a hang or a runaway allocation is a finding.
import XLSXReader

/// Tighter than the defaults so that a bomb trips a limit instead of libFuzzer's memory cap.
private let limits = XLSXLimits(maxInflatedBytes: 256 << 20, maxSharedStringBytes: 64 << 20, scanBufferBytes: 64)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let input = UnsafeBufferPointer(start: data, count: size)
  let isZip = size >= 2 && data[0] == UInt8(ascii: "P") && data[1] == UInt8(ascii: "K")
  let bytes = isZip ? Array(input) : WorkbookParts(input).zip()
  let path = bytes.withUnsafeBytes { ScratchFile.write($0, name: "input.xlsx") }
  do {
    let book = try XLSXWorkbook(path: path, limits: limits)
    for sheet in book.sheets {
      var rows = 0
      try book.forEachRow(in: sheet) { row in
        precondition(row.index >= 1 && row.index <= limits.maxRows, "row \(row.index) outside the sheet")
        precondition(row.cells.count <= limits.maxColumns, "\(row.cells.count) cells in one row")
        rows += 1
      }
      for range in try book.mergedRanges(of: sheet) {
        precondition(range.firstRow <= range.lastRow && range.firstColumn <= range.lastColumn, "\(range)")
      }
    }
  } catch is XLSXReadError {
    return 0
  } catch {
    preconditionFailure("not an XLSXReadError: \(error)")
  }
  return 0
}
