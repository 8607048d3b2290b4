import Benchmark
import CSVStream

/// CSV field scanning: CSVParser over a whole file held in memory, fed in 64 KiB chunks as
/// CSVFileReader does, touching every field's bytes.
enum CSVScanBenchmarks {
  static func register(_ data: BenchmarkData) {
    for (label, path) in [("activities.csv S", data.activitiesCSV), ("registry.csv S", data.registryCSV)] {
      let bytes = BenchmarkData.bytes(of: path)
      benchmark("CSVParser.feed: \(label) [bytes=\(bytes.count)]") {
        let total = try scan(bytes)
        precondition(total > 0)
      }
    }
  }

  /// Feeds `bytes` to a new parser; returns the total field length, so nothing is optimised away.
  static func scan(_ bytes: [UInt8]) throws -> Int {
    let parser = try CSVParser()
    var total = 0
    let handler: CSVParser.RowHandler = { row in
      for field in 0..<row.count { total &+= row.bytes(field).count }
    }
    try bytes.withUnsafeBytes { all in
      var start = 0
      while start < all.count {
        let end = min(start + 65_536, all.count)
        try parser.feed(UnsafeRawBufferPointer(rebasing: all[start..<end]), handler: handler)
        start = end
      }
    }
    try parser.finish(handler: handler)
    return total
  }
}
