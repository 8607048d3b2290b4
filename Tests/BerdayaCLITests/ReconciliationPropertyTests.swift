import BerdayaImport
import BerdayaReport
import Foundation
import Testing

@testable import BerdayaCLI

/// For seeded messy inputs through the real pipeline: no row is lost (rows read = accepted +
/// quarantined, and rows read = the data rows written), every quarantined row says file, row and
/// reason, and coverage is the same as from files holding only the accepted rows.
@Suite struct ReconciliationPropertyTests {
  static let seeds: ClosedRange<UInt64> = 1...300

  /// Runs the pipeline on a registry and an activities file; the summaries and coverage.csv.
  func run(registry: URL, activities: URL) throws -> (summaries: [FileImportSummary], coverage: String) {
    let options = try InputOptions.parse([
      "--registry", registry.path, "--activities", activities.path, "--region", "12.71", "--quiet",
    ])
    let output = try Pipeline(settings: try RunSettings(inputs: options, flags: nil), progress: nil).run(analyse: true)
    var coverage = ""
    CoverageCSV.write(try #require(output.result), to: &coverage)
    return (output.summaries, coverage)
  }

  func write(_ lines: [String], to url: URL) throws {
    try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url)
  }

  @Test(arguments: seeds) func messyInputReconciles(seed: UInt64) throws {
    var generator = MessyInputGenerator(seed: seed)
    let enterprises = 5 + Int(seed % 40)
    let registry = generator.registry(rows: enterprises)
    let activities = generator.activities(rows: 10 + Int(seed % 60), enterprises: enterprises)

    let folder = try TestPaths.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let messyRegistry = folder.appendingPathComponent("registry.csv")
    let messyActivities = folder.appendingPathComponent("activities.csv")
    try write(registry.lines, to: messyRegistry)
    try write(activities.lines, to: messyActivities)
    let messy = try run(registry: messyRegistry, activities: messyActivities)

    var cleanFiles: [URL] = []
    for (summary, file) in zip(messy.summaries, [registry, activities]) {
      #expect(summary.reconciles, "seed \(seed) \(summary.path): \(summary.rowsRead) read != \(summary.accepted) + \(summary.quarantined)")
      #expect(summary.rowsRead == file.dataLines.count, "seed \(seed) \(summary.path): rows lost or invented")
      let quarantined = summary.issues.filter(\.quarantinesRow)
      for issue in quarantined {
        #expect(issue.location.file == summary.path && !issue.reason.isEmpty)
        #expect(file.dataLines.contains(issue.location.row), "seed \(seed): quarantined row \(issue.location.row) is not a data row")
      }
      let quarantinedRows = Set(quarantined.map(\.location.row))
      #expect(quarantinedRows.count == summary.quarantined, "seed \(seed): one reason per quarantined row")

      // The same header and the accepted rows alone.
      let header = file.lines.firstIndex(of: MessyInputGenerator.registryHeader)
        ?? file.lines.firstIndex(of: MessyInputGenerator.activityHeader) ?? 0
      let accepted = file.dataLines.filter { !quarantinedRows.contains($0) }.map { file.lines[$0 - 1] }
      let clean = folder.appendingPathComponent("clean-" + URL(fileURLWithPath: summary.path).lastPathComponent)
      try write([file.lines[header]] + accepted, to: clean)
      cleanFiles.append(clean)
    }
    let clean = try run(registry: cleanFiles[0], activities: cleanFiles[1])
    #expect(clean.summaries.map(\.quarantined) == [0, 0], "seed \(seed): the accepted rows were quarantined again")
    #expect(clean.summaries.map(\.accepted) == messy.summaries.map(\.accepted))
    #expect(clean.coverage == messy.coverage, "seed \(seed): coverage differs from the accepted rows alone")
  }
}
