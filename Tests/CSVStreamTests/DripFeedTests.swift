import Foundation
import Testing

@testable import CSVStream

/// Rows collected from one parse, with their line numbers.
struct ParsedRow: Equatable {
  var line: Int
  var fields: [String]
}

func parse(
  _ bytes: [UInt8], chunks: [Int], delimiter: UInt8 = UInt8(ascii: ","), quote: UInt8 = UInt8(ascii: "\"")
) throws -> [ParsedRow] {
  let parser = try CSVParser(delimiter: delimiter, quote: quote)
  var rows: [ParsedRow] = []
  let collect: CSVParser.RowHandler = { rows.append(ParsedRow(line: $0.line, fields: $0.strings)) }
  var offset = 0
  var chunkIndex = 0
  try bytes.withUnsafeBytes { all in
    while offset < all.count {
      let size = max(1, min(chunks[chunkIndex % chunks.count], all.count - offset))
      try parser.feed(UnsafeRawBufferPointer(rebasing: all[offset..<offset + size]), handler: collect)
      offset += size
      chunkIndex += 1
    }
  }
  try parser.finish(handler: collect)
  return rows
}

func fixture(_ name: String) throws -> [UInt8] {
  let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil))
  return Array(try Data(contentsOf: url))
}

@Suite struct DripFeedTests {
  /// The same bytes whole, byte by byte and in uneven chunks give the same rows (swift-nio's verifier).
  @Test func chunkingNeverChangesRows() throws {
    let bytes = try fixture("quoted-newlines-crlf.csv")
    let whole = try parse(bytes, chunks: [bytes.count])
    #expect(try parse(bytes, chunks: [1]) == whole)
    #expect(try parse(bytes, chunks: [3, 7, 1, 13]) == whole)
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<20 {
      let sizes = (0..<5).map { _ in Int.random(in: 1...17, using: &generator) }
      #expect(try parse(bytes, chunks: sizes) == whole)
    }
  }

  @Test func quotedFieldsNewlinesAndLineNumbers() throws {
    let rows = try parse(try fixture("quoted-newlines-crlf.csv"), chunks: [4096])
    #expect(rows.count == 4)
    #expect(rows[0] == ParsedRow(line: 1, fields: ["id", "nama_usaha", "alamat"]))
    #expect(rows[1] == ParsedRow(line: 2, fields: ["1", "Kedai \"Kopi\", Bu Ani", "Jl. Ahmad Yani No. 5,\r\nGg. Mawar"]))
    #expect(rows[2] == ParsedRow(line: 4, fields: []))
    #expect(rows[3] == ParsedRow(line: 5, fields: ["2", "Café Senja", "Jl. Contoh"]))
  }

  @Test func spacesAroundUnquotedFieldsAreKept() throws {
    let rows = try parse(Array(" a ;\tb\t\n".utf8), chunks: [64], delimiter: UInt8(ascii: ";"))
    #expect(rows == [ParsedRow(line: 1, fields: [" a ", "\tb\t"])])
  }

  @Test func lastRowWithoutTerminatorIsDelivered() throws {
    let rows = try parse(Array("a,b\n1,2".utf8), chunks: [64])
    #expect(rows.map(\.fields) == [["a", "b"], ["1", "2"]])
  }

  @Test func unterminatedQuoteNamesItsLine() throws {
    #expect {
      _ = try parse(Array("a,b\n1,\"open\n2,3\n".utf8), chunks: [64])
    } throws: { error in
      (error as? CSVError)?.code == .malformedQuoting && (error as? CSVError)?.line == 2
    }
  }

  @Test func fieldLimitStopsHostileInput() throws {
    let parser = try CSVParser(limits: .init(maxFieldBytes: 8, maxFieldsPerRow: 4))
    let bytes = Array("0123456789abcdef\n".utf8)
    #expect(throws: CSVError.self) {
      try bytes.withUnsafeBytes { try parser.feed($0) { _ in } }
    }
  }
}
