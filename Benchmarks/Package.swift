// swift-tools-version:6.0
import PackageDescription

// In-process micro-benchmarks of berdaya's hot paths (scripts/microbench runs them). A package of
// its own, depending on the root package by path, so that building or testing berdaya (CI) never
// builds the harness or fetches google/swift-benchmark.
let package = Package(
  name: "BerdayaBenchmarks",
  products: [
    .executable(name: "berdaya-benchmarks", targets: ["BerdayaBenchmarks"]),
    .executable(name: "registry-totals", targets: ["RegistryTotals"]),
    .executable(name: "activities-totals", targets: ["ActivitiesTotals"]),
  ],
  dependencies: [
    .package(name: "berdaya", path: ".."),
    .package(url: "https://github.com/google/swift-benchmark", from: "0.1.2"),
  ],
  targets: [
    .executableTarget(
      name: "BerdayaBenchmarks",
      dependencies: [
        .product(name: "CSVStream", package: "berdaya"),
        .product(name: "XLSXReader", package: "berdaya"),
        .product(name: "BerdayaModel", package: "berdaya"),
        .product(name: "BerdayaImport", package: "berdaya"),
        .product(name: "BerdayaAnalysis", package: "berdaya"),
        .product(name: "Benchmark", package: "swift-benchmark"),
      ]),
    .executableTarget(
      name: "RegistryTotals",
      dependencies: [
        .product(name: "BerdayaImport", package: "berdaya"),
        .product(name: "BerdayaModel", package: "berdaya"),
      ]),
    .executableTarget(
      name: "ActivitiesTotals",
      dependencies: [
        .product(name: "BerdayaImport", package: "berdaya"),
        .product(name: "BerdayaModel", package: "berdaya"),
      ]),
  ],
  swiftLanguageModes: [.v6]
)
