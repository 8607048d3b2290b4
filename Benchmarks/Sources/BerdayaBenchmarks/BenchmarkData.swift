import CSVStream
import Foundation

/// The generated files the benchmarks read (../shared/bench/gen_data.py, seed 42), made by
/// scripts/microbench: set S (CSV) and XS / XSS (a 10,000-row registry.xlsx, inline and shared strings).
struct BenchmarkData {
  let folder: String

  /// The folder named by BERDAYA_BENCH_DATA (default /tmp/berdaya-bench); exits when a file is missing.
  static func locate() -> BenchmarkData {
    let data = BenchmarkData(folder: ProcessInfo.processInfo.environment["BERDAYA_BENCH_DATA"] ?? "/tmp/berdaya-bench")
    for file in [data.activitiesCSV, data.registryCSV, data.registryXLSX, data.registrySharedStringsXLSX]
    where !FileManager.default.fileExists(atPath: file) {
      FileHandle.standardError.write(Data("missing \(file): run scripts/microbench, which generates it\n".utf8))
      exit(2)
    }
    return data
  }

  var activitiesCSV: String { folder + "/S/activities.csv" }
  var registryCSV: String { folder + "/S/registry.csv" }
  var registryXLSX: String { folder + "/XS/registry.xlsx" }
  var registrySharedStringsXLSX: String { folder + "/XSS/registry.xlsx" }

  /// The whole file in memory, so that the benchmarks time parsing, not the disk.
  static func bytes(of path: String) -> [UInt8] {
    guard let contents = FileManager.default.contents(atPath: path) else { fatalError("cannot read \(path)") }
    return [UInt8](contents)
  }

  /// Every value of the named column of a comma-separated file with a header row.
  static func column(_ name: String, of path: String) throws -> [String] {
    let bytes = bytes(of: path)
    let parser = try CSVParser()
    var index: Int?
    var values: [String] = []
    let handler: CSVParser.RowHandler = { row in
      guard let column = index else {
        index = row.strings.firstIndex(of: name)
        return
      }
      values.append(String(decoding: row.bytes(column), as: UTF8.self))
    }
    try bytes.withUnsafeBytes { try parser.feed($0, handler: handler) }
    try parser.finish(handler: handler)
    return values
  }
}
