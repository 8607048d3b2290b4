import Foundation
import Testing
import XLSXReader

/// Single-feature cases from calamine, python-calamine, excelize, readxl, tealeg, POI and SheetJS,
/// with the expectations their own test suites state (see shared/conformance/README.md).
@Suite struct ReaderCaseTests {
  func rows(_ path: String, sheet: Int = 0) throws -> [SpreadsheetRow] {
    let book = try XLSXWorkbook(path: Conformance.xlsx(path))
    return try book.rows(in: book.sheets[sheet])
  }

  func first(_ path: String) throws -> SpreadsheetCell {
    Conformance.cell(try rows(path), 0, 0)
  }

  @Test func errorsAllSeven() throws {
    let cells = try rows("calamine/tests/errors.xlsx").map { $0.cells[0] }
    #expect(cells == ["#DIV/0!", "#NAME?", "#VALUE!", "#NULL!", "#REF!", "#NUM!", "#N/A"].map { .error($0) })
  }

  @Test func dates1900And1904ReadTheSame() throws {
    let book1900 = try XLSXWorkbook(path: Conformance.xlsx("calamine/tests/date.xlsx"))
    let book1904 = try XLSXWorkbook(path: Conformance.xlsx("calamine/tests/date_1904.xlsx"))
    #expect(!book1900.uses1904DateSystem)
    #expect(book1904.uses1904DateSystem)
    let a = try book1900.rows(in: book1900.sheets[0])
    let b = try book1904.rows(in: book1904.sheets[0])
    #expect(Conformance.cell(a, 0, 0) == .date(serial: 44197))
    #expect(Conformance.cell(b, 0, 0) == .date(serial: 44197))  // 42735 + 1462
    // A3 is an elapsed-time format ([h]:mm:ss): a duration stays a number.
    #expect(Conformance.cell(a, 2, 0) == .number(10.6320601851852))
    #expect(Conformance.cell(b, 2, 0) == .number(10.6320601851852))
  }

  @Test func isoDateCells() throws {
    let r = try rows("calamine/tests/date_iso.xlsx")
    #expect(Conformance.cell(r, 0, 0) == .date(serial: 44197))
    #expect(Conformance.text(Conformance.cell(r, 1, 0)) == "2021-01-01 10:10:10")
    #expect(Conformance.text(Conformance.cell(r, 2, 0)) == "1899-12-30 10:10:10")
  }

  @Test func quotedLiteralDateFormats() throws {
    let r = try rows("calamine/tests/date_quoted_format.xlsx")
    #expect(r.map { $0.cells[0] } == Array(repeating: .date(serial: 44197), count: 4))
  }

  @Test func csvkit1904DatesAndBooleans() throws {
    let book = try XLSXWorkbook(path: Conformance.xlsx("csvkit/examples/test.xlsx"))
    #expect(book.uses1904DateSystem)
    let r = try book.rows(in: book.sheets[0])
    let text = r.map { $0.cells.map(Conformance.text).joined(separator: ",") }
    #expect(text.contains { $0.contains("1971-01-01") })
  }

  @Test func dateSerialBeyondYear9999StaysANumber() throws {
    let r = try rows("python-calamine/tests/data/issue139.xlsx")
    #expect(r.map(\.cells) == [[.text("date")], [.number(2_994_626)]])
  }

  @Test func x000DEscapesInSharedAndInlineStrings() throws {
    #expect(try first("calamine/tests/has_x000D_.xlsx") == .text("ABC\r\nDEF"))
    #expect(try first("calamine/tests/has_x000D_inline.xlsx") == .text("ABC\r\nDEF"))
  }

  @Test func entitiesAndEmptyString() throws {
    let r = try rows("calamine/tests/encoded_entities.xlsx")
    #expect(r.map { $0.cells[0] } == [.text("&"), .text("")])
  }

  @Test func richTextRunsInlineAndShared() throws {
    let r = try rows("calamine/tests/richtext-namespaced.xlsx")
    #expect(Conformance.cell(r, 0, 0) == .text("inline string\nLine 2\nLine 3"))
    #expect(Conformance.cell(r, 0, 7) == .text("shared string\nLine 2\nLine 3"))
    #expect((1...6).allSatisfy { Conformance.cell(r, 0, $0) == .empty })
    // Runs keep the space between them ("Regular " + "Bold").
    #expect(try first("xlsx2csv/test/formatted_inline_string.xlsx") == .text("Regular Bold"))
    #expect(try first("excelize/test/SharedStrings.xlsx") == .text("A"))
    let book = try XLSXWorkbook(path: Conformance.xlsx("excelize/test/SharedStrings.xlsx"))
    #expect(Conformance.cell(try book.rows(in: book.sheets[1]), 0, 0) == .text("Test Weight (Kgs)"))
  }

  @Test func phoneticRunsAreSkipped() throws {
    #expect(try first("calamine/tests/rph.xlsx") == .text("課きく　毛こ"))
  }

  @Test func whitespaceTrimUnlessPreserved() throws {
    let book = try XLSXWorkbook(path: Conformance.xlsx("calamine/tests/whitespace_trim.xlsx"))
    for sheet in book.sheets {
      let r = try book.rows(in: sheet)
      #expect(Conformance.cell(r, 0, 0) == .text("trimmed value"))
      #expect(Conformance.cell(r, 1, 1) == .text("  line1\nline2  "))
      #expect(Conformance.cell(r, 2, 0) == .text("日期 时间"))
    }
    #expect(Conformance.cell(try book.rows(in: book.sheets[0]), 0, 2) == .text(" \t\n"))
  }

  @Test func sharedVersusInlineStrings() throws {
    #expect(try rows("calamine/tests/empty_shared_string.xlsx").map { $0.cells[0] } == [.text("abc"), .text("")])
    let r = try rows("calamine/tests/empty_shared_string_value.xlsx")
    #expect(r[1].cells == [.text("Alice"), .empty, .text("Active")])
    #expect(r[2].cells == [.empty, .text("Berlin")])
    let inline = try rows("calamine/tests/inlineStr_with_value.xlsx")
    #expect(Conformance.cell(inline, 0, 4) == .text("ID"))
    #expect(Conformance.cell(inline, 1, 4) == .text("RQ11610"))
    #expect(Conformance.cell(inline, 1, 3) == .text("1."))
    let cdata = try rows("calamine/tests/inlineStr_cdata.xlsx")
    #expect(cdata.map(\.cells) == [[.text("Hello CDATA"), .text("World")], [.text("12345"), .text("NormalText")]])
  }

  @Test func emptyStyleAttributeIsTolerated() throws {
    let r = try rows("calamine/tests/empty_s_attribute.xlsx")
    #expect(r.count == 5)
    #expect(r.allSatisfy { $0.cells.count == 2 })
  }

  @Test func missingRAttributesReadLikeExcelsResave() throws {
    let a = try rows("calamine/tests/issue_261.xlsx")
    let b = try rows("calamine/tests/issue_261_fixed_by_excel.xlsx")
    #expect(a.map(\.index) == b.map(\.index))
    #expect(a.map(\.cells) == b.map(\.cells))
    #expect(a.last?.index == 66)
    #expect(!a.contains { $0.index == 5 })
    #expect(Conformance.cell(a, 0, 0) == .text("String Value 32"))
    #expect(Conformance.cell(a, 60, 6) == .number(939))
    #expect(Conformance.cell(a, 65, 3) == .text("String Value 8"))
  }

  @Test func poiRowsAndCellsWithoutNumbers() throws {
    let r = try rows("apache-poi/test-data/spreadsheet/54288.xlsx")
    let ref = try rows("apache-poi/test-data/spreadsheet/54288-ref.xlsx")
    #expect(r.map(\.cells) == ref.map(\.cells))
    let noNumbers = try rows("apache-poi/test-data/spreadsheet/59746_NoRowNums.xlsx")
    #expect(noNumbers.last?.index == 71)
    #expect(Conformance.cell(noNumbers, 0, 0) == .text("Checked"))
    #expect(Conformance.cell(noNumbers, 9, 2) == .text("Checked"))
    #expect(Conformance.cell(noNumbers, 70, 8) == .bool(false))
  }

  @Test func hiddenSheetsListedChartsheetsNot() throws {
    let book = try XLSXWorkbook(path: Conformance.xlsx("calamine/tests/any_sheets.xlsx"))
    #expect(
      book.sheets == [
        SheetInfo(name: "Visible", index: 0, isHidden: false), SheetInfo(name: "Hidden", index: 1, isHidden: true),
        SheetInfo(name: "VeryHidden", index: 2, isHidden: true),
      ])
  }

  @Test func emptySheetHasNoRows() throws {
    #expect(try rows("calamine/tests/empty_sheet.xlsx").isEmpty)
  }

  /// Gnumeric wrote style-only cells out to XFD1048576: the very edge of the sheet must be accepted.
  @Test func veryWideGnumericSheetOpens() throws {
    let r = try rows("calamine/tests/issue_174.xlsx")
    #expect(Conformance.cell(r, 0, 0) == .text("Your Ref #"))
    #expect(r.allSatisfy { $0.index <= 1_048_576 })
  }

  @Test func overflowNumericCell() throws {
    #expect(try first("excelize/test/OverflowNumericCell.xlsx") == .number(8_595_602_512_225))
  }

  @Test func strictOOXMLReadsLikeTransitional() throws {
    #expect(try !rows("calamine/tests/strict_iso_paths.xlsx").isEmpty)
    let strict = try Conformance.read(Conformance.xlsx("apache-poi/test-data/spreadsheet/SampleSS.strict.xlsx"))
    let transitional = try Conformance.read(Conformance.xlsx("apache-poi/test-data/spreadsheet/SampleSS.xlsx"))
    #expect(strict.map(\.0) == transitional.map(\.0))
    #expect(strict.map { $0.1.map(\.cells) } == transitional.map { $0.1.map(\.cells) })
    let s2 = try Conformance.read(Conformance.xlsx("sheetjs-test_files/sheet_visibility_strict.xlsx"))
    let t2 = try Conformance.read(Conformance.xlsx("sheetjs-test_files/sheet_visibility.xlsx"))
    #expect(s2.map(\.0) == t2.map(\.0))
    #expect(s2.map { $0.1.map(\.cells) } == t2.map { $0.1.map(\.cells) })
  }

  @Test func oddPackageLayouts() throws {
    #expect(Conformance.cell(try rows("calamine/tests/minimal_package.xlsx"), 2, 0) == .text("BKG_NUM"))
    #expect(try first("calamine/tests/issue_419.xlsx") == .text("Hello"))
    #expect(try first("calamine/tests/issue_530.xlsx") == .text("报表导出人："))
    #expect(try first("sheetjs-test_files/wtf_path.xlsx") == .number(1))
    #expect(try rows("calamine/tests/nonstandard-xml-ns-prefix.xlsx").map(\.cells) == [
      [.text("a"), .text("b")], [.number(1), .number(3)], [.number(2), .number(4)],
    ])
    let ekb = try rows("readxl/tests/testthat/sheets/Ekaterinburg_IP_9.xlsx")
    #expect(ekb.contains { $0.cells.contains(.text("27.05.2004")) })
  }

  @Test func mergedRanges() throws {
    let book = try XLSXWorkbook(path: Conformance.xlsx("python-calamine/tests/data/base.xlsx"))
    let sheet = try #require(book.sheet(named: "Merged Cells"))
    #expect(
      try book.mergedRanges(of: sheet) == [
        CellRange(firstRow: 1, firstColumn: 0, lastRow: 2, lastColumn: 0),
        CellRange(firstRow: 1, firstColumn: 1, lastRow: 2, lastColumn: 1),
      ])
    let merge = try XLSXWorkbook(path: Conformance.xlsx("calamine/tests/merge_cells.xlsx"))
    #expect(
      try merge.mergedRanges(of: merge.sheets[0]) == [
        CellRange(firstRow: 1, firstColumn: 0, lastRow: 1, lastColumn: 1),
        CellRange(firstRow: 2, firstColumn: 0, lastRow: 4, lastColumn: 0),
        CellRange(firstRow: 2, firstColumn: 1, lastRow: 4, lastColumn: 3),
      ])
  }

  @Test func pythonCalamineBaseTypes() throws {
    let book = try XLSXWorkbook(path: Conformance.xlsx("python-calamine/tests/data/base.xlsx"))
    #expect(book.sheets.map(\.name) == ["Sheet1", "Sheet2", "Sheet3", "Merged Cells"])
    let r = try book.rows(in: book.sheets[0])
    let row = try #require(r.first { $0.index == 2 })
    #expect(Array(row.cells.prefix(5)) == [.text("String"), .number(1), .number(1.1), .bool(true), .bool(false)])
    #expect(Conformance.text(row.cells[5]) == "2010-10-10")
    #expect(Conformance.text(row.cells[6]) == "2010-10-10 10:10:10")
    #expect(try book.rows(in: book.sheets[1]).isEmpty)
  }

  @Test func formulaWithoutCachedValueIsEmpty() throws {
    let r = try rows("readxl/tests/testthat/sheets/missing-v-node-xlsx.xlsx")
    // The header row names "A + B"; its formula cells have no <v>, so nothing is reported there.
    let header = try #require(r.first)
    let column = try #require(header.cells.firstIndex(of: .text("A + B")))
    #expect(r.dropFirst().allSatisfy { column >= $0.cells.count || $0.cells[column] == .empty })
  }

  @Test func booleansAgainstExcelCSV() throws {
    let r = try rows("sheetjs-test_files/apachepoi_Booleans.xlsx")
    let expected = try String(
      contentsOfFile: Conformance.xlsx("sheetjs-test_files/apachepoi_Booleans.xlsx.0.csv"), encoding: .utf8)
    let lines = expected.split(whereSeparator: \.isNewline).map(String.init)
    let actual = Conformance.csv(r).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(Array(actual.prefix(lines.count)) == lines)
  }

  @Test func googleSheetsExportReadsLikeExcel() throws {
    let google = try rows("readxl/tests/testthat/sheets/iris-google-doc.xlsx")
    let excel = try rows("readxl/tests/testthat/sheets/iris-excel-xlsx.xlsx")
    #expect(google.map(\.cells) == excel.map(\.cells))
  }

  @Test func otherWritersOpen() throws {
    #expect(try first("tealeg-xlsx/testdocs/macNumbersTest.xlsx") != .empty)
    let wps = try XLSXWorkbook(path: Conformance.xlsx("tealeg-xlsx/testdocs/wpsBlankLineTest.xlsx"))
    #expect(Conformance.cell(try wps.rows(in: wps.sheets[0]), 0, 0) == .text("编号"))
    _ = try Conformance.read(Conformance.xlsx("tealeg-xlsx/testdocs/googleDocsTest.xlsx"))
    _ = try Conformance.read(Conformance.xlsx("tealeg-xlsx/testdocs/namespaced.xlsx"))
    _ = try Conformance.read(Conformance.xlsx("apache-poi/test-data/spreadsheet/MalformedSSTCount.xlsx"))
    _ = try Conformance.read(Conformance.xlsx("excelize/test/BadWorkbook.xlsx"))
  }
}

