import ArgumentParser
import BerdayaAnalysis
import BerdayaReport
import Foundation

/// `berdaya compare`: two projects, or one project in two years, side by side.
struct CompareCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compare",
    abstract:
      "Compare two projects (or one project in two years): coverage per kecamatan and dimension, change with its interval, rank changes.",
    discussion: """
      Each side is imported and analysed as `berdaya report` does (its berdaya.yaml decides period,
      framework and inputs; --years overrides the periods). The change is second minus first in
      percentage points with Newcombe's 95% hybrid score interval; ranks are over the published
      kecamatan. Kecamatan below --min-cell on either side are withheld. Writes compare.md and
      compare.xlsx to --out (default: the current folder).

      Examples:
        berdaya compare SampleData/medan SampleData/medan-2022 --out Reports/compare-medan-2021-2022
        berdaya compare SampleData/medan --years 2020 2021 --json
        berdaya compare kota-a/ kota-b/ --min-cell 10 --lang en
      """)

  @Argument(help: "The first project folder.")
  var first: String

  @Argument(help: "The second project folder (default: the first, with --years).")
  var second: String?

  @Option(name: .long, parsing: .upToNextOption, help: "Two report years, one per side (YYYY YYYY).")
  var years: [Int] = []

  @Option(
    name: .customLong("min-cell"),
    help:
      "Withhold kecamatan with fewer binaan than this on either side (default: the larger of the projects' min_cell).")
  var minCell: Int?

  @Option(name: .long, help: "Language of compare.md and compare.xlsx: id or en (default: the first project's).")
  var lang: String?

  @OptionGroup var output: OutputOptions

  func validate() throws {
    if !years.isEmpty && years.count != 2 { throw ValidationError("--years takes two years, one per side") }
    if second == nil && years.isEmpty { throw ValidationError("give a second project folder, or --years YYYY YYYY") }
    if let minCell, minCell < 0 { throw ValidationError("--min-cell must be 0 or more") }
    if let lang, lang != "id" && lang != "en" { throw ValidationError("--lang must be id or en") }
  }

  func run() throws {
    try CommandRunner.run {
      let folders = [first, second ?? first]
      var sides: [(settings: RunSettings, side: Comparison.Side)] = []
      for (index, folder) in folders.enumerated() {
        var arguments = [folder, "--quiet"]
        // A side's year also moves its as-of date to that year's end (a project's as_of belongs to its own year).
        if !years.isEmpty { arguments += ["--year", String(years[index]), "--as-of", "\(years[index])-12-31"] }
        let settings = try RunSettings(
          inputs: try InputOptions.parse(Array(arguments.prefix(2))),
          flags: try AnalysisFlags.parse(Array(arguments.dropFirst(2))))
        let output = try Pipeline(settings: settings, progress: Progress(quiet: self.output.quiet || self.output.json))
          .run(analyse: true)
        guard let result = output.result else { continue }
        sides.append((settings, Comparison.Side(label: Self.label(folder: folder, settings: settings), result: result)))
      }
      guard sides.count == 2 else { return }
      guard sides[0].side.result.framework.dimensions.map(\.id) == sides[1].side.result.framework.dimensions.map(\.id)
      else {
        throw RunSettings.Failure(
          description:
            "error: the two sides use different frameworks (\(sides[0].side.result.framework.id), \(sides[1].side.result.framework.id)): their dimensions cannot be compared"
        )
      }
      let comparison = Comparison(
        first: sides[0].side, second: sides[1].side,
        minCell: minCell ?? max(sides[0].settings.minCell, sides[1].settings.minCell))
      let language = lang.flatMap(ReportLanguage.init(rawValue:)) ?? sides[0].settings.language
      let out = output.out ?? "."
      let folder = try OutputFolder(out)
      do {
        try folder.write("compare.md", ComparisonReport.markdown(comparison, language: language))
        try ComparisonWorkbook.write(
          comparison, title: "\(comparison.first.label) / \(comparison.second.label)", language: language,
          to: folder.path("compare.xlsx"))
        try folder.commit()
      } catch {
        folder.discard()
        throw error
      }
      if output.json {
        print(Self.json(comparison, out: out))
      } else if !output.quiet {
        print(Self.text(comparison, out: out), terminator: "")
      }
    }
  }

  /// `medan 2021`: the folder's name and the period's year(s).
  static func label(folder: String, settings: RunSettings) -> String {
    let name = URL(fileURLWithPath: folder).standardizedFileURL.lastPathComponent
    guard let from = settings.analysis.from, let to = settings.analysis.to else { return name }
    return from.year == to.year ? "\(name) \(from.year)" : "\(name) \(from.year)-\(to.year)"
  }

  /// The region's coverage per dimension on both sides, with the change and its interval.
  static func regionSummary(_ comparison: Comparison) -> [[String: Any]] {
    comparison.dimensions.enumerated().map { d, dimension in
      let region = comparison.byDimension[d][0]
      var entry: [String: Any] = ["dimension": dimension.id]
      for (key, proportion) in [("first", region.first), ("second", region.second)] {
        if let proportion { entry[key] = ["reached": proportion.numerator, "registered": proportion.denominator] }
      }
      if let change = region.change { entry["change"] = change }
      if let interval = region.interval { entry["interval"] = [interval.lower, interval.upper] }
      return entry
    }
  }

  static func json(_ comparison: Comparison, out: String) -> String {
    let withheld = comparison.composite.count { $0.withheld != nil }
    return OutputOptions.jsonText([
      "first": comparison.first.label, "second": comparison.second.label, "min_cell": comparison.minCell,
      "region": regionSummary(comparison), "kecamatan": comparison.composite.count - 1, "kecamatan_withheld": withheld,
      "out": out,
    ])
  }

  static func text(_ comparison: Comparison, out: String) -> String {
    let format = ReportFormat(language: .english)
    var text = "\(out): \(comparison.first.label) -> \(comparison.second.label)\n"
    for (d, dimension) in comparison.dimensions.enumerated() {
      let region = comparison.byDimension[d][0]
      let interval =
        region.interval.map { " [\(format.signedPoints($0.lower)); \(format.signedPoints($0.upper))]" } ?? ""
      text +=
        "  \(dimension.id): \(format.percent(region.first?.value)) -> \(format.percent(region.second?.value)), \(format.signedPoints(region.change)) pp\(interval)\n"
    }
    return text
  }
}
