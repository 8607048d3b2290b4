import BerdayaAnalysis
import BerdayaModel
import Foundation
import Testing

@testable import BerdayaReport

@Suite("MarkdownReport")
struct MarkdownReportTests {
  static let cmark = "/usr/bin/cmark-gfm"

  private func report(
    language: ReportLanguage = .indonesian, minCell: Int = 5, renamed: [String: String] = [:]
  ) -> (markdown: String, charts: [ChartFile]) {
    let result = ReportFixture.result(renamed: renamed)
    let context = ReportFixture.context(language: language, minCell: minCell)
    let charts = ReportCharts.make(result: result, context: context)
    return (MarkdownReport.render(result: result, context: context, charts: charts), charts)
  }

  /// The lines of the table that follows the heading `heading`.
  private func tableLines(after heading: String, in markdown: String) -> [String] {
    let lines = markdown.components(separatedBy: "\n")
    guard let start = lines.firstIndex(of: heading) else { return [] }
    return Array(lines[start...].drop { !$0.hasPrefix("|") }.prefix { $0.hasPrefix("|") })
  }

  @Test("the report parses as GFM with its tables as tables, every row as wide as its header")
  func parsesAsGFM() throws {
    try #require(ExternalTools.exists(Self.cmark), "cmark-gfm is needed: apt-get install cmark-gfm")
    let (markdown, _) = report()
    let html = try ExternalTools.run(Self.cmark, ["-e", "table"], input: markdown)
    let tables = ExternalTools.tables(inHTML: html)
    let pipeTables = markdown.components(separatedBy: "\n").filter { $0.hasPrefix("| ---") || $0.hasPrefix("| :--") }
    #expect(tables.count == pipeTables.count)
    #expect(tables.count >= 12)
    for table in tables {
      let header = try #require(table.first)
      #expect(table.allSatisfy { $0 == header }, "a row with another cell count: \(table)")
    }
    // Kecamatan coverage: header + 5 kecamatan + region row.
    let kecamatan = tableLines(after: "## Cakupan per kecamatan", in: markdown)
    #expect(kecamatan.count == 2 + 5 + 1)
    #expect(tables.contains { $0.count == 1 + 5 + 1 && $0[0] == 2 + 3 + 2 })
    #expect(html.contains("<h1>Laporan Cakupan Pemberdayaan UMKM Kota Medan 2021</h1>"))
    #expect(!html.contains("<script"))
  }

  @Test("every chart the report links exists, and every chart is linked")
  func chartsLinked() {
    let (markdown, charts) = report()
    let names = Set(charts.map(\.fileName))
    var linked: [String] = []
    for part in markdown.components(separatedBy: "](").dropFirst() {
      if let end = part.firstIndex(of: ")") { linked.append(String(part[..<end])) }
    }
    let chartLinks = linked.filter { $0.hasPrefix("charts/") }
    #expect(!chartLinks.isEmpty)
    for link in chartLinks { #expect(names.contains(link), "linked but not made: \(link)") }
    #expect(Set(chartLinks) == names)
    #expect(names.contains("charts/coverage-enabling.svg"))
    #expect(names.contains("charts/map-protecting.svg"))
    #expect(names.contains("charts/trend-registered.svg"))
  }

  @Test("a kecamatan with 3 binaan shows no counts and forces a complementary suppression")
  func suppression() {
    let (markdown, charts) = report()
    let rows = tableLines(after: "## Cakupan per kecamatan", in: markdown)
    let area = rows.first { $0.hasPrefix("| Medan Area |") }
    #expect(area == "| Medan Area | <5 | — | — | — | — | — |")
    // The smallest other kecamatan (Johor, 12) is withheld so the region total cannot give Area.
    let johor = rows.first { $0.hasPrefix("| Medan Johor |") }
    #expect(johor == "| Medan Johor | — | — | — | — | — | — |")
    #expect(rows.first { $0.hasPrefix("| Medan Kota |") }?.contains("/30;") == true)
    // The region row is always shown, with all 105 binaan.
    #expect(rows.last?.hasPrefix("| **Kota Medan** | 105 |") == true)
    // The same kecamatan are withheld in the other kecamatan tables.
    for heading in ["## Kesenjangan terhadap target", "## Daftar ulang"] {
      let lines = tableLines(after: heading, in: markdown)
      #expect(lines.first { $0.hasPrefix("| Medan Area |") }?.contains("<5") == true, "\(heading)")
      #expect(lines.first { $0.hasPrefix("| Medan Johor |") }?.contains("12") == false, "\(heading)")
    }
    // The method section counts them.
    #expect(markdown.contains("| Cakupan per kecamatan | 3 | 1 | 1 | tidak |"))
    // In the chart Area is listed as suppressed, not drawn as 0.
    let chart = charts.first { $0.fileName == "charts/coverage-enabling.svg" }?.svg ?? ""
    #expect(chart.contains("disembunyikan (n&lt;5)"))
    #expect(chart.contains("disembunyikan (pelengkap)"))
    #expect(!chart.contains("(0/3)"))
    // The narrative never names a withheld kecamatan as weakest.
    let summary = markdown.components(separatedBy: "## Cakupan per kecamatan").first ?? ""
    #expect(!summary.contains("Medan Area") && !summary.contains("Medan Johor"))
  }

  @Test("--min-cell 0 publishes every cell")
  func suppressionOff() {
    let (markdown, _) = report(minCell: 0)
    let rows = tableLines(after: "## Cakupan per kecamatan", in: markdown)
    #expect(rows.first { $0.hasPrefix("| Medan Area |") }?.hasPrefix("| Medan Area | 3 |") == true)
    #expect(!markdown.contains("<5"))
    #expect(markdown.contains("`--min-cell 0`"))
  }

  @Test("writing twice gives identical text")
  func deterministic() {
    let first = report()
    let second = report()
    #expect(first.markdown == second.markdown)
    #expect(first.charts == second.charts)
    var streamed = ""
    let result = ReportFixture.result()
    let context = ReportFixture.context()
    MarkdownReport.write(result: result, context: context, charts: first.charts, to: &streamed)
    #expect(streamed == first.markdown)
  }

  @Test("no 16-digit run (a NIK's shape) anywhere in the report or its charts")
  func noNIKShapedNumbers() {
    for language in ReportLanguage.allCases {
      let (markdown, charts) = report(language: language)
      for text in [markdown] + charts.map(\.svg) {
        #expect(text.firstMatch(of: /[0-9]{16}/) == nil)
      }
    }
  }

  @Test("Indonesian and English labels and number formats both render")
  func languages() {
    let id = report(language: .indonesian).markdown
    let en = report(language: .english).markdown
    #expect(id.contains("## Cakupan per kecamatan") && id.contains("## Metode") && id.contains("## Ringkasan"))
    #expect(en.contains("## Coverage by kecamatan") && en.contains("## Method") && en.contains("## Summary"))
    #expect(!en.contains("Cakupan per kecamatan") && !id.contains("Coverage by kecamatan"))
    // 30 trained in the region of 105: 33,3% / 33.3%, with its interval.
    #expect(id.contains("Menciptakan iklim (enabling) seluruh wilayah: 33,3% (95% CI"))
    #expect(en.contains("Enabling coverage across the region: 33.3% (95% CI"))
    #expect(id.contains("35/105"))
    // 35 trainings at Rp 250.000 and 15 equipment aids at Rp 1.500.000 in 2021.
    #expect(id.contains("| 2021 | 105 | +50,0% | 87 | 51 | 35 | 20 | 4 | Rp 31.250.000 |"))
    #expect(en.contains("| 2021 | 105 | +50.0% | 87 | 51 | 35 | 20 | 4 | Rp 31,250,000 |"))
  }

  @Test("the narrative names the weakest published kecamatan with interval and counts")
  func narrative() {
    let (markdown, _) = report(language: .english)
    // Protecting: 4 NIB in Belawan only, so every other published kecamatan has 0.
    #expect(markdown.contains("Protecting coverage is lowest in Medan Kota: 0.0% (95% CI 0.0–11.4%), 0/30."))
    #expect(markdown.contains("The 3 weakest kecamatan: Medan Kota (0.0%), Medan Tuntungan (0.0%), Medan Belawan (10.0%)."))
    #expect(markdown.contains("Registered binaan at year end:"))
  }

  @Test("names from input files are escaped: a pipe stays inside its cell")
  func escaping() throws {
    try #require(ExternalTools.exists(Self.cmark))
    let (markdown, _) = report(renamed: ["Medan Kota": "Medan | Kota *baru*", "Medan Belawan": "# Belawan"])
    #expect(markdown.contains("| Medan \\| Kota \\*baru\\* |"))
    #expect(markdown.contains("| \\# Belawan |"))
    let html = try ExternalTools.run(Self.cmark, ["-e", "table"], input: markdown)
    #expect(html.contains("Medan | Kota *baru*"))
    #expect(!html.contains("<em>baru</em>"))
    for table in ExternalTools.tables(inHTML: html) {
      #expect(table.allSatisfy { $0 == table.first })
    }
  }

  @Test("the method section lists framework, definitions, inputs with SHA-256 and the command")
  func method() {
    let (markdown, _) = report(language: .english)
    let method = markdown.components(separatedBy: "## Method").last ?? ""
    #expect(method.contains("`pelatihan`"))
    #expect(method.contains("`G = sum_i sum_j w_i w_j \\|r_i - r_j\\| / (2 W^2 mu)`"))
    #expect(method.contains("`9f2c4e1ab07d3e6f5a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f`"))
    #expect(method.contains("```sh\nberdaya report --registry registri_umkm_2021.xlsx"))
    #expect(method.contains("Monitoring visit (`monitoring`)"))
    #expect(method.contains("31 December 2021"))
  }
}
