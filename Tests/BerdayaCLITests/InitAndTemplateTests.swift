import BerdayaImport
import Foundation
import Testing

@testable import BerdayaCLI

@Suite struct InitAndTemplateTests {
  /// Whether python3 with openpyxl is there (scripts/setup installs both; CI has them).
  static let hasOpenpyxl: Bool = {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", "import openpyxl"]
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    process.waitUntilExit()
    return process.terminationStatus == 0
  }()

  /// `init` writes a berdaya.yaml that reads back with the values given, and blank templates that
  /// validate (0 rows, nothing quarantined).
  @Test func initWritesAProjectThatReadsBack() throws {
    let folder = try TestPaths.temporaryFolder().appendingPathComponent("binjai-2026").path
    #expect(
      runBerdaya(["init", folder, "--region", "12.75", "--year", "2026", "--min-cell", "10", "--target", "0.4"]) == 0)
    let project = try ProjectFile.load(folder: folder)
    #expect(project.title == "Laporan Pemberdayaan UMKM Kota Binjai 2026")
    #expect(project.region == "12.75")
    #expect(project.year == 2026)
    #expect(project.minCell == 10)
    #expect(project.target == 0.4)
    #expect(project.framework == "friedmann")
    #expect(project.inputs.map(\.kind) == [.registry, .activities])
    #expect(project.inputs.map(\.sheets) == [["Registri UMKM"], ["Kegiatan"]])
    // A second init keeps the project unless --force.
    #expect(runBerdaya(["init", folder, "--region", "12.75", "--year", "2026"]) == 1)
    #expect(runBerdaya(["init", folder, "--region", "12.75", "--year", "2026", "--force"]) == 0)
    #expect(runBerdaya(["validate", folder, "--out", folder + "/cek", "--quiet"]) == 0)
  }

  /// A template filled by openpyxl (not by our writer), from its own drop-down lists, imports
  /// with zero quarantined rows and zero unreadable values, and every activity links.
  @Test(.enabled(if: hasOpenpyxl, "python3 with openpyxl is missing (scripts/setup installs it)"))
  func filledTemplateImportsWithoutQuarantine() throws {
    let folder = try TestPaths.temporaryFolder().appendingPathComponent("medan-2025").path
    #expect(runBerdaya(["init", folder, "--region", "12.71", "--year", "2025"]) == 0)
    let script = TestPaths.packageRoot.appendingPathComponent("Tests/BerdayaCLITests/Fixtures/fill_templates.py").path
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", script, folder + "/data", "60", "90"]
    try process.run()
    process.waitUntilExit()
    try #require(process.terminationStatus == 0)

    let settings = try RunSettings(inputs: try InputOptions.parse([folder, "--quiet"]), flags: nil)
    let output = try Pipeline(settings: settings).run(analyse: true)
    let registry = try #require(output.summaries.first { $0.kind == .registry })
    let activities = try #require(output.summaries.first { $0.kind == .activities })
    #expect(registry.rowsRead == 60)
    #expect(registry.accepted == 60)
    #expect(activities.rowsRead == 90)
    #expect(activities.accepted == 90)
    #expect(output.summaries.map(\.quarantined) == [0, 0])
    #expect(output.summaries.flatMap(\.issues).map(\.reason) == [])
    #expect(output.linkage[.registrationNumber] == 90)
    // Every kecamatan resolved against the gazetteer: no unknown kecamatan or sector.
    let result = try #require(output.result)
    #expect(result.unknowns.kecamatan == 0)
    #expect(result.unknowns.sector == 0)
    #expect(result.coverage.region.registered == 48)
  }

  /// `template` refuses a province: its kecamatan lists would have no single region.
  @Test func templateRefusesAProvince() throws {
    let folder = try TestPaths.temporaryFolder().path
    #expect(runBerdaya(["template", "--region", "12", "--out", folder]) == 1)
  }
}
