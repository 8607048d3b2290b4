import Foundation
import Testing

@testable import CSVStream

/// Files under ../shared (the conformance corpora, real office data), read in place.
///
/// The package sits at /work/main with shared/ beside it; CI clones the same way. The path is
/// worked out from this file's own location so no copy of the corpora lives in the repository.
enum SharedCorpus {
  static let root: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }  // CSVStreamTests, Tests, the package
    return url.deletingLastPathComponent().appendingPathComponent("shared").path
  }()

  static func path(_ relative: String) -> String { root + "/" + relative }

  static func bytes(_ relative: String) throws -> [UInt8] {
    Array(try Data(contentsOf: URL(fileURLWithPath: path(relative))))
  }

  static func text(_ relative: String) throws -> String {
    String(decoding: try bytes(relative), as: UTF8.self)
  }

  static func files(in relative: String, suffix: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: path(relative))
      .filter { $0.hasSuffix(suffix) }.sorted()
  }
}

/// Sniffs a dialect from a byte array (BOM skipped, first 64 KiB), as the file reader does.
func sniffDialect(_ bytes: [UInt8]) -> CSVDialect {
  bytes.withUnsafeBytes { all in
    let start = all.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    return CSVDialect.sniff(UnsafeRawBufferPointer(rebasing: all[start..<min(all.count, start + 65536)]))
  }
}

/// Reads a file through `CSVFileReader` at several chunk sizes, expects the same rows from each,
/// and returns them with the encoding and dialect found.
func readFileRows(
  _ path: String, dialect: CSVDialect? = nil, chunkSizes: [Int] = [1 << 20, 1, 7, 4093]
) throws -> (rows: [ParsedRow], encoding: TextEncoding, dialect: CSVDialect) {
  var first: (rows: [ParsedRow], encoding: TextEncoding, dialect: CSVDialect)?
  for size in chunkSizes {
    var rows: [ParsedRow] = []
    let found = try CSVFileReader.read(path: path, chunkSize: size, dialect: dialect) {
      rows.append(ParsedRow(line: $0.line, fields: $0.strings))
    }
    if let first {
      #expect(rows == first.rows, "chunk size \(size) changed the rows of \(path)")
      #expect(found.dialect == first.dialect && found.encoding == first.encoding)
    } else {
      first = (rows, found.encoding, found.dialect)
    }
  }
  guard let first else { throw CSVError(code: .io, message: "no chunk sizes given") }
  return first
}
