import Foundation
import Testing

@testable import CSVStream

/// Everything a caller can observe of one parse: each row (line, line count, fields), the parser's
/// `currentLine` and `isAtRecordStart` after every chunk, and the error that ended it, if any.
struct ParseTrace: Equatable, CustomStringConvertible {
  var events: [String] = []

  var description: String { events.joined(separator: "\n") }

  /// Parses `bytes` fed in chunks of the given sizes (cycled), with the parser splitting simple
  /// lines itself or sending everything to libcsv; `failingRow` makes the handler throw on that row.
  init(
    _ bytes: [UInt8], chunks: [Int], dialect: CSVDialect = .comma, splitsSimpleLines: Bool,
    limits: CSVParser.Limits = .init(), firstLine: Int = 1, failingRow: Int? = nil
  ) {
    struct HandlerFailure: Error {}
    var events: [String] = []
    do {
      let parser = try CSVParser(
        delimiter: dialect.delimiter, quote: dialect.quote, limits: limits, firstLine: firstLine,
        splitsSimpleLines: splitsSimpleLines)
      var rows = 0
      let collect: CSVParser.RowHandler = { row in
        rows += 1
        if rows == failingRow { throw HandlerFailure() }
        events.append("row \(row.line)+\(row.lineCount): \(row.strings)")
      }
      try bytes.withUnsafeBytes { all in
        var offset = 0
        var chunk = 0
        while offset < all.count {
          let size = max(1, min(chunks[chunk % chunks.count], all.count - offset))
          try parser.feed(UnsafeRawBufferPointer(rebasing: all[offset..<offset + size]), handler: collect)
          events.append("fed \(offset + size): line \(parser.currentLine), record start \(parser.isAtRecordStart)")
          offset += size
          chunk += 1
        }
      }
      try parser.finish(handler: collect)
      events.append("finished: line \(parser.currentLine)")
    } catch {
      events.append("error: \(error)")
    }
    self.events = events
  }
}

/// The parser's own split of simple lines against libcsv as the oracle: every input gives the
/// same rows, line numbers, record-start states and errors with the split on and off, whole, drip
/// fed one byte at a time and in uneven chunks (chunk ends decide which path a line takes).
@Suite struct SimpleLineSplitTests {
  /// Every CSV, TSV and text file of the conformance corpora, and this target's fixtures.
  static let corpus: [String] = {
    var paths: [String] = []
    let folder = SharedCorpus.path("conformance/csv")
    if let walker = FileManager.default.enumerator(atPath: folder) {
      for case let relative as String in walker where [".csv", ".tsv", ".txt"].contains(where: relative.hasSuffix) {
        paths.append(folder + "/" + relative)
      }
    }
    let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").path
    for name in (try? FileManager.default.contentsOfDirectory(atPath: fixtures)) ?? [] {
      paths.append(fixtures + "/" + name)
    }
    return paths.sorted()
  }()

  /// Parses `bytes` with the split off (whole) and on (whole, one byte at a time, uneven chunks).
  static func expectSameAsLibcsv(
    _ bytes: [UInt8], dialect: CSVDialect, label: String, limits: CSVParser.Limits = .init(),
    firstLine: Int = 1, failingRow: Int? = nil, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    for chunks in [[bytes.count], [1], [3, 7, 1, 13], [64, 5]] {
      let oracle = ParseTrace(
        bytes, chunks: chunks, dialect: dialect, splitsSimpleLines: false, limits: limits, firstLine: firstLine,
        failingRow: failingRow)
      let split = ParseTrace(
        bytes, chunks: chunks, dialect: dialect, splitsSimpleLines: true, limits: limits, firstLine: firstLine,
        failingRow: failingRow)
      #expect(split == oracle, "\(label), chunks \(chunks)", sourceLocation: sourceLocation)
    }
  }

  @Test func corpusIsThere() {
    #expect(Self.corpus.count > 150)
  }

  @Test(arguments: corpus) func corpusFileSplitsAsLibcsvParses(path: String) throws {
    let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: path)))
    for dialect in Set([sniffDialect(bytes), .comma, .semicolon, .tab]) {
      Self.expectSameAsLibcsv(bytes, dialect: dialect, label: "\(path) with delimiter \(dialect.delimiter)")
    }
  }

  @Test(arguments: FastCSVSpecTests.specs) func fastCSVSpecInputsSplitAsLibcsvParses(file: String) throws {
    let spec = try FastCSVSpec(text: try SharedCorpus.text("\(FastCSVSpecTests.folder)/\(file)"))
    for check in spec.checks {
      for newline in ["\r", "\n", "\r\n"] {
        let input = Array(FastCSVSpec.expand(check.input, newline: newline).utf8)
        Self.expectSameAsLibcsv(input, dialect: .comma, label: "\(check.id) with \(newline.debugDescription)")
      }
    }
  }

  /// Every string of up to five of the bytes that matter (text, delimiter, quote, CR, LF), then
  /// runs of eight of them back to back: quoted fields across lines, lone CRs, CRLF pairs split
  /// over chunks, blank lines, simple lines between hard ones.
  @Test func everyShortInputSplitsAsLibcsvParses() {
    let alphabet = Array("a,\"\r\n".utf8)
    var inputs: [[UInt8]] = [[]]
    var previous: [[UInt8]] = [[]]
    for _ in 1...5 {
      previous = previous.flatMap { prefix in alphabet.map { prefix + [$0] } }
      inputs += previous
    }
    for input in inputs {
      Self.expectSameAsLibcsv(input, dialect: .comma, label: "\(input)")
    }
    for start in stride(from: 0, to: inputs.count - 8, by: 8) {
      let joined = Array(inputs[start..<start + 8].joined())
      Self.expectSameAsLibcsv(joined, dialect: .comma, label: "\(joined)")
    }
  }

  /// Lines whose quotes the split takes itself (wholly quoted fields, doubled quotes, an empty
  /// quoted field, a quoted last field after a delimiter) beside lines it leaves to libcsv (a
  /// quote inside a plain field, text after a closing quote, a quote left open to the next line).
  @Test func quotedLinesSplitAsLibcsvParses() {
    let text = #"""
      id,nama,mitra
      KEG-1,"Sertifikasi Halal ""SEHATI"" 2023","LPPOM MUI, Sumatera Utara"
      KEG-2,"Monitoring dan Evaluasi Triwulan 2, 2023",
      KEG-3,"",""
      KEG-4,"""",x,
      KEG-5,Toko "Maju",y
      KEG-6,"Toko" Maju,y
      KEG-7,"Pelatihan
      Angkatan 2",z
      "KEG-8","a,b","c""d""e"

      """#
    Self.expectSameAsLibcsv(Array(text.utf8), dialect: .comma, label: "quoted lines")
    Self.expectSameAsLibcsv(
      Array(text.utf8), dialect: .comma, label: "quoted lines, 8-byte fields",
      limits: CSVParser.Limits(maxFieldBytes: 8, maxFieldsPerRow: 4))
  }

  /// Lines of office-like fields, quoted and not, long enough to cross several sixteen-byte blocks,
  /// so that a quoted field opens in one block and closes in another, with delimiters, doubled
  /// quotes, spaces and line ends inside quotes, and quotes where libcsv has to decide.
  @Test func longQuotedLinesSplitAsLibcsvParses() {
    let fields = [
      "KEG-0000002", "Pelatihan Branding Angkatan 5", "\"Sertifikasi Halal \"\"SEHATI\"\" 2023\"",
      "\"LPPOM MUI, Sumatera Utara\"", "\"Jl. Sisingamangaraja No. 78, Gg. Bersama\"", "\"\"", "\"\"\"\"", "",
      "\" spasi di awal\"", "\"dua  spasi\"", "\"Caf\u{E9}, Medan\"", "\"baris\nbaru\"", "\"a\"b", "Toko \"Maju\"",
      "\"tutup\" lalu", "\"\"\"kutip\"\"\"", "2024-12-15", "\"1.040.000\"",
    ]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<300 {
      let lines = (0..<3).map { _ in
        (0..<Int.random(in: 1...8, using: &generator)).map { _ in fields.randomElement(using: &generator)! }
          .joined(separator: ",")
      }
      let text = Array((lines.joined(separator: Bool.random(using: &generator) ? "\n" : "\r\n") + "\n").utf8)
      Self.expectSameAsLibcsv(text, dialect: .comma, label: String(decoding: text, as: UTF8.self).debugDescription)
    }
  }

  @Test func crlfFileWithBlankLinesAndAQuotedRecord() throws {
    let text = "id;nama\r\n\r\n1;Kedai Bu Ani\r\n2;\"Toko\r\nSinar\"\r\n\r\n3;Warung\n4;Café\r\n;\r\n5"
    Self.expectSameAsLibcsv(Array(text.utf8), dialect: .semicolon, label: "mixed CRLF")
    let rows = ParseTrace(Array(text.utf8), chunks: [4096], dialect: .semicolon, splitsSimpleLines: true)
    #expect(
      rows.events.filter { $0.hasPrefix("row") } == [
        #"row 1+1: ["id", "nama"]"#, "row 2+1: []", #"row 3+1: ["1", "Kedai Bu Ani"]"#,
        #"row 4+2: ["2", "Toko\r\nSinar"]"#, "row 6+1: []", #"row 7+1: ["3", "Warung"]"#,
        #"row 8+1: ["4", "Café"]"#, #"row 9+1: ["", ""]"#, #"row 10+1: ["5"]"#,
      ])
  }

  @Test func partsStartingBelowLineOneCountFromThere() {
    let text = Array("KEG-1,pelatihan,2024-12-15\nKEG-2,\"nib, halal\",2023-01-10\r\n\nKEG-3,pameran,\n".utf8)
    Self.expectSameAsLibcsv(text, dialect: .comma, label: "part at line 41", firstLine: 41)
  }

  @Test func limitsStopSplitLinesWithLibcsvsMessages() {
    let text = Array("a,b,c\n0123456789abcdef,x\n1,2,3,4,5,6\n".utf8)
    let limits = CSVParser.Limits(maxFieldBytes: 8, maxFieldsPerRow: 4)
    Self.expectSameAsLibcsv(text, dialect: .comma, label: "limits", limits: limits)
    let trace = ParseTrace(text, chunks: [4096], splitsSimpleLines: true, limits: limits)
    #expect(trace.events.last == "error: line 2: a field of 16 bytes is longer than the limit of 8")
    let wide = ParseTrace(Array("1,2,3,4,5\n".utf8), chunks: [4096], splitsSimpleLines: true, limits: limits)
    #expect(wide.events.last == "error: line 1: a row has more than 4 fields")
  }

  /// A handler's error stops the split where it was thrown: the lines after it in the chunk are
  /// not split only to be dropped (the dialect sniffer stops after 50 records of its sample).
  @Test func handlerErrorStopsTheSplitAtItsRow() throws {
    struct Enough: Error {}
    let parser = try CSVParser()
    var rows = 0
    let text = Array((1...1_000).map { "KEG-\($0),pelatihan,2024-12-15\n" }.joined().utf8)
    #expect(throws: Enough.self) {
      try text.withUnsafeBytes { bytes in
        try parser.feed(bytes) { _ in
          rows += 1
          if rows == 50 { throw Enough() }
        }
      }
    }
    #expect(rows == 50)
    #expect(parser.currentLine == 51)
  }

  @Test func handlerErrorEndsTheChunkAsWithLibcsv() {
    let text = Array("a,b\n1,2\n\"3\",4\n5,6\n".utf8)
    for row in 1...4 {
      Self.expectSameAsLibcsv(text, dialect: .comma, label: "handler fails on row \(row)", failingRow: row)
    }
  }
}
