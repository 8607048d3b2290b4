import Foundation
import Testing

@testable import BerdayaReport

/// Writes the fixture's report and charts to `$BERDAYA_REPORT_SAMPLE_DIR` when it is set, so
/// that a person can render and look at them; does nothing otherwise.
@Suite("Sample output")
struct SampleOutput {
  @Test("write the sample report when asked")
  func write() throws {
    guard let directory = ProcessInfo.processInfo.environment["BERDAYA_REPORT_SAMPLE_DIR"] else { return }
    for language in ReportLanguage.allCases {
      let root = URL(fileURLWithPath: directory).appendingPathComponent(language.rawValue)
      try FileManager.default.createDirectory(
        at: root.appendingPathComponent("charts"), withIntermediateDirectories: true)
      let result = ReportFixture.result()
      let context = ReportFixture.context(language: language)
      let charts = ReportCharts.make(result: result, context: context)
      for chart in charts {
        try Data(chart.svg.utf8).write(to: root.appendingPathComponent(chart.fileName))
      }
      let markdown = MarkdownReport.render(result: result, context: context, charts: charts)
      try Data(markdown.utf8).write(to: root.appendingPathComponent("report.md"))
    }
  }
}
