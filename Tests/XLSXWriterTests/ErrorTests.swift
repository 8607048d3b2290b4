import Foundation
import Testing
import XLSXWriter

@Suite struct ErrorTests {
  @Test(arguments: [
    ("Summary[1]", 15),  // LXW_ERROR_INVALID_SHEETNAME_CHARACTER
    ("a/b", 15),
    ("Ringkasan data kecamatan per sektor", 14),  // LXW_ERROR_SHEETNAME_LENGTH_EXCEEDED
    ("'quoted'", 16),  // LXW_ERROR_SHEETNAME_START_END_APOSTROPHE
  ])
  func invalidSheetNameIsRejected(name: String, code: Int32) throws {
    let dir = try TemporaryDirectory()
    defer { dir.cleanUp() }
    let workbook = try Workbook(path: dir.path("bad.xlsx"))
    let error = #expect(throws: XLSXWriterError.self) { try workbook.addWorksheet(name) }
    #expect(error?.code == code)
    #expect(error?.operation == "adding worksheet \"\(name)\"")
    try workbook.close()
  }

  @Test func duplicateSheetNameIsRejectedRegardlessOfCase() throws {
    let dir = try TemporaryDirectory()
    defer { dir.cleanUp() }
    let workbook = try Workbook(path: dir.path("dup.xlsx"))
    _ = try workbook.addWorksheet("Summary")
    let error = #expect(throws: XLSXWriterError.self) { try workbook.addWorksheet("SUMMARY") }
    #expect(error?.code == 17)  // LXW_ERROR_SHEETNAME_ALREADY_USED
    #expect(error?.message.contains("already") == true)
    try workbook.close()
  }

  @Test func rowOutOfRangeNamesTheCell() throws {
    let dir = try TemporaryDirectory()
    defer { dir.cleanUp() }
    let workbook = try Workbook(path: dir.path("range.xlsx"))
    let sheet = try workbook.addWorksheet("Summary")
    let error = #expect(throws: XLSXWriterError.self) {
      try sheet.writeNumber(1, row: 1_048_576, column: 2)
    }
    #expect(error?.code == 23)  // LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE
    #expect(error?.operation == "writing Summary!C1048577")
    #expect(
      error?.description
        == "xlsxwriter error 23: Worksheet row or column index out of range. - while writing Summary!C1048577"
    )

    let negative = #expect(throws: XLSXWriterError.self) {
      try sheet.writeText("x", row: -1, column: 0)
    }
    #expect(negative?.code == 23)
    let wide = #expect(throws: XLSXWriterError.self) {
      try sheet.writeText("x", row: 0, column: 70_000)
    }
    #expect(wide?.code == 23)
    try workbook.close()
  }

  @Test func errorFromCNamesQuotedSheetAndRange() throws {
    let dir = try TemporaryDirectory()
    defer { dir.cleanUp() }
    let workbook = try Workbook(path: dir.path("merge.xlsx"))
    let sheet = try workbook.addWorksheet("Ringkasan Data")
    // A single cell is not a mergeable range; libxlsxwriter refuses it.
    let error = #expect(throws: XLSXWriterError.self) {
      try sheet.mergeRange(
        CellRange(firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 0), text: "Judul")
    }
    #expect(error?.operation == "merging 'Ringkasan Data'!A1")
    try workbook.close()
  }

  @Test func overlongValidationListIsAnError() throws {
    let dir = try TemporaryDirectory()
    defer { dir.cleanUp() }
    let workbook = try Workbook(path: dir.path("list.xlsx"))
    let sheet = try workbook.addWorksheet("Data")
    let items = (1...60).map { "Kecamatan \($0)" }
    let error = #expect(throws: XLSXWriterError.self) {
      try sheet.dataValidation(CellRange.column(0, rows: 1...10), DataValidation(.list(items)))
    }
    #expect(error?.operation == "adding data validation to Data!A2:A11")
    try workbook.close()
  }

  @Test func closeReportsUnwritablePath() throws {
    let workbook = try Workbook(path: "/nonexistent-dir-for-xlsxwriter-tests/out.xlsx")
    _ = try workbook.addWorksheet("Data")
    // close() consumes the workbook, so it cannot go inside an #expect closure.
    do {
      try workbook.close()
      Issue.record("closing into a missing directory succeeded")
    } catch {
      #expect(error.code == 2)  // LXW_ERROR_CREATING_XLSX_FILE
      #expect(error.operation == "writing /nonexistent-dir-for-xlsxwriter-tests/out.xlsx")
    }
  }
}

@Suite struct OwnershipTests {
  /// A worksheet handle used after `close()` traps instead of writing into freed C memory.
  @Test func worksheetUsedAfterCloseTraps() async {
    await #expect(processExitsWith: .failure) {
      let path = FileManager.default.temporaryDirectory.appendingPathComponent("after-close.xlsx")
        .path
      guard let workbook = try? Workbook(path: path), let sheet = try? workbook.addWorksheet("Data")
      else { return }
      try? workbook.close()
      try? sheet.writeNumber(1, row: 0, column: 0)
    }
  }
}
