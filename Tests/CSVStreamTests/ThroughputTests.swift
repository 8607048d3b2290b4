import Foundation
import Testing

@testable import CSVStream

/// Opt-in throughput check on the bench activities file (BERDAYA_BENCH=1, release build):
///
///     python3 ../shared/bench/gen_data.py --enterprises 200000 --activities 1000000 --seed 42 --out /tmp/bench-M
///     BERDAYA_BENCH=1 swift test -c release --filter ThroughputTests
///
/// BERDAYA_BENCH_FILE overrides the path. The loop counts rows and fields and touches every
/// field's length, the least any importer does.
@Suite struct ThroughputTests {
  static let enabled = ProcessInfo.processInfo.environment["BERDAYA_BENCH"] == "1"
  static let path = ProcessInfo.processInfo.environment["BERDAYA_BENCH_FILE"] ?? "/tmp/bench-M/activities.csv"

  @Test(.enabled(if: enabled)) func activitiesFile() throws {
    let size = try #require(try FileManager.default.attributesOfItem(atPath: Self.path)[.size] as? Int)
    var best = Double.infinity
    var summary = (rows: 0, fields: 0, bytes: 0)
    for _ in 0..<3 {
      var rows = 0
      var fields = 0
      var bytes = 0
      let clock = ContinuousClock()
      let elapsed = try clock.measure {
        try CSVFileReader.read(path: Self.path) { row in
          rows += 1
          fields += row.count
          for index in 0..<row.count { bytes &+= row.bytes(index).count }
        }
      }
      let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
      best = min(best, seconds)
      summary = (rows, fields, bytes)
    }
    let megabytes = Double(size) / 1_000_000
    print("CSVFileReader: \(summary.rows) rows, \(summary.fields) fields, \(megabytes) MB in \(best) s = \(megabytes / best) MB/s")
    #expect(summary.rows > 0)
  }
}
