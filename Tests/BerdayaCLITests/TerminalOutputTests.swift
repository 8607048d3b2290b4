import Foundation
import Testing

@testable import BerdayaCLI

/// The machine-readable summaries and the documented exit codes.
@Suite struct TerminalOutputTests {
  func object(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test func reproduceJSONCountsVerdicts() throws {
    let path = TestPaths.sampleData.appendingPathComponent("medan/findings.yaml").path
    let file = try FindingsFile.load(path)
    let settings = try RunSettings(inputs: try InputOptions.parse([file.project, "--quiet"]), flags: nil)
    let evaluator = ClaimEvaluator(facts: try ProjectFacts(settings: settings, progress: nil), findingsPath: path)
    let json = try object(
      ReproduceCommand.json(try file.claims.map { try evaluator.check($0) }, findings: path, project: file.project))
    #expect(json["matches"] as? Int == 8)
    #expect(json["differs"] as? Int == 2)
    #expect(json["cannot_be_computed"] as? Int == 0)
    let claims = try #require(json["claims"] as? [[String: Any]])
    let growth = try #require(claims.first { $0["id"] as? String == "medan-growth-2020-2021" })
    #expect(growth["verdict"] as? String == "differs")
    #expect(growth["published"] as? Double == 1.67)
    #expect(abs((growth["computed"] as? Double ?? 0) - 0.12651515151515152) < 1e-12)
  }

  @Test func reportJSONGivesTheRegionCoverage() throws {
    let settings = try RunSettings(
      inputs: try InputOptions.parse([TestPaths.sampleData.appendingPathComponent("medan").path, "--quiet"]), flags: nil
    )
    let output = try Pipeline(settings: settings).run(analyse: true)
    let json = try object(ReportCommand.json(output: output, result: try #require(output.result), out: "x"))
    #expect(json["registered"] as? Int == 1487)
    let coverage = try #require(json["coverage"] as? [[String: Any]])
    #expect(coverage.first?["dimension"] as? String == "enabling")
    #expect(coverage.first?["reached"] as? Int == 166)
  }

  /// 1: a file cannot be read; 64: bad arguments.
  @Test func exitCodes() throws {
    let out = try TestPaths.temporaryFolder().path
    #expect(runBerdaya(["reproduce", out + "/missing.yaml", "--out", out]) == 1)
    #expect(runBerdaya(["compare", out + "/nope", out + "/nope2", "--out", out]) == 1)
    #expect(runBerdaya(["reproduce"]) == 64)
    #expect(runBerdaya(["init", out, "--region", "12.71", "--year", "20"]) == 64)
    #expect(runBerdaya(["report", "--registry", "a.csv", "--lang", "de"]) == 64)
  }
}
