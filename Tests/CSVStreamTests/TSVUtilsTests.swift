import Testing

@testable import CSVStream

/// eBay tsv-utils csv2tsv: inputs against the transcripts in gold/basic_tests_1.txt and
/// gold/error_tests_1.txt.
///
/// csv2tsv writes each record as fields joined by a TAB, with any TAB or newline (CR, LF or CRLF)
/// inside a field replaced by a space (or by `-r`/`-n` strings); we render our rows the same way.
///
/// Deliberate deviation: invalid1.csv (`200,"gh i,"jk l"`, a quote closed and followed by `j`):
/// csv2tsv stops with "Improperly terminated quoted field ... Line: 3". libcsv outside strict mode
/// keeps that quote as text and the field open until `l"`, so the row reads `200`, `gh i,"jk l`
/// and no error is raised. invalid2.csv (a quote never closed) matches: the rows before it, then
/// an error naming line 4.
@Suite struct TSVUtilsTests {
  static let folder = "conformance/csv/tsv-utils/csv2tsv/tests"

  static func transcript(_ file: String, case header: String) throws -> [String] {
    let lines = try SharedCorpus.text("\(folder)/gold/\(file)").split(separator: "\n", omittingEmptySubsequences: false)
    guard let start = lines.firstIndex(of: Substring("====[\(header)]====")) else {
      throw CSVError(code: .io, message: "no case \(header) in \(file)")
    }
    var body = lines[(start + 1)...].prefix { !$0.hasPrefix("====[") }.map(String.init)
    while body.last == "" { body.removeLast() }
    return body
  }

  static func render(_ rows: [ParsedRow], tab: String = " ", newline: String = " ", delimiter: String = "\t") -> [String] {
    rows.map { row in
      row.fields.map { field in
        field.replacingOccurrences("\r\n", "\n").replacingOccurrences("\r", "\n")
          .replacingOccurrences("\t", tab).replacingOccurrences("\n", newline)
      }.joined(separator: delimiter)
    }
  }

  @Test(arguments: ["input1_format1.csv", "input1_format2.csv", "input1_format3.csv", "input3.csv", "input_unicode.csv"])
  func defaults(file: String) throws {
    let (rows, _, dialect) = try readFileRows(SharedCorpus.path("\(Self.folder)/\(file)"))
    #expect(dialect == .comma)
    #expect(Self.render(rows) == (try Self.transcript("basic_tests_1.txt", case: "csv2tsv \(file)")))
  }

  @Test func sameTableWhateverTheLineEndings() throws {
    let tables = try (1...3).map { try readFileRows(SharedCorpus.path("\(Self.folder)/input1_format\($0).csv")).rows }
    #expect(Self.render(tables[0]) == Self.render(tables[1]))
    #expect(Self.render(tables[0]) == Self.render(tables[2]))
    #expect(tables[0].map(\.line) == tables[1].map(\.line))
  }

  @Test func hashQuoteAndPipeDelimiter() throws {
    let dialect = CSVDialect(delimiter: UInt8(ascii: "|"), quote: UInt8(ascii: "#"))
    let (rows, _, _) = try readFileRows(SharedCorpus.path("\(Self.folder)/input2.csv"), dialect: dialect)
    let header = "csv2tsv --quote # --csv-delim | --tsv-delim $ --tab-replacement <==> --newline-replacement <==> input2.csv"
    #expect(Self.render(rows, tab: "<==>", newline: "<==>", delimiter: "$") == (try Self.transcript("basic_tests_1.txt", case: header)))
  }

  @Test func byteOrderMarkIsSkipped() throws {
    let (rows, encoding, _) = try readFileRows(SharedCorpus.path("\(Self.folder)/input_bom.csv"))
    #expect(encoding == .utf8BOM)
    #expect(Self.render(rows) == (try Self.transcript("basic_tests_1.txt", case: "csv2tsv input_bom.csv")))
  }

  @Test func unclosedQuoteNamesItsLineAfterTheRowsBeforeIt() throws {
    var rows: [ParsedRow] = []
    #expect {
      try CSVFileReader.read(path: SharedCorpus.path("\(Self.folder)/invalid2.csv")) {
        rows.append(ParsedRow(line: $0.line, fields: $0.strings))
      }
    } throws: { error in
      (error as? CSVError)?.code == .malformedQuoting && (error as? CSVError)?.line == 4
    }
    let expected = try Self.transcript("error_tests_1.txt", case: "csv2tsv invalid2.csv").filter { !$0.hasPrefix("Error") }
    #expect(Self.render(rows) == expected)
  }

  @Test func improperlyClosedQuoteIsKeptAsText() throws {
    let (rows, _, _) = try readFileRows(SharedCorpus.path("\(Self.folder)/invalid1.csv"))
    #expect(rows.map(\.fields) == [
      ["field1", "field2", "field3"], ["100", "ab c", "de f"], ["200", "gh i,\"jk l"], ["300", "mn o", "pq r"],
    ])
  }
}
