import ArgumentParser
import BerdayaAnalysis
import BerdayaImport
import BerdayaModel
import BerdayaReport
import Foundation

/// `berdaya report`: the whole job, from files to indicators and a report an office can hand in.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Compute coverage, equity, continuity, re-registration, trends and gaps; write the report.",
    discussion: """
      Writes to --out: coverage.csv (per kecamatan x sector, the benchmark's exact format), indicators.csv,
      indicators.json, report.md with charts/, report.xlsx, quarantine.csv, normalisation.csv and
      manifest.json (tool version, inputs with SHA-256, options, the command that re-runs the report).
      Files are staged and moved into place only when all are written.

      Examples:
        berdaya report SampleData/medan --out Reports/medan
        berdaya report --registry registry.csv --activities activities.csv --min-cell 0 --out out/
        berdaya report --registry reg.xlsx --activities *.csv --region 12.71 --year 2021 --lang en
      """)

  @OptionGroup var inputs: InputOptions
  @OptionGroup var flags: AnalysisFlags

  func run() throws {
    try CommandRunner.run {
      let settings = try RunSettings(inputs: inputs, flags: flags)
      // Hashed by other processes while the pipeline reads the same files.
      let hashing = try FileDigest.start(paths: settings.inputs.map(\.path))
      let output = try Pipeline(settings: settings, progress: Progress(quiet: settings.quiet)).run(analyse: true)
      let digests = try hashing.finish()
      if settings.countsOnly { return try writeCountReport(settings: settings, output: output, digests: digests) }
      guard let result = output.result else { return }
      try ReportCheck.unknownsReconcile(result)
      let folder = try OutputFolder(settings.out)
      do {
        try ReportWriter(settings: settings, output: output, result: result, folder: folder, digests: digests).writeAll()
        try folder.commit()
      } catch {
        folder.discard()
        throw error
      }
      let region = result.coverage.region
      if settings.json {
        print(Self.json(output: output, result: result, out: settings.out))
      } else if !settings.quiet {
        let rates = result.framework.dimensions.enumerated().map { d, dimension in
          "\(dimension.id) \(region.reached[d])/\(region.registered)"
        }
        print("\(settings.out): \(region.registered) binaan registered; reached: \(rates.joined(separator: ", "))")
      }
    }
  }
}

extension ReportCommand {
  /// A project with count tables only: a report of counts, shares, trends and spread.
  func writeCountReport(settings: RunSettings, output: Pipeline.Output, digests: [String: FileDigest.Digest]) throws {
    let folder = try OutputFolder(settings.out)
    do {
      try CountReportWriter(settings: settings, output: output, folder: folder, digests: digests).writeAll()
      try folder.commit()
    } catch {
      folder.discard()
      throw error
    }
    if !settings.quiet && !settings.json {
      let cells = output.countTables.map(\.records.count).reduce(0, +)
      print("\(settings.out): \(cells) counts from \(output.countTables.count) table(s)")
    }
  }

  /// The report's summary for programs: where it went, what was read, and the region's coverage.
  static func json(output: Pipeline.Output, result: AnalysisResult, out: String) -> String {
    let region = result.coverage.region
    let coverage: [[String: Any]] = result.framework.dimensions.enumerated().map { d, dimension in
      var entry: [String: Any] = ["dimension": dimension.id, "reached": region.reached[d], "registered": region.registered]
      if let rate = region.rate(d).value { entry["rate"] = rate }
      return entry
    }
    return OutputOptions.jsonText([
      "out": out, "framework": result.framework.id, "registered": region.registered, "coverage": coverage,
      "rows_read": output.summaries.map(\.rowsRead).reduce(0, +),
      "quarantined": output.summaries.map(\.quarantined).reduce(0, +),
      "activities_in_period": result.activityCounts.inPeriod,
    ])
  }
}

/// Consistency checks run before anything is written; a failure is a bug, reported loudly.
enum ReportCheck {
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// Known + unknown = total for every roll-up: the kecamatan rows and the sector rows each sum to the region.
  static func unknownsReconcile(_ result: AnalysisResult) throws {
    let coverage = result.coverage
    for (name, rows) in [("kecamatan", coverage.byKecamatan), ("sector", coverage.bySector), ("cell", coverage.byCell)] {
      let registered = rows.map(\.registered).reduce(0, +)
      let inRegistry = rows.map(\.rowsInRegistry).reduce(0, +)
      guard registered == coverage.region.registered, inRegistry == coverage.region.rowsInRegistry else {
        throw Failure(
          description: "internal error: the \(name) rows sum to \(registered) registered / \(inRegistry) rows, the region has \(coverage.region.registered) / \(coverage.region.rowsInRegistry)")
      }
    }
    guard coverage.region.rowsInRegistry == result.unknowns.enterprises else {
      throw Failure(description: "internal error: \(coverage.region.rowsInRegistry) enterprises in cells, \(result.unknowns.enterprises) in the table")
    }
  }
}
