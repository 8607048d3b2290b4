import Testing

@testable import CSVStream

/// Encodings, BOMs, odd line ends and odd bytes from csvkit, FastCSV and commons-csv, read with
/// `CSVFileReader` at several chunk sizes.
///
/// Deliberate deviations and choices:
/// - csvkit mac_newlines.csv: csvkit shows the CR inside `"Once upon\ra time"` as LF (Python's
///   text mode); we keep the file's own CR. Lone CR does end a record, as it should.
/// - csvkit null_byte.csv: a NUL byte is kept in the field as U+0000; stripping or refusing it is
///   for the importer's value rules.
/// - FastCSV utf32{le,be}_bom.csv: UTF-32 is refused with a `CSVError` saying so.
@Suite struct EncodingConformanceTests {
  static let csvkit = "conformance/csv/csvkit/examples"
  static let fastCSV = "conformance/csv/FastCSV/lib/src/intTest/resources"

  @Test func macNewlinesEndRecords() throws {
    let (rows, _, _) = try readFileRows(SharedCorpus.path("\(Self.csvkit)/mac_newlines.csv"))
    #expect(rows == [
      ParsedRow(line: 1, fields: ["a", "b", "c"]), ParsedRow(line: 2, fields: ["1", "2", "3"]),
      ParsedRow(line: 3, fields: ["Once upon\ra time", "5", "6"]),
    ])
  }

  @Test func latin1CopyrightSign() throws {
    var decoded: [[String]] = []
    let found = try CSVFileReader.read(path: SharedCorpus.path("\(Self.csvkit)/test_latin1.csv")) { row in
      decoded.append((0..<row.count).map { TextEncoding.decode(row.bytes($0), as: .windows1252) })
    }
    #expect(found.encoding == .windows1252)
    #expect(decoded == [["a", "b", "c"], ["1", "2", "3"], ["4", "5", "©"]])
  }

  @Test(arguments: [
    ("test_utf8.csv", TextEncoding.utf8), ("test_utf8_bom.csv", .utf8BOM),
    ("test_utf16_big.csv", .utf16BE), ("test_utf16_little.csv", .utf16LE),
  ])
  func csvkitUnicodeFiles(file: String, encoding: TextEncoding) throws {
    let (rows, found, dialect) = try readFileRows(SharedCorpus.path("\(Self.csvkit)/\(file)"))
    #expect(found == encoding)
    #expect(dialect == .comma)
    // The UTF-16 pair holds test_utf8.csv's data under the header a,b,c.
    let header = encoding.isUTF16 ? ["a", "b", "c"] : ["foo", "bar", "baz"]
    #expect(rows.map(\.fields) == [header, ["1", "2", "3"], ["4", "5", "ʤ"]])
  }

  @Test(arguments: [
    ("utf8_nobom.csv", TextEncoding.utf8), ("utf8_bom.csv", .utf8BOM), ("utf16le_bom.csv", .utf16LE),
    ("utf16be_bom.csv", .utf16BE),
  ])
  func fastCSVByteOrderMarks(file: String, encoding: TextEncoding) throws {
    let (rows, found, _) = try readFileRows(SharedCorpus.path("\(Self.fastCSV)/\(file)"))
    #expect(found == encoding)
    #expect(rows.map(\.fields) == [["foo", "üÜß"], ["123", "456"]])
  }

  @Test(arguments: ["utf32le_bom.csv", "utf32be_bom.csv"])
  func utf32IsRefused(file: String) throws {
    #expect {
      try CSVFileReader.read(path: SharedCorpus.path("\(Self.fastCSV)/\(file)")) { _ in }
    } throws: { error in
      (error as? CSVError)?.code == .io && "\(error)".contains("UTF-32")
    }
  }

  @Test func commonsByteOrderMarkHeader() throws {
    let path = "conformance/csv/commons-csv/src/test/resources/org/apache/commons/csv/CSVFileParser/bom.csv"
    let (rows, encoding, _) = try readFileRows(SharedCorpus.path(path))
    #expect(encoding == .utf8BOM)
    #expect(rows.first?.fields.first?.unicodeScalars.first != "\u{FEFF}")
    #expect(rows.first?.fields.first?.isEmpty == false)
  }

  @Test func nulByteIsKept() throws {
    let (rows, _, _) = try readFileRows(SharedCorpus.path("\(Self.csvkit)/null_byte.csv"))
    #expect(rows.map(\.fields) == [["a", "b", "c"], ["\u{0}", "2", "3"]])
  }
}
