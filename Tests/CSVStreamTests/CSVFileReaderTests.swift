import Foundation
import Testing

@testable import CSVStream

@Suite struct CSVFileReaderTests {
  func temporaryFile(_ name: String, _ bytes: [UInt8]) throws -> String {
    let path = NSTemporaryDirectory() + "csvstream-\(ProcessInfo.processInfo.processIdentifier)-\(name)"
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test func missingFileSaysWhy() {
    #expect {
      try CSVFileReader.read(path: "/nonexistent/umkm.csv") { _ in }
    } throws: { error in
      "\(error)" == "cannot open /nonexistent/umkm.csv: No such file or directory"
        && (error as? CSVError)?.code == .io
    }
  }

  @Test func directoryIsAReadError() {
    #expect {
      try CSVFileReader.read(path: NSTemporaryDirectory()) { _ in }
    } throws: { error in
      "\(error)".hasPrefix("cannot read ") && "\(error)".hasSuffix("Is a directory")
    }
  }

  @Test func emptyFile() throws {
    let path = try temporaryFile("empty.csv", [])
    defer { try? FileManager.default.removeItem(atPath: path) }
    let (rows, encoding, dialect) = try readFileRows(path)
    #expect(rows.isEmpty && encoding == .utf8 && dialect == .comma)
  }

  /// UTF-16 with a semicolon dialect, sniffed after transcoding, read in chunks that split code units.
  @Test func utf16SemicolonFile() throws {
    let text = "nama;omzet\r\n\"Kedai; Bu Ani\";1,5\r\n\r\nCafé 𝄞;2\r\n"
    let path = try temporaryFile("utf16.csv", [0xFF, 0xFE] + Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    defer { try? FileManager.default.removeItem(atPath: path) }
    let (rows, encoding, dialect) = try readFileRows(path, chunkSizes: [1 << 20, 1, 3, 5])
    #expect(encoding == .utf16LE && dialect == .semicolon)
    #expect(rows == [
      ParsedRow(line: 1, fields: ["nama", "omzet"]), ParsedRow(line: 2, fields: ["Kedai; Bu Ani", "1,5"]),
      ParsedRow(line: 3, fields: []), ParsedRow(line: 4, fields: ["Café 𝄞", "2"]),
    ])
  }

  @Test func windows1252ByteAtTheVeryEnd() throws {
    let path = try temporaryFile("cafe.csv", Array("nama\nCaf".utf8) + [0xE9])
    defer { try? FileManager.default.removeItem(atPath: path) }
    var last = ""
    let found = try CSVFileReader.read(path: path) { last = TextEncoding.decode($0.bytes(0), as: .windows1252) }
    #expect(found.encoding == .windows1252 && last == "Café")
  }

  @Test func givenDialectIsUsed() throws {
    let path = try temporaryFile("given.csv", Array("a;b,c\n".utf8))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let (rows, _, dialect) = try readFileRows(path, dialect: .comma)
    #expect(dialect == .comma && rows.map(\.fields) == [["a;b", "c"]])
  }

  /// A multi-megabyte file, longer than the sniff sample, with quoted newlines crossing chunk
  /// boundaries: every chunk size sees the same rows. Rows are counted and hashed, never kept.
  @Test func multiMegabyteFileAnyChunkSize() throws {
    var text = "id;nama;catatan;nilai\n"
    for index in 0..<60_000 {
      text += "\(index);Usaha \(index);\"baris satu\nbaris \"\"dua\"\"; \(index % 7)\";\(index % 1000),\(index % 10)\n"
    }
    let bytes = Array(text.utf8)
    #expect(bytes.count > 3_000_000)
    let path = try temporaryFile("big.csv", bytes)
    defer { try? FileManager.default.removeItem(atPath: path) }
    var summaries: [[Int]] = []
    for chunkSize in [1 << 20, 65_536, 4_099, 1_000_003] {
      var rows = 0
      var fields = 0
      var hash = 0
      var lastLine = 0
      let (_, dialect) = try CSVFileReader.read(path: path, chunkSize: chunkSize) { row in
        rows += 1
        fields += row.count
        lastLine = row.line
        for index in 0..<row.count { for byte in row.bytes(index) { hash = hash &* 31 &+ Int(byte) } }
      }
      #expect(dialect == .semicolon)
      summaries.append([rows, fields, hash, lastLine])
    }
    #expect(summaries.allSatisfy { $0 == summaries[0] })
    #expect(summaries[0][0] == 60_001 && summaries[0][1] == 240_004)
    #expect(summaries[0][3] == 1 + 2 * 60_000 - 1)
  }

  /// Where a part starts, its first line: line feeds, lone carriage returns, CRLF pairs (also
  /// split across the reading chunks) counted once each, at every offset of a mixed file.
  @Test func lineBreaksCountEveryKindOfLineEnd() throws {
    let bytes = Array("id;nama\r\n1;Kedai\r\n\r2;Toko\n\n3;\"Sinar\r\nJaya\"\r\r\n4;Café\r".utf8)
    let path = try temporaryFile("line-ends.csv", bytes)
    defer { try? FileManager.default.removeItem(atPath: path) }
    for offset in 0...bytes.count + 2 {
      let prefix = bytes.prefix(offset)
      let feeds = prefix.filter { $0 == 0x0A }.count
      let loneReturns = prefix.indices.filter { prefix[$0] == 0x0D && ($0 + 1 == prefix.endIndex || prefix[$0 + 1] != 0x0A) }
      for chunkSize in [1, 2, 3, 7, 1 << 20] {
        #expect(
          try CSVFileReader.lineBreaks(in: 0..<offset, path: path, chunkSize: chunkSize) == feeds + loneReturns.count,
          "offset \(offset), chunk size \(chunkSize)")
      }
    }
  }
}
