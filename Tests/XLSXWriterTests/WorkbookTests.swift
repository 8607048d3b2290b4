import Foundation
import Testing
import XLSXWriter

@Suite struct WorkbookTests {
  @Test func writtenWorkbookReadsBackWithOpenpyxl() throws {
    let dir = try TemporaryDirectory()
    defer { dir.cleanUp() }
    let file = dir.path("report.xlsx")
    try SampleReport.write(to: file)

    let script = """
      wb = openpyxl.load_workbook(sys.argv[1])
      ws = wb["Ringkasan Data"]
      out = {
        "sheets": wb.sheetnames,
        "a1": ws["A1"].value, "a1bold": ws["A1"].font.b,
        "a4": ws["A4"].value, "a4type": ws["A4"].data_type,
        "b2": ws["B2"].value, "b2fmt": ws["B2"].number_format,
        "c2": ws["C2"].value, "c2fmt": ws["C2"].number_format,
        "f2": ws["F2"].value.isoformat(), "f2fmt": ws["F2"].number_format,
        "g2": ws["G2"].value,
        "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref,
        "validations": sorted([[dv.type, dv.formula1, str(dv.sqref)] for dv in ws.data_validations.dataValidation]),
        "conditional": sorted([str(r.type) for cf in ws.conditional_formatting for r in cf.rules]),
        "names": sorted(wb.defined_names.keys()),
        "title": wb.properties.title, "creator": wb.properties.creator,
        "keywords": wb.properties.keywords,
        "created": wb.properties.created.isoformat(),
        "lists": [c.value for c in wb["Lists"]["A"]],
      }
      print(json.dumps(out))
      """
    let values = try #require(try openpyxl(script, file: file) as? [String: Any])
    #expect(values["sheets"] as? [String] == ["Ringkasan Data", "Lists"])
    #expect(values["a1"] as? String == "Kecamatan")
    #expect(values["a1bold"] as? Bool == true)
    #expect(values["a4"] as? String == "=SUM(A1:A2)")
    #expect(values["a4type"] as? String == "s")
    #expect(values["b2"] as? Double == 0.82)
    #expect(values["b2fmt"] as? String == "0.0%")
    #expect(values["c2"] as? Double == 1_250_000)
    #expect(values["c2fmt"] as? String == "\"Rp\" #,##0")
    #expect(values["f2"] as? String == "2024-03-15T00:00:00")
    #expect(values["f2fmt"] as? String == "yyyy-mm-dd")
    #expect(values["g2"] as? Bool == true)
    #expect(values["freeze"] as? String == "B2")
    #expect(values["filter"] as? String == "A1:G5")
    let validations = try #require(values["validations"] as? [[String]])
    #expect(validations.contains(["list", "Lists!$A$2:$A$4", "A11:A21"]))
    #expect(validations.contains(["list", "\"Ya,Tidak\"", "H2:H5"]))
    #expect(validations.contains(["whole", "0", "I2:I5"]))
    #expect(validations.contains { $0.first == "decimal" })
    #expect(validations.contains { $0.first == "date" })
    #expect(values["conditional"] as? [String] == ["cellIs", "colorScale"])
    #expect(values["names"] as? [String] == ["Cakupan"])
    #expect(values["title"] as? String == "Laporan Cakupan")
    #expect(values["creator"] as? String == "Berdaya")
    #expect(values["keywords"] as? String == "coverage, umkm")
    #expect(values["created"] as? String == "2024-01-01T00:00:00")
    #expect(values["lists"] as? [String] == ["Kecamatan", "Depok", "Mlati", "Gamping"])
  }

  @Test func textStartingWithEqualsIsNeverAFormula() throws {
    let dir = try TemporaryDirectory()
    defer { dir.cleanUp() }
    let file = dir.path("report.xlsx")
    try SampleReport.write(to: file)
    let sheet = try zipPart(file, "xl/worksheets/sheet1.xml")
    #expect(!sheet.contains("<f>"))
    #expect(try zipPart(file, "xl/sharedStrings.xml").contains("<t>=SUM(A1:A2)</t>"))
  }

  @Test func partsForChartsPropertiesAndNamesExist() throws {
    let dir = try TemporaryDirectory()
    defer { dir.cleanUp() }
    let file = dir.path("report.xlsx")
    try SampleReport.write(to: file)
    let parts = try zipPartNames(file)
    #expect(parts.contains("xl/charts/chart1.xml"))
    #expect(parts.contains("xl/charts/chart2.xml"))
    #expect(parts.contains("xl/drawings/drawing1.xml"))
    #expect(parts.contains("docProps/custom.xml"))

    let core = try zipPart(file, "docProps/core.xml")
    #expect(
      core.contains(
        "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2024-01-01T00:00:00Z</dcterms:created>"))
    #expect(try zipPart(file, "docProps/app.xml").contains("<Company>Dinas</Company>"))

    let workbook = try zipPart(file, "xl/workbook.xml")
    #expect(
      workbook.contains("<definedName name=\"Cakupan\">'Ringkasan Data'!$B$2:$B$5</definedName>"))

    let column = try zipPart(file, "xl/charts/chart1.xml")
    #expect(column.contains("<c:f>'Ringkasan Data'!$B$2:$B$5</c:f>"))
    #expect(column.contains("<c:numFmt formatCode=\"0%\" sourceLinked=\"0\"/>"))
    #expect(column.contains("<c:errBars>"))
    // The series cache was filled from the sheet, so the quoted name was parsed back correctly.
    #expect(column.contains("<c:v>0.82</c:v>"))
    #expect(column.contains("<c:v>Depok</c:v>"))
    #expect(column.contains("<c:legend>") == false)

    let line = try zipPart(file, "xl/charts/chart2.xml")
    #expect(line.contains("<c:hiLowLines>"))
    // The two whisker-end series draw neither a line nor a marker.
    #expect(line.components(separatedBy: "<c:symbol val=\"none\"/>").count == 3)
    #expect(line.components(separatedBy: "<a:ln><a:noFill/></a:ln>").count >= 3)
    #expect(line.contains("<c:legendPos val=\"b\"/>"))

    let sheet = try zipPart(file, "xl/worksheets/sheet1.xml")
    #expect(sheet.contains("<pageSetUpPr fitToPage=\"1\"/>"))
    #expect(sheet.contains("<pageSetup fitToHeight=\"0\" orientation=\"landscape\"/>"))
    #expect(sheet.contains("<tabColor rgb=\"FF0070C0\"/>"))
    #expect(sheet.contains("<colorScale>"))
  }

  @Test func sameInputGivesIdenticalBytes() throws {
    let dir = try TemporaryDirectory()
    defer { dir.cleanUp() }
    try SampleReport.write(to: dir.path("first.xlsx"))
    // A second later, so a clock-derived timestamp anywhere in the file would differ.
    Thread.sleep(forTimeInterval: 1.1)
    try SampleReport.write(to: dir.path("second.xlsx"))
    let first = try Data(contentsOf: dir.url.appendingPathComponent("first.xlsx"))
    let second = try Data(contentsOf: dir.url.appendingPathComponent("second.xlsx"))
    #expect(first.count > 5_000)
    #expect(first == second)
  }

  @Test func workbookDroppedWithoutCloseIsStillWritten() throws {
    let dir = try TemporaryDirectory()
    defer { dir.cleanUp() }
    let file = dir.path("dropped.xlsx")
    do {
      let workbook = try Workbook(path: file)
      let sheet = try workbook.addWorksheet("Data")
      try sheet.writeNumber(42, row: 0, column: 0)
      _ = workbook.path
    }
    #expect(FileManager.default.fileExists(atPath: file))
  }
}
