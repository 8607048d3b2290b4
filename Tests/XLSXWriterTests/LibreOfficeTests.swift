import Foundation
import Testing
import XLSXWriter

/// Proves a spreadsheet program we did not write opens the files: LibreOffice converts the
/// sample report to CSV and the values come back.
@Suite struct LibreOfficeTests {
  static let soffice = "/usr/bin/soffice"

  @Test(.timeLimit(.minutes(2))) func libreOfficeConvertsTheReportToCSV() throws {
    guard FileManager.default.isExecutableFile(atPath: Self.soffice) else {
      print("notice: \(Self.soffice) not installed; skipping the LibreOffice round trip")
      return
    }
    let dir = try TemporaryDirectory()
    defer { dir.cleanUp() }
    let file = dir.path("report.xlsx")
    try SampleReport.write(to: file)
    let out = dir.path("csv")
    // A private HOME keeps LibreOffice off any shared profile and its lock.
    let result = try run(
      Self.soffice, ["--headless", "--convert-to", "csv", "--outdir", out, file],
      environment: ["HOME": dir.path("home")])
    try #require(result.status == 0, "soffice failed: \(result.stderr)")
    // CSV export writes the active sheet, "Ringkasan Data". LibreOffice's default CSV filter
    // keeps percent signs and dates as shown but drops decimals and currency text.
    let csv = try String(contentsOfFile: out + "/report.csv", encoding: .utf8)
    let lines = csv.split(whereSeparator: \.isNewline).map(String.init)
    #expect(
      lines == [
        "Kecamatan,Cakupan,Anggaran,Bawah,Atas,Tanggal,Aktif",
        "Depok,82%,1250000,78%,86%,2024-03-15,TRUE",
        "Mlati,15%,980500,11%,20%,2024-03-16,FALSE",
        // Text that looks like a formula stays text: LibreOffice does not evaluate it.
        "=SUM(A1:A2),50%,0,45%,55%,2024-03-17,TRUE",
        "Gamping,64%,2000000,60%,68%,2024-03-18,FALSE",
      ])
  }
}
