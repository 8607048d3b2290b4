import BerdayaReport
import Foundation
import Testing

@testable import BerdayaCLI

@Suite struct ReproduceCommandTests {
  /// The checks of a sample project's findings file, by claim id, computed as the command does.
  func checks(_ project: String) throws -> [String: ClaimCheck] {
    let path = TestPaths.sampleData.appendingPathComponent("\(project)/findings.yaml").path
    let file = try FindingsFile.load(path)
    let settings = try RunSettings(inputs: try InputOptions.parse([file.project, "--quiet"]), flags: nil)
    let evaluator = ClaimEvaluator(facts: try ProjectFacts(settings: settings, progress: nil), findingsPath: path)
    return Dictionary(uniqueKeysWithValues: try file.claims.map { ($0.id, try evaluator.check($0)) })
  }

  /// Medan's table (seed 000) is reproduced; the paper's growth narrative (+36%, +167%) is not,
  /// and the computed growth is what its own table gives (+15.8%, +12.7%).
  @Test func medanCountsMatchAndGrowthClaimsDiffer() throws {
    let checks = try checks("medan")
    #expect(checks.count == 10)
    let counts = [
      "medan-binaan-2019": 1284, "medan-binaan-2020": 1320, "medan-binaan-2021": 1487, "medan-binaan-2021-jasa": 249,
      "medan-binaan-2021-dagang": 57, "medan-binaan-2021-produksi": 259, "medan-binaan-2021-agribisnis": 5,
      "medan-binaan-2021-kuliner": 917,
    ]
    for (id, count) in counts {
      #expect(checks[id]?.verdict == .matches, "\(id)")
      #expect(checks[id]?.computed == Double(count), "\(id)")
    }
    let growth1 = try #require(checks["medan-growth-2019-2021"])
    #expect(growth1.verdict == .differs)
    #expect(abs((growth1.computed ?? 0) - (1487.0 / 1284 - 1)) < 1e-12)
    #expect(ReportFormat(language: .english).signedPercent(growth1.computed) == "+15.8%")
    let growth2 = try #require(checks["medan-growth-2020-2021"])
    #expect(growth2.verdict == .differs)
    #expect(ReportFormat(language: .english).signedPercent(growth2.computed) == "+12.7%")
    #expect(abs((growth2.difference ?? 0) - (1487.0 / 1320 - 1 - 1.67)) < 1e-12)
  }

  /// Medan 2022 (seed 001): 7 Go Digital trainings, 50 participants of the digital-trend training,
  /// Rp 15,000,000 of SAKA SANWIRA capital aid in Medan Tuntungan.
  @Test func medan2022ActivityClaimsMatch() throws {
    let checks = try checks("medan-2022")
    #expect(checks["medan-go-digital-2022"]?.computed == 7)
    #expect(checks["medan-tren-digital-2022"]?.computed == 50)
    #expect(checks["medan-saka-sanwira-2022"]?.computed == 15_000_000)
    #expect(checks["medan-saka-sanwira-2022"]?.unit == .rupiah)
    #expect(checks.values.allSatisfy { $0.verdict == .matches })
  }

  /// Binjai's population file carries the BPS counts of seed 002, and their growth.
  @Test func binjaiPopulationClaimsMatch() throws {
    let checks = try checks("binjai")
    #expect(checks["binjai-umkm-2019"]?.computed == 9972)
    #expect(checks["binjai-umkm-2020"]?.computed == 18181)
    #expect(checks["binjai-umkm-2021"]?.computed == 20852)
    #expect(checks["binjai-umkm-2024"]?.computed == 21601)
    #expect(abs((checks["binjai-umkm-growth-2019-2024"]?.computed ?? 0) - (21601.0 / 9972 - 1)) < 1e-12)
    #expect(checks.values.allSatisfy { $0.verdict == .matches })
  }

  /// Tanjungpinang's poverty figure has no data behind it: "cannot be computed", with why.
  @Test func tanjungpinangPovertyCannotBeComputed() throws {
    let check = try #require(try checks("tanjungpinang")["tanjungpinang-penduduk-miskin-2020"])
    #expect(check.computed == nil)
    guard case .cannotBeComputed(_, let reason) = check.verdict else {
      Issue.record("expected cannot be computed, got \(check.verdict)")
      return
    }
    #expect(reason.contains("poor_population"))
  }

  /// reproduce.md is written, names every verdict, and is byte-identical on a second run.
  @Test func reproduceWritesADeterministicMarkdownFile() throws {
    let findings = TestPaths.sampleData.appendingPathComponent("medan/findings.yaml").path
    let first = try TestPaths.temporaryFolder()
    let second = try TestPaths.temporaryFolder()
    #expect(runBerdaya(["reproduce", findings, "--out", first.path, "--quiet"]) == 0)
    #expect(runBerdaya(["reproduce", findings, "--out", second.path, "--quiet"]) == 0)
    let text = try read(first.appendingPathComponent("reproduce.md"))
    #expect(text == (try read(second.appendingPathComponent("reproduce.md"))))
    #expect(text.contains("10 klaim: 8 sesuai, 2 berbeda, 0 tidak dapat dihitung."))
    #expect(text.contains("| +36,0% | +15,8% | -20,2 pp | berbeda |"))
    #expect(text.contains("| +167,0% | +12,7% | -154,3 pp | berbeda |"))
  }

  /// A key that does not apply to the indicator is an error naming the file and line.
  @Test func wrongKeyNamesTheLine() throws {
    let folder = try TestPaths.temporaryFolder()
    let medan = TestPaths.sampleData.appendingPathComponent("medan").path
    let yaml = """
      title: test
      project: \(medan)
      claims:
        - id: a
          source: s
          indicator: registered
          keys:
            as_of: 2021-07-31
            name_contains: Go
          published: 1
      """
    let path = folder.appendingPathComponent("findings.yaml").path
    try yaml.write(toFile: path, atomically: true, encoding: .utf8)
    let file = try FindingsFile.load(path)
    let settings = try RunSettings(inputs: try InputOptions.parse([file.project, "--quiet"]), flags: nil)
    let evaluator = ClaimEvaluator(facts: try ProjectFacts(settings: settings, progress: nil), findingsPath: path)
    #expect {
      try evaluator.check(file.claims[0])
    } throws: { error in
      "\(error)".hasPrefix("\(path):9: error: claim 'a': key 'name_contains' does not apply to registered")
    }
  }

  /// A claim without a published value is refused with its line.
  @Test func missingPublishedValueNamesTheLine() throws {
    let folder = try TestPaths.temporaryFolder()
    let path = folder.appendingPathComponent("findings.yaml").path
    try "title: t\nclaims:\n  - id: a\n    source: s\n    indicator: registered\n".write(
      toFile: path, atomically: true, encoding: .utf8)
    #expect {
      try FindingsFile.load(path)
    } throws: { error in
      "\(error)" == "\(path):3: error: claim 'a' needs a published value"
    }
  }
}
