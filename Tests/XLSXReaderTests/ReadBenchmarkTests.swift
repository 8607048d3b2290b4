import Foundation
import Testing
import XLSXReader

/// Opt-in speed check: `BERDAYA_BENCH=1 BERDAYA_BENCH_XLSX=/tmp/x/registry.xlsx swift test -c release
/// --filter readBenchmark` (make the file with `shared/bench/gen_data.py --xlsx`). Prints rows/s and
/// peak RSS; the release numbers go to BENCHMARKS.md.
@Test(.enabled(if: ProcessInfo.processInfo.environment["BERDAYA_BENCH"] == "1"))
func readBenchmark() throws {
  let path = ProcessInfo.processInfo.environment["BERDAYA_BENCH_XLSX"] ?? "/tmp/x100k/registry.xlsx"
  let clock = ContinuousClock()
  var rows = 0
  var cells = 0
  var textBytes = 0
  let elapsed = try clock.measure {
    let book = try XLSXWorkbook(path: path)
    try book.forEachRow(in: book.sheets[0]) { row in
      rows += 1
      cells += row.cells.count
      if case .text(let s) = row.cells.first { textBytes += s.utf8.count }
    }
  }
  let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
  var usage = rusage()
  #if os(Linux)
    getrusage(RUSAGE_SELF.rawValue, &usage)
  #else
    getrusage(RUSAGE_SELF, &usage)
  #endif
  print(
    "readBenchmark: \(rows) rows, \(cells) cells in \(String(format: "%.2f", seconds)) s = \(Int(Double(rows) / seconds)) rows/s; peak RSS \(usage.ru_maxrss / 1024) MiB (ru_maxrss)"
  )
  #expect(rows > 0)
}
