import BerdayaModel
import XLSReader
import XLSXReader

extension FileImporter {
  func openXLSX(_ path: String) throws -> any WorkbookSource {
    do { return try XLSXWorkbook(path: path) } catch { throw ImportError(file: path, reason: "\(error)") }
  }

  func openXLS(_ path: String) throws -> any WorkbookSource {
    do { return try XLSWorkbook(path: path) } catch { throw ImportError(file: path, reason: "\(error)") }
  }

  /// Reads the chosen sheets, or every visible sheet whose header matches the record kind.
  func readWorkbook(
    _ input: InputFile, context: TableContext, summary: inout FileImportSummary, workbook: any WorkbookSource
  ) throws {
    let chosen = try chooseSheets(input, workbook: workbook, summary: &summary)
    for sheet in chosen {
      let reader = TableReader(context: context, sheet: sheet.name)
      let spreader = MergeSpreader(ranges: try wrap(input.path, sheet.name) { try workbook.mergedRanges(of: sheet) })
      try wrap(input.path, sheet.name) {
        try workbook.forEachRow(in: sheet) { row in
          try reader.feed(SourceRow(number: row.index, cells: spreader.spread(row)))
        }
      }
      if try reader.finish() {
        summary.add(reader)
      } else if !input.sheets.isEmpty {
        throw ImportError(file: input.path, sheet: sheet.name, reason: noHeaderReason(input.kind))
      } else {
        summary.skippedSheets.append((sheet.name, "no \(input.kind.rawValue) header found"))
      }
    }
    if summary.tables.isEmpty {
      throw ImportError(file: input.path, reason: "no sheet has a \(input.kind.rawValue) header; " + noHeaderReason(input.kind))
    }
  }

  private func chooseSheets(_ input: InputFile, workbook: any WorkbookSource, summary: inout FileImportSummary) throws
    -> [SheetInfo]
  {
    guard !input.sheets.isEmpty else {
      for sheet in workbook.sheets where sheet.isHidden { summary.skippedSheets.append((sheet.name, "hidden")) }
      return workbook.sheets.filter { !$0.isHidden }
    }
    return try input.sheets.map { wanted in
      if let sheet = workbook.sheets.first(where: { $0.name == wanted }) { return sheet }
      if let index = Int(wanted), let sheet = workbook.sheets.first(where: { $0.index == index }) { return sheet }
      let names = workbook.sheets.map { "'\($0.name)'" }.joined(separator: ", ")
      throw ImportError(file: input.path, reason: "no sheet named '\(wanted)'; the workbook has \(names)")
    }
  }

  private func wrap<T>(_ path: String, _ sheet: String, _ body: () throws -> T) throws -> T {
    do { return try body() } catch let error as ImportError { throw error } catch {
      throw ImportError(file: path, sheet: sheet, reason: "\(error)")
    }
  }
}

/// Copies a merged range's value into every cell it covers (a merged header over two columns, or a
/// kecamatan merged down over its enterprises' rows).
final class MergeSpreader {
  private let ranges: [CellRange]
  private var values: [CellRange: RawCell] = [:]

  init(ranges: [CellRange]) { self.ranges = ranges }

  func spread(_ row: SpreadsheetRow) -> [RawCell] {
    var cells = row.cells.map(RawCell.init)
    guard !ranges.isEmpty else { return cells }
    for range in ranges where range.firstRow <= row.index && row.index <= range.lastRow {
      if row.index == range.firstRow {
        values[range] = range.firstColumn < cells.count ? cells[range.firstColumn] : .empty
      }
      guard let value = values[range] else { continue }
      if cells.count <= range.lastColumn { cells += Array(repeating: .empty, count: range.lastColumn + 1 - cells.count) }
      for column in range.firstColumn...range.lastColumn { cells[column] = value }
    }
    return cells
  }
}
