import BerdayaAnalysis
import BerdayaModel
import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

@testable import BerdayaReport

/// Collects well-formedness errors from Foundation's XMLParser.
private final class XMLCheck: NSObject, XMLParserDelegate {
  var error: String?
  var elements: [String] = []

  func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
    error = "\(parseError) at line \(parser.lineNumber)"
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    elements.append(elementName)
  }

  static func check(_ svg: String) -> (ok: Bool, error: String?, elements: [String]) {
    let parser = XMLParser(data: Data(svg.utf8))
    let delegate = XMLCheck()
    parser.delegate = delegate
    let ok = parser.parse()
    return (ok, delegate.error, delegate.elements)
  }
}

@Suite("SVG charts and maps")
struct SVGChartTests {
  private func charts(language: ReportLanguage = .indonesian, minCell: Int = 5) -> [ChartFile] {
    ReportCharts.make(result: ReportFixture.result(), context: ReportFixture.context(language: language, minCell: minCell))
  }

  @Test("every chart is well-formed XML with a size, a viewBox, a title and no script or external reference")
  func wellFormed() {
    for language in ReportLanguage.allCases {
      let files = charts(language: language)
      // 3 coverage charts, 3 maps, 2 trends.
      #expect(files.count == 8)
      for file in files {
        let check = XMLCheck.check(file.svg)
        #expect(check.ok, "\(file.fileName): \(check.error ?? "")")
        #expect(check.elements.first == "svg")
        #expect(!check.elements.contains("script") && !check.elements.contains("image"))
        #expect(file.svg.contains("viewBox=\"0 0 "))
        #expect(file.svg.contains(" width=\"") && file.svg.contains(" height=\""))
        #expect(file.svg.contains("font-family=\"DejaVu Sans"))
        // The SVG namespace is the only URL: no external font, stylesheet or image.
        #expect(!file.svg.replacing("http://www.w3.org/2000/svg", with: "").contains("http"))
        #expect(!file.svg.contains("@import") && !file.svg.contains("href"))
        #expect(file.svg.contains("<title>" + SVGDocument.escape(file.title) + "</title>"))
        #expect(file.fileName.hasPrefix("charts/") && file.fileName.hasSuffix(".svg"))
      }
    }
  }

  @Test("the coverage chart has percent ticks, whiskers and n/N labels")
  func barChart() throws {
    let chart = try #require(charts(language: .english).first { $0.fileName == "charts/coverage-enabling.svg" })
    #expect(chart.svg.contains(">0%</text>"))
    #expect(chart.svg.contains("%</text>"))
    #expect(chart.svg.contains("(10/30)") || chart.svg.contains("/30)"))
    #expect(chart.svg.contains("Region 33.3% (35/105)"))
    #expect(chart.svg.contains("suppressed (n&lt;5)"))
  }

  @Test("a kecamatan name with markup characters is escaped in SVG text")
  func escapesText() {
    let chart = SVGCoverageBarChart(
      title: "A & B <c>", subtitle: "\"q\"", bars: [.init(label: "Kec. <X> & 'Y'", state: .value(Proportion(numerator: 1, denominator: 10)))],
      region: nil, strings: ReportStrings(language: .english), minCell: 5)
    let svg = chart.render()
    #expect(XMLCheck.check(svg).ok)
    #expect(svg.contains("Kec. &lt;X&gt; &amp; &apos;Y&apos;"))
  }

  @Test("the map draws all 21 Medan kecamatan, with legend, period and as-of date; withheld ones hatched")
  func map() throws {
    let map = try #require(charts().first { $0.fileName == "charts/map-enabling.svg" })
    #expect(map.svg.components(separatedBy: "<path d=").count - 1 == 21)
    #expect(map.svg.contains("31 Desember 2021"))
    #expect(map.svg.contains("1 Januari 2021"))
    #expect(map.svg.contains("Medan Area: disembunyikan (n&lt;5)"))
    #expect(map.svg.contains("url(#hatch)"))
    #expect(map.svg.contains("Medan Amplas: tidak ada data"))
    #expect(map.svg.contains("cahyadsn/wilayah_boundaries"))
    for colour in SVGChoroplethMap.palette { #expect(map.svg.contains(colour)) }
    // Coordinates are rounded to one decimal.
    #expect(map.svg.firstMatch(of: /[0-9]\.[0-9]{2}/) == nil)
  }

  @Test("names match the boundaries after folding case, spaces and the Kec. prefix")
  func nameFolding() throws {
    #expect(KecamatanBoundary.foldedName("KEC. MEDAN  BELAWAN") == "medanbelawan")
    #expect(KecamatanBoundary.foldedName("Kecamatan Medan Belawan") == "medanbelawan")
    #expect(KecamatanBoundary.foldedName("Tanjungpinang Barat") == KecamatanBoundary.foldedName("Tanjung Pinang Barat"))
    let medan = try BoundarySet.medan()
    #expect(medan.features.count == 21)
    #expect(BoundarySet.forRegion(code: nil, kecamatan: ["Kec. Medan Kota", "MEDAN JOHOR", "Medan Area"]) != nil)
    #expect(BoundarySet.forRegion(code: "12.75", kecamatan: ["Binjai Kota"]) == nil)
    #expect(BoundarySet.forRegion(code: nil, kecamatan: ["Binjai Kota", "Binjai Barat"]) == nil)
  }

  @Test("no map where no boundaries exist")
  func noMapElsewhere() {
    var context = ReportFixture.context()
    context.regionCode = "12.75"
    context.regionName = "Kota Binjai"
    let files = ReportCharts.make(result: ReportFixture.result(), context: context)
    #expect(!files.contains { $0.fileName.hasPrefix("charts/map-") })
    let markdown = MarkdownReport.render(result: ReportFixture.result(), context: context, charts: files)
    #expect(!markdown.contains("charts/map-"))
  }

  @Test("the trend chart shows registered binaan per year end")
  func trend() throws {
    let chart = try #require(charts(language: .english).first { $0.fileName == "charts/trend-registered.svg" })
    #expect(XMLCheck.check(chart.svg).ok)
    for year in ["2019", "2020", "2021"] { #expect(chart.svg.contains(">\(year)</text>")) }
    #expect(chart.svg.contains(">105</text>"))
  }

  @Test("coordinates are written with one decimal and no negative zero")
  func numbers() {
    #expect(SVGDocument.number(12.34) == "12.3")
    #expect(SVGDocument.number(12.35) == "12.4")
    #expect(SVGDocument.number(-0.04) == "0")
    #expect(SVGDocument.number(-1.25) == "-1.3")
    #expect(SVGDocument.number(7) == "7")
  }
}
