import Benchmark
import XLSXReader

/// XLSX sheet scanning: open the workbook and stream every row of its sheet through XLSXReader
/// (unzip, XML scan, cell decoding), counting the cells.
enum XLSXScanBenchmarks {
  static func register(_ data: BenchmarkData) {
    for (label, path) in [
      ("registry.xlsx 10k rows (inline strings)", data.registryXLSX),
      ("registry.xlsx 10k rows (shared strings)", data.registrySharedStringsXLSX),
    ] {
      let size = BenchmarkData.bytes(of: path).count
      benchmark("XLSXWorkbook.forEachRow: \(label) [bytes=\(size)]") {
        let workbook = try XLSXWorkbook(path: path)
        var cells = 0
        try workbook.forEachRow(in: workbook.sheets[0]) { cells += $0.cells.count }
        precondition(cells > 0)
      }
    }
  }
}
