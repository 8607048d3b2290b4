import Benchmark

// Each benchmark's name ends with its input size per iteration, "[bytes=N]" or "[items=N]", from
// which scripts/microbench computes MB/s or million items/s.
let data = BenchmarkData.locate()
CSVScanBenchmarks.register(data)
ValueParsingBenchmarks.register(data)
XLSXScanBenchmarks.register(data)
CoverageBenchmarks.register()
Benchmark.main()
