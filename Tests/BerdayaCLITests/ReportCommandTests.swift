import Foundation
import Testing

@testable import BerdayaCLI

@Suite struct ReportCommandTests {
  /// The benchmark's hand-built edge cases (terdaftar 0, exact binary ties, duplicates, unknown
  /// kinds, unmatched and case-different ids, an embedded newline) give its expected answer byte for byte.
  @Test func edgeFixtureMatchesTheExecutableSpec() throws {
    let edge = TestPaths.shared.appendingPathComponent("bench/fixtures/edge")
    let out = try TestPaths.temporaryFolder()
    let code = runBerdaya([
      "report", "--registry", edge.appendingPathComponent("registry.csv").path, "--activities",
      edge.appendingPathComponent("activities.csv").path, "--min-cell", "0", "--out", out.path, "--quiet",
    ])
    #expect(code == 0)
    let expected = try Data(contentsOf: edge.appendingPathComponent("expected_out.csv"))
    let actual = try Data(contentsOf: out.appendingPathComponent("coverage.csv"))
    #expect(actual == expected)
  }

  /// Medan's sample project reproduces the published binaan counts (seed 000) from its messy files.
  @Test func medanSampleReproducesPublishedCounts() throws {
    let out = try TestPaths.temporaryFolder()
    let project = TestPaths.sampleData.appendingPathComponent("medan").path
    #expect(runBerdaya(["report", project, "--out", out.path, "--quiet"]) == 0)
    let indicators = try read(out.appendingPathComponent("indicators.csv"))
    #expect(indicators.contains("registered,year,,,,2019,1284,"))
    #expect(indicators.contains("registered,year,,,,2020,1320,"))
    // As of 2021-07-31 (the period's as-of date) the registry holds 1,487 binaan.
    #expect(indicators.contains("coverage,region,,,enabling,,166,1487,"))
    let coverage = try read(out.appendingPathComponent("coverage.csv"))
    var bySector: [String: Int] = [:]
    for line in coverage.split(separator: "\n").dropFirst() {
      let fields = line.split(separator: ",", omittingEmptySubsequences: false)
      bySector[String(fields[1]), default: 0] += Int(fields[2]) ?? 0
    }
    #expect(bySector == ["Jasa": 249, "Dagang": 57, "Produksi": 259, "Agribisnis": 5, "Kuliner": 917])
  }

  /// Activities that match no registered enterprise are counted by the kecamatan they took place
  /// in, its spellings resolved to the region's name; those that match are not.
  @Test func unmatchedActivitiesAreCountedByTheirKecamatan() throws {
    let folder = try TestPaths.temporaryFolder()
    let registry = folder.appendingPathComponent("registry.csv")
    let activities = folder.appendingPathComponent("activities.csv")
    try """
      no_registrasi,nama_usaha,sektor,kecamatan,kelurahan,tanggal_daftar,status_binaan
      UMKM-1,Kedai Kopi Ani,Kuliner,Medan Helvetia,Dwi Kora,2020-01-06,Ya
      UMKM-2,Toko Sinar,Dagang,Medan Johor,Gedung Johor,2020-02-03,Ya

      """.write(to: registry, atomically: true, encoding: .utf8)
    try """
      id_kegiatan,nama_kegiatan,jenis_kegiatan,tanggal,no_registrasi,kecamatan_kegiatan
      KEG-1,Pelatihan Kemasan,pelatihan,2021-03-01,UMKM-1,Medan Helvetia
      KEG-2,Pelatihan Kemasan,pelatihan,2021-03-01,UMKM-9,Kec. Medan Helvetia
      KEG-3,Pameran UMKM,pameran,2021-05-10,UMKM-8,MEDAN JOHOR
      KEG-4,Pameran UMKM,pameran,2021-05-10,UMKM-7,medan johor
      KEG-5,Bimtek Digital,ecommerce,2021-06-11,UMKM-6,Medan Johor

      """.write(to: activities, atomically: true, encoding: .utf8)
    let out = folder.appendingPathComponent("out")
    #expect(
      runBerdaya([
        "report", "--registry", registry.path, "--activities", activities.path, "--region", "12.71", "--min-cell", "0",
        "--lang", "en", "--out", out.path, "--quiet",
      ]) == 0)
    let report = try read(out.appendingPathComponent("report.md"))
    let section = try #require(report.components(separatedBy: "### Unmatched activities by kecamatan of the activity").last)
    let rows = section.split(separator: "\n").prefix(6).filter { $0.hasPrefix("| Medan") }
    #expect(rows.map { $0.replacingOccurrences(of: " ", with: "") } == ["|MedanHelvetia|1|", "|MedanJohor|3|"])
  }

  /// The same inputs give byte-identical outputs.
  @Test func outputsAreDeterministic() throws {
    let project = TestPaths.sampleData.appendingPathComponent("tanjungpinang").path
    let first = try TestPaths.temporaryFolder()
    let second = try TestPaths.temporaryFolder()
    #expect(runBerdaya(["report", project, "--out", first.path, "--quiet"]) == 0)
    #expect(runBerdaya(["report", project, "--out", second.path, "--quiet"]) == 0)
    let files = try FileManager.default.subpathsOfDirectory(atPath: first.path).sorted()
    #expect(files.contains("coverage.csv") && files.contains("manifest.json"))
    for file in files {
      var isDirectory: ObjCBool = false
      let exists = FileManager.default.fileExists(atPath: first.appendingPathComponent(file).path, isDirectory: &isDirectory)
      guard exists, !isDirectory.boolValue else { continue }
      let a = try Data(contentsOf: first.appendingPathComponent(file))
      let b = try Data(contentsOf: second.appendingPathComponent(file))
      #expect(a == b, "\(file) differs between two runs")
    }
  }

  /// A file that cannot be read ends the run with exit code 1 and no report.
  @Test func unreadableRegistryFails() throws {
    let out = try TestPaths.temporaryFolder()
    let code = runBerdaya(["report", "--registry", "/nonexistent/registry.csv", "--out", out.path, "--quiet"])
    #expect(code == 1)
    #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("coverage.csv").path))
  }

  /// No NIK, owner name or address of the input reaches any output file.
  @Test func noPersonalDataInOutputs() throws {
    let edge = TestPaths.shared.appendingPathComponent("bench/fixtures/edge")
    let registry = try read(edge.appendingPathComponent("registry.csv"))
    var secrets = Set<String>()
    for line in registry.split(separator: "\n").dropFirst() {
      let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      guard fields.count >= 5 else { continue }
      secrets.insert(fields[2])  // nik_pemilik
      secrets.insert(fields[4])  // nama_pemilik
    }
    secrets.insert("Jl. Contoh No. 1")
    secrets.insert("Gg. Mawar")
    let out = try TestPaths.temporaryFolder()
    #expect(
      runBerdaya([
        "report", "--registry", edge.appendingPathComponent("registry.csv").path, "--activities",
        edge.appendingPathComponent("activities.csv").path, "--out", out.path, "--quiet",
      ]) == 0)
    for file in try FileManager.default.subpathsOfDirectory(atPath: out.path) {
      guard let data = FileManager.default.contents(atPath: out.appendingPathComponent(file).path) else { continue }
      let text = String(decoding: data, as: UTF8.self)
      for secret in secrets where !secret.isEmpty {
        #expect(!text.contains(secret), "\(file) contains personal data")
      }
    }
  }
}
