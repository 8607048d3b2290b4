import BerdayaAnalysis
import BerdayaModel
import BerdayaReport
import Foundation
import Testing

/// `report.xlsx` read back by tools we did not write: openpyxl for values, names, panes and
/// validations; unzip for the chart parts; LibreOffice for "opens without repair".
@Suite(.serialized)
struct XLSXReportTests {
  static let sheetsID = [
    "Ringkasan", "Cakupan per kecamatan", "Per sektor", "Matriks kecamatan x sektor", "Sel kecamatan x sektor",
    "Grafik", "Kesetaraan", "Keberlanjutan", "Daftar ulang", "Tren", "Kesenjangan target", "Kualitas data", "Metode",
  ]
  static let sheetsEN = [
    "Summary", "Coverage by kecamatan", "By sector", "Matrix kecamatan x sector", "Cells kecamatan x sector",
    "Charts", "Equity", "Continuity", "Re-registration", "Trends", "Gap to target", "Data quality", "Method",
  ]

  /// Equal to the 15 significant digits an XLSX file keeps (libxlsxwriter writes `%.16G`).
  static func same(_ read: Double?, _ expected: Double?) -> Bool {
    guard let read, let expected else { return false }
    return abs(read - expected) <= 1e-14 * max(1, abs(expected))
  }

  /// Writes the fixture report and reads it back.
  func written(_ language: ReportLanguage = .indonesian, minCell: Int = 5) throws -> (path: String, sheets: [ReadSheet], names: [String: String]) {
    let folder = try XLSXFixture.temporaryFolder()
    let path = folder + "/report.xlsx"
    try XLSXReport.write(
      result: XLSXFixture.result(), context: XLSXFixture.context(language: language, minCell: minCell), to: path)
    let workbook = try XLSXFixture.openpyxl(path)
    return (path, ReadSheet.all(workbook), workbook["names"] as? [String: String] ?? [:])
  }

  @Test func sheetNamesAndHeadersInBothLanguages() throws {
    let id = try written(.indonesian)
    #expect(id.sheets.map(\.name) == Self.sheetsID)
    let en = try written(.english)
    #expect(en.sheets.map(\.name) == Self.sheetsEN)

    let coverageID = id.sheets[1]
    for header in ["Kecamatan", "Binaan terdaftar (N)", "Terjangkau (n)", "Cakupan", "Batas bawah 95%", "Batas atas 95%",
      "Indeks komposit", "Menciptakan iklim (enabling)"]
    {
      #expect(coverageID.texts.contains(header), "missing Indonesian header \(header)")
    }
    let coverageEN = en.sheets[1]
    for header in ["Kecamatan", "Registered binaan (N)", "Reached (n)", "Coverage", "Lower 95%", "Upper 95%",
      "Composite index", "Enabling", "Empowering", "Protecting"]
    {
      #expect(coverageEN.texts.contains(header), "missing English header \(header)")
    }
    #expect(!coverageEN.texts.contains("Binaan terdaftar (N)"))
    #expect(id.sheets[0].texts.contains("Laporan Cakupan UMKM Uji"))
    #expect(en.sheets[0].texts.contains("Test UMKM Coverage Report"))
  }

  @Test func coverageValuesEqualTheIndicators() throws {
    let result = XLSXFixture.result()
    let (_, sheets, _) = try written()
    let coverage = sheets[1]
    for name in ["Medan Kota", "Medan Baru"] {
      guard let expected = result.coverage.byKecamatan.first(where: { $0.kecamatan == name }),
        let row = coverage.row(name)
      else {
        Issue.record("no row for \(name)")
        continue
      }
      #expect(ReadSheet.number(row[1]) == Double(expected.registered))
      for d in 0..<3 {
        let rate = expected.rate(d)
        let bounds = try #require(rate.wilsonInterval())
        #expect(ReadSheet.number(row[2 + 4 * d]) == Double(rate.numerator))
        #expect(Self.same(ReadSheet.number(row[3 + 4 * d]), rate.value))
        #expect(Self.same(ReadSheet.number(row[4 + 4 * d]), bounds.lower))
        #expect(Self.same(ReadSheet.number(row[5 + 4 * d]), bounds.upper))
        #expect(row[3 + 4 * d].format == "0.0%")
      }
      #expect(Self.same(ReadSheet.number(row[14]), expected.composite(weights: [1, 1, 1])))
    }
    // The region total is always there, below the kecamatan.
    let region = try #require(coverage.row("Kota Uji"))
    #expect(ReadSheet.number(region[1]) == Double(result.coverage.region.registered))
    #expect(ReadSheet.number(region[1]) == 43)

    // Trends: registered as of each year end, and the growth from the year before.
    let trends = sheets[9]
    let y2020 = try #require(trends.row("2020"))
    let y2021 = try #require(trends.row("2021"))
    let r2020 = try #require(result.trends.years.first { $0.year == 2020 })
    let r2021 = try #require(result.trends.years.first { $0.year == 2021 })
    #expect(ReadSheet.number(y2020[1]) == Double(r2020.registered))
    #expect(ReadSheet.number(y2021[1]) == Double(r2021.registered))
    #expect(ReadSheet.number(y2021[2]) == Double(r2020.registered))
    #expect(Self.same(ReadSheet.number(y2021[4]), GrowthRate.relative(from: r2020.registered, to: r2021.registered)))
  }

  @Test func smallCellsHoldNoNumbers() throws {
    let (_, sheets, _) = try written()
    let coverage = sheets[1]
    let small = try #require(coverage.row("Medan Belawan"))
    #expect(small[1].value as? String == "<5")
    #expect(small.dropFirst().allSatisfy { ReadSheet.number($0) == nil }, "a small cell shows a number")
    // Complementary: the next smallest kecamatan is withheld too, shown as a dash.
    let complement = try #require(coverage.row("=1+1 Kota"))
    #expect(complement[1].value as? String == "\u{2014}")
    #expect(complement.dropFirst().allSatisfy { ReadSheet.number($0) == nil })
    // Its name came from an input file: text, never a formula.
    #expect(complement[0].type == "s")
    // The same kecamatan are withheld on the re-registration and gap sheets.
    for sheet in [sheets[8], sheets[10]] {
      let rows = sheet.rows.filter { ($0.first?.value as? String) == "Medan Belawan" }
      #expect(!rows.isEmpty)
      for row in rows { #expect(row.dropFirst(2).allSatisfy { ReadSheet.number($0) == nil || $0.format == "0.0%" && (ReadSheet.number($0) == 0.5) }) }
    }
    // No chart data for withheld kecamatan.
    #expect(sheets[5].row("Medan Belawan") == nil)
    // With suppression off every kecamatan shows its counts.
    let off = try written(minCell: 0)
    #expect(ReadSheet.number(try #require(off.sheets[1].row("Medan Belawan"))[1]) == 3)
  }

  @Test func panesFiltersAndDefinedNames() throws {
    let (_, sheets, names) = try written()
    let coverage = sheets[1]
    let header = try #require(coverage.headerRow(containing: "Binaan terdaftar (N)"))
    #expect(coverage.freeze == "B\(header + 2)")
    #expect(coverage.filter?.hasPrefix("A\(header + 1):") == true)
    for name in ["Cakupan_Kecamatan", "Cakupan_Sektor", "Cakupan_Sel", "Tren_Tahunan", "Kesetaraan", "Kesenjangan",
      "Daftar_Ulang", "Matriks_Komposit"]
    {
      #expect(names[name] != nil, "missing defined name \(name)")
    }
    #expect(names["Cakupan_Kecamatan"]?.hasPrefix("'Cakupan per kecamatan'!$A$") == true)
    for sheet in sheets { #expect(sheet.freeze != nil, "\(sheet.name) has no frozen rows") }
  }

  @Test func chartsAndPropertiesArePartsOfTheFile() throws {
    let (path, _, _) = try written()
    let listing = try XLSXFixture.run("/usr/bin/unzip", ["-l", path])
    // One clustered chart and three whisker charts by kecamatan, two trend charts.
    for index in 1...6 { #expect(listing.contains("xl/charts/chart\(index).xml")) }
    let core = try XLSXFixture.run("/usr/bin/unzip", ["-p", path, "docProps/core.xml"])
    #expect(core.contains("<dc:title>Laporan Cakupan UMKM Uji</dc:title>"))
    #expect(core.contains("2021-12-31T00:00:00Z"))
    let app = try XLSXFixture.run("/usr/bin/unzip", ["-p", path, "docProps/app.xml"])
    #expect(app.contains("<Company>Dinas Koperasi dan UKM</Company>"))
    let chart = try XLSXFixture.run("/usr/bin/unzip", ["-p", path, "xl/charts/chart2.xml"])
    #expect(chart.contains("<c:hiLowLines>"))
  }

  @Test func sameInputsGiveTheSameBytes() throws {
    let folder = try XLSXFixture.temporaryFolder()
    let result = XLSXFixture.result()
    try XLSXReport.write(result: result, context: XLSXFixture.context(), to: folder + "/a.xlsx")
    try XLSXReport.write(result: result, context: XLSXFixture.context(), to: folder + "/b.xlsx")
    let a = try Data(contentsOf: URL(fileURLWithPath: folder + "/a.xlsx"))
    let b = try Data(contentsOf: URL(fileURLWithPath: folder + "/b.xlsx"))
    #expect(a == b)
    #expect(a.count > 10_000)
  }

  @Test func aFailedWriteKeepsThePreviousReport() throws {
    let folder = try XLSXFixture.temporaryFolder()
    let path = folder + "/report.xlsx"
    try XLSXReport.write(result: XLSXFixture.result(), context: XLSXFixture.context(), to: path)
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    var broken = XLSXFixture.context()
    broken.title = String(repeating: "x", count: 40_000)  // over Excel's 32,767-character cell limit
    #expect(throws: (any Error).self) {
      try XLSXReport.write(result: XLSXFixture.result(), context: broken, to: path)
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["report.xlsx"])
    // A folder that does not exist: nothing is written, the error says so.
    #expect(throws: (any Error).self) {
      try XLSXReport.write(result: XLSXFixture.result(), context: XLSXFixture.context(), to: folder + "/none/r.xlsx")
    }
  }

  @Test func ismawanFrameworkHasFiveDimensionBlocks() throws {
    let folder = try XLSXFixture.temporaryFolder()
    let path = folder + "/report.xlsx"
    try XLSXReport.write(
      result: XLSXFixture.result(framework: .ismawan), context: XLSXFixture.context(language: .english), to: path)
    let sheets = ReadSheet.all(try XLSXFixture.openpyxl(path))
    for label in Framework.ismawan.dimensions.map(\.labelEN) {
      #expect(sheets[1].texts.contains(label))
    }
  }

  @Test func libreOfficeOpensItAndItsFirstSheetHasTheTitle() throws {
    let soffice = "/usr/bin/soffice"
    guard FileManager.default.isExecutableFile(atPath: soffice) else { return }
    let (path, _, _) = try written()
    let folder = (path as NSString).deletingLastPathComponent
    let out = folder + "/csv"
    try XLSXFixture.run(
      soffice, ["--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", out, path], environment: ["HOME": folder])
    let csv = try String(contentsOfFile: out + "/report.csv", encoding: .utf8)
    #expect(csv.contains("Laporan Cakupan UMKM Uji"))
    #expect(csv.contains("Menciptakan iklim (enabling)"))
  }
}

extension XLSXReportTests {
  /// Writes the fixture report and templates to `BERDAYA_XLSX_SAMPLE_DIR` when it is set, for
  /// looking at them (LibreOffice to PDF to PNG); does nothing otherwise.
  @Test func writesSamplesWhenAsked() throws {
    guard let folder = ProcessInfo.processInfo.environment["BERDAYA_XLSX_SAMPLE_DIR"] else { return }
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try XLSXReport.write(result: XLSXFixture.result(), context: XLSXFixture.context(), to: folder + "/report.xlsx")
    try XLSXReport.write(
      result: XLSXFixture.result(framework: .ismawan), context: XLSXFixture.context(language: .english),
      to: folder + "/report-en.xlsx")
    try XLSXTemplate.writeRegistry(
      to: folder + "/registri.xlsx", kecamatan: XLSXTemplateTests.kecamatan,
      kelurahanByKecamatan: XLSXTemplateTests.kelurahan, sectors: XLSXTemplateTests.sectors)
  }
}
