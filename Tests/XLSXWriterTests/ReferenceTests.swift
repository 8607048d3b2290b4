import Testing
import XLSXWriter

@Suite struct ReferenceTests {
  @Test(arguments: [
    (0, "A"), (25, "Z"), (26, "AA"), (51, "AZ"), (701, "ZZ"), (702, "AAA"), (16_383, "XFD"),
  ])
  func columnNames(column: Int, name: String) {
    #expect(CellAddress.columnName(column) == name)
  }

  @Test func cellAndRangeNotation() {
    #expect(CellAddress(row: 13, column: 2).description == "C14")
    #expect(CellAddress(row: 13, column: 2).absolute == "$C$14")
    #expect(
      CellRange(firstRow: 0, firstColumn: 0, lastRow: 19, lastColumn: 3).description == "A1:D20")
    #expect(CellRange.column(0, rows: 1...21).absolute == "$A$2:$A$22")
  }

  @Test(arguments: [
    ("Summary", "Summary"),
    ("Lists", "Lists"),
    ("Ringkasan Data", "'Ringkasan Data'"),
    ("Bob's", "'Bob''s'"),
    ("2024", "'2024'"),
    ("A1", "'A1'"),
    ("R1C1", "'R1C1'"),
    ("Data-Kec", "'Data-Kec'"),
    ("Sheet1", "Sheet1"),
  ])
  func sheetNameQuoting(name: String, quoted: String) {
    #expect(SheetName.quoted(name) == quoted)
  }

  @Test func sheetRangeFormula() {
    let range = SheetRange(sheet: "Ringkasan Data", range: .column(0, rows: 1...21))
    #expect(range.formula == "='Ringkasan Data'!$A$2:$A$22")
    #expect(
      SheetRange(sheet: "Lists", range: .column(0, rows: 1...21)).formula == "=Lists!$A$2:$A$22")
  }

  @Test func identicalFormatsAreShared() throws {
    let dir = try TemporaryDirectory()
    defer { dir.cleanUp() }
    let file = dir.path("formats.xlsx")
    let workbook = try Workbook(path: file)
    let sheet = try workbook.addWorksheet("Data")
    for row in 0..<50 {
      try sheet.writeNumber(
        Double(row), row: row, column: 0,
        format: workbook.addFormat(CellFormat(numberFormat: "0.0%")))
      try sheet.writeNumber(
        Double(row), row: row, column: 1, format: workbook.addFormat(CellFormat(bold: true)))
    }
    try workbook.close()
    let styles = try zipPart(file, "xl/styles.xml")
    // The default style plus one per distinct description.
    #expect(styles.contains("<cellXfs count=\"3\">"))
  }
}

@Suite struct CellWritingTests {
  @Test func emptyTextIsNoCellOrAFormattedBlank() throws {
    let dir = try TemporaryDirectory()
    defer { dir.cleanUp() }
    let file = dir.path("empty.xlsx")
    let workbook = try Workbook(path: file)
    let sheet = try workbook.addWorksheet("Data")
    let boxed = workbook.addFormat(CellFormat(border: .thin))
    try sheet.writeText("", row: 0, column: 0)
    try sheet.writeText("", row: 1, column: 0, format: boxed)
    try sheet.writeText("x", row: 2, column: 0)
    try workbook.close()
    let xml = try zipPart(file, "xl/worksheets/sheet1.xml")
    #expect(!xml.contains("r=\"A1\""))
    #expect(xml.contains("<c r=\"A2\" s=\"1\"/>"))
    #expect(xml.contains("<c r=\"A3\" t=\"s\"><v>0</v></c>"))
  }
}
