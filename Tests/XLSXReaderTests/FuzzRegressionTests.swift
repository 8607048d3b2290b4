import Foundation
import Testing
import XLSXReader

/// Inputs scripts/fuzz found that crashed the reader, kept as they were found (Fixtures/fuzz) and
/// cut down by hand to the construct that mattered.
@Suite struct FuzzRegressionTests {
  /// Reads every sheet; the rows, or the XLSXReadError that stopped the read.
  func read(_ path: String) -> Result<[[SpreadsheetRow]], XLSXReadError> {
    do {
      let book = try XLSXWorkbook(path: path)
      return .success(try book.sheets.map { try book.rows(in: $0) })
    } catch let error as XLSXReadError {
      return .failure(error)
    } catch {
      Issue.record("not an XLSXReadError: \(error)")
      return .success([])
    }
  }

  /// A `<row>` inside an open `<c>`: the cell's `</c>` came in the new row at column -1 (index out of range).
  @Test func cellOpenAcrossRowsAsFound() throws {
    _ = read(Conformance.fixture("fuzz/cell-open-across-rows.xlsx"))
  }

  @Test func cellOpenAcrossRows() throws {
    let path = try TestZip.workbook(sheet: #"<row r="1"><c r="A1"><v>1</v><row r="2"></c><c><v>2</v></c></row>"#).write()
    let rows = try read(path).get()
    #expect(rows.map { $0.map(\.index) } == [[2]])
    #expect(rows.map { $0.map(\.cells) } == [[[.number(2)]]])
  }
}
