import Foundation
import Testing
import XLSXReader

/// A debugging aid, not a check: `XLSX_DUMP=/path/file.xlsx swift test --filter dump` prints the
/// workbook's sheets and rows as the reader sees them.
@Test(.enabled(if: ProcessInfo.processInfo.environment["XLSX_DUMP"] != nil))
func dump() throws {
  let path = ProcessInfo.processInfo.environment["XLSX_DUMP"] ?? ""
  do {
    let book = try XLSXWorkbook(path: path)
    for sheet in book.sheets {
      print("== \(sheet.index) \(sheet.name) hidden=\(sheet.isHidden) merges=\(try book.mergedRanges(of: sheet))")
      try book.forEachRow(in: sheet) { print($0.index, $0.cells) }
    }
  } catch {
    print("ERROR", error)
  }
}
