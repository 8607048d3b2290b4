import Foundation
import Testing

@testable import BerdayaCLI

@Suite struct ValidateCommandTests {
  /// validate writes quarantine.csv with file, row, column, value and reason, and the counts reconcile.
  @Test func quarantineFileAndReconciliation() throws {
    let project = TestPaths.sampleData.appendingPathComponent("binjai").path
    let out = try TestPaths.temporaryFolder()
    #expect(runBerdaya(["validate", project, "--out", out.path, "--quiet"]) == 0)
    let quarantine = try read(out.appendingPathComponent("quarantine.csv"))
    let lines = quarantine.split(separator: "\n")
    #expect(lines.first == "file,sheet,row,column,value,reason")
    // binaan.csv line 155 has no identity; kegiatan.csv line 109 an unknown kind ("Rapat").
    #expect(lines.contains { $0.contains("binaan.csv,,155,") && $0.contains("no identity") })
    #expect(lines.contains { $0.contains("kegiatan.csv,,109,") && $0.contains("unknown programme kind") })
    let normalisation = try read(out.appendingPathComponent("normalisation.csv"))
    #expect(normalisation.hasPrefix("field,raw,canonical,method,count,candidates\n"))
  }

  /// The JSON summary has the documented shape and rows_read = accepted + quarantined.
  @Test func jsonSummaryShape() throws {
    let project = TestPaths.sampleData.appendingPathComponent("binjai").path
    let out = try TestPaths.temporaryFolder()
    let output = try Pipeline(settings: RunSettings(inputs: .parse([project, "--out", out.path]), flags: nil))
      .run(analyse: false)
    let data = Data(ValidationSummary.json(output).utf8)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let files = try #require(object["files"] as? [[String: Any]])
    #expect(!files.isEmpty)
    for file in files {
      let read = try #require(file["rows_read"] as? Int)
      let accepted = try #require(file["accepted"] as? Int)
      let quarantined = try #require(file["quarantined"] as? Int)
      #expect(read == accepted + quarantined)
      #expect(file["quarantined_by_reason"] is [String: Int])
    }
    let total = try #require(object["rows_read"] as? Int)
    #expect(total == files.compactMap { $0["rows_read"] as? Int }.reduce(0, +))
  }
}
