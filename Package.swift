// swift-tools-version:6.0
import PackageDescription

// The pipeline, one target per stage:
//   BerdayaModel -> BerdayaImport -> BerdayaAnalysis -> BerdayaReport -> BerdayaCLI -> berdaya
// Only the thin wrapper targets (CSVStream, XLSXReader, XLSXWriter, XLSReader) touch C, and the
// executable its one malloc setting (CMalloc).
// Measured (perf, the M coverage job): dynamic exclusivity checks on the hot loops' class
// properties (swift_beginAccess and its thread-local access set) were 9% of the run. Release builds
// of the targets in that loop skip them (BerdayaCLI too: its pipeline links and counts each
// activity, and its checks were 1.5% of the L job's samples); debug builds, which the tests use,
// keep them.
let hotLoop: [SwiftSetting] = [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]

let package = Package(
  name: "berdaya",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "berdaya", targets: ["berdaya"]),
    // For the micro-benchmarks in Benchmarks/ (a separate package that depends on this one).
    .library(name: "CSVStream", targets: ["CSVStream"]),
    .library(name: "XLSXReader", targets: ["XLSXReader"]),
    .library(name: "BerdayaModel", targets: ["BerdayaModel"]),
    .library(name: "BerdayaImport", targets: ["BerdayaImport"]),
    .library(name: "BerdayaAnalysis", targets: ["BerdayaAnalysis"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
  ],
  targets: [
    // C libraries from Debian, wrapped once each.
    .systemLibrary(name: "CLibCSV", path: "Sources/CLibCSV", providers: [.apt(["libcsv-dev"])]),
    .systemLibrary(
      name: "CXLSXWriter", path: "Sources/CXLSXWriter", pkgConfig: "xlsxwriter",
      providers: [.apt(["libxlsxwriter-dev"])]),
    .systemLibrary(name: "CFreeXL", path: "Sources/CFreeXL", providers: [.apt(["libfreexl-dev"])]),
    .systemLibrary(name: "CZlib", path: "Sources/CZlib", providers: [.apt(["zlib1g-dev"])]),
    // glibc's malloc.h, for the executable's one allocator setting.
    .systemLibrary(name: "CMalloc", path: "Sources/CMalloc"),
    // The compiler's prefetch hint, for index lookups issued ahead of their use.
    .systemLibrary(name: "CPrefetch", path: "Sources/CPrefetch"),
    // The SIMD byte mask (SSE2's PMOVMSKB), for the CSV line scan.
    .systemLibrary(name: "CByteMask", path: "Sources/CByteMask"),

    // Safe Swift layers over the C libraries.
    .target(name: "CSVStream", dependencies: ["CLibCSV", "CByteMask"], swiftSettings: hotLoop),
    .target(name: "XLSXReader", dependencies: ["CZlib"]),
    .target(name: "XLSReader", dependencies: ["CFreeXL", "XLSXReader"]),
    .target(name: "XLSXWriter", dependencies: ["CXLSXWriter"]),

    // The pipeline.
    .target(name: "BerdayaModel"),
    .target(
      name: "BerdayaImport",
      dependencies: ["BerdayaModel", "CSVStream", "XLSXReader", "XLSReader", "CPrefetch"],
      resources: [.copy("Resources")], swiftSettings: hotLoop),
    .target(name: "BerdayaAnalysis", dependencies: ["BerdayaModel", "CPrefetch"], swiftSettings: hotLoop),
    .target(
      name: "BerdayaReport",
      dependencies: ["BerdayaModel", "BerdayaAnalysis", "XLSXWriter"],
      resources: [.copy("Resources")]),
    .target(
      name: "BerdayaCLI",
      dependencies: [
        "BerdayaModel", "BerdayaImport", "BerdayaAnalysis", "BerdayaReport", "XLSXWriter",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "Yams", package: "Yams"),
      ], swiftSettings: hotLoop),
    .executableTarget(name: "berdaya", dependencies: ["BerdayaCLI", "CMalloc"]),

    // Tests: one target per library target, fixtures beside the tests that use them.
    .testTarget(name: "CSVStreamTests", dependencies: ["CSVStream"], resources: [.copy("Fixtures")]),
    .testTarget(
      name: "XLSXReaderTests", dependencies: ["XLSXReader", "XLSReader"], resources: [.copy("Fixtures")]),
    .testTarget(name: "XLSXWriterTests", dependencies: ["XLSXWriter", "XLSXReader"]),
    .testTarget(name: "BerdayaModelTests", dependencies: ["BerdayaModel"]),
    .testTarget(
      name: "BerdayaImportTests", dependencies: ["BerdayaImport", "BerdayaModel"],
      resources: [.copy("Fixtures")]),
    .testTarget(name: "BerdayaAnalysisTests", dependencies: ["BerdayaAnalysis", "BerdayaModel"]),
    .testTarget(
      name: "BerdayaReportTests",
      dependencies: ["BerdayaReport", "BerdayaAnalysis", "BerdayaModel", "XLSXReader"]),
    // The CLI tests run their fixture script (fill_templates.py) from the source tree with python3.
    .testTarget(
      name: "BerdayaCLITests", dependencies: ["BerdayaCLI"], exclude: ["Fixtures"]),
    // Hostile files through the built `berdaya` executable, in child processes under ulimit.
    .testTarget(name: "HostileInputTests", exclude: ["Fixtures"]),
  ],
  swiftLanguageModes: [.v6]
)
