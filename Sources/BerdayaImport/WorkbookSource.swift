import XLSReader
import XLSXReader

/// What the importer needs of a workbook, whatever its format (XLSX or legacy XLS).
protocol WorkbookSource {
  var sheets: [SheetInfo] { get }
  func mergedRanges(of sheet: SheetInfo) throws -> [CellRange]
  func forEachRow(in sheet: SheetInfo, _ body: (SpreadsheetRow) throws -> Void) throws
}

extension XLSXWorkbook: WorkbookSource {}
extension XLSWorkbook: WorkbookSource {}

extension RawCell {
  init(_ cell: SpreadsheetCell) {
    switch cell {
    case .empty: self = .empty
    case .text(let text): self = .text(text)
    case .number(let value): self = .number(value)
    case .bool(let value): self = .bool(value)
    case .date(let serial): self = .date(serial: serial)
    case .error(let code): self = .error(code)
    }
  }
}
