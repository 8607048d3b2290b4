import Testing

@testable import CSVStream

@Suite struct CSVDialectTests {
  static let jabar = "realdata/jabar-diskuk"

  @Test(arguments: [
    ("realdata/sleman/umkm.csv", UInt8(ascii: ";")),
    ("realdata/tangsel/Lainnya.csv", UInt8(ascii: ";")),
    ("realdata/tangsel/Ekspedisi.csv", UInt8(ascii: ";")),
    ("conformance/csv/univocity-parsers/src/test/resources/examples/european.csv", UInt8(ascii: ";")),
    ("conformance/csv/csvkit/examples/sniff_limit.csv", UInt8(ascii: ";")),
    ("conformance/csv/csvkit/examples/dummy.tsv", 0x09),
    ("conformance/csv/univocity-parsers/src/test/resources/examples/example.tsv", 0x09),
    ("conformance/csv/univocity-parsers/src/test/resources/examples/example.csv", UInt8(ascii: ",")),
    ("conformance/csv/tsv-utils/csv2tsv/tests/input2.csv", UInt8(ascii: "|")),
    ("conformance/csv/csvkit/examples/test_locale.csv", UInt8(ascii: ",")),
    // Excel ru-RU export: `;`, decimal comma, NBSP thousands; a single-byte code page (only 0xA0
    // is high), so only the dialect is checked here.
    ("conformance/xlsx/sheetjs-test_files/number_format_russian.0.csv", UInt8(ascii: ";")),
    ("conformance/xlsx/sheetjs-test_files/number_format_russian.1.csv", UInt8(ascii: ";")),
    ("conformance/xlsx/sheetjs-test_files/number_format_russian.2.csv", UInt8(ascii: ";")),
  ])
  func sniffsRealFiles(file: String, delimiter: UInt8) throws {
    #expect(sniffDialect(try SharedCorpus.bytes(file)).delimiter == delimiter)
  }

  @Test func jabarFilesAreComma() throws {
    let files = try SharedCorpus.files(in: Self.jabar, suffix: ".csv")
    #expect(files.count == 3)
    for file in files {
      #expect(sniffDialect(try SharedCorpus.bytes("\(Self.jabar)/\(file)")) == .comma, "\(file)")
    }
  }

  /// Sleman's last line is a lone `",,,,`: a quote never closed, so the read ends with an error
  /// naming line 347, after the title rows and header came through as `;` rows.
  @Test func slemanReadsAsSemicolons() throws {
    for chunkSize in [1 << 20, 13] {
      var rows: [ParsedRow] = []
      var found: (encoding: TextEncoding, dialect: CSVDialect)?
      #expect {
        found = try CSVFileReader.read(path: SharedCorpus.path("realdata/sleman/umkm.csv"), chunkSize: chunkSize) {
          rows.append(ParsedRow(line: $0.line, fields: $0.strings))
        }
      } throws: { error in
        (error as? CSVError)?.code == .malformedQuoting && (error as? CSVError)?.line == 347
      }
      #expect(found == nil)
      #expect(rows.first?.fields.first == "REKAPITULASI DATA UMKM KABUPATEN SLEMAN")
      #expect(rows.first?.fields.count == 23)
      #expect(rows[4].line == 5)
      #expect(rows[4].fields.prefix(5) == ["No", "Sektor Usaha", "Definisi", "Satuan", "Moyudan"])
    }
  }

  @Test func titleRowsAndDecimalCommas() {
    let text = """
      DATA UMKM BINAAN KOTA MEDAN TAHUN 2021

      No;Nama Usaha;Omzet;Aset
      1;Kedai Kopi;1,5;2,25
      2;"Toko; Jaya";3,0;4
      3;Warung;7;8,5

      """
    #expect(sniffDialect(Array(text.utf8)) == .semicolon)
  }

  @Test func quotedCommasDoNotVote() {
    let text = "a;b;c\n\"x, y, z\";1;2\n\"p, q, r\";3;4\n"
    #expect(sniffDialect(Array(text.utf8)) == .semicolon)
  }

  @Test func noDelimiterMeansComma() {
    #expect(sniffDialect(Array("just one column\nanother\n".utf8)) == .comma)
    #expect(sniffDialect([]) == .comma)
  }

  @Test func strayPipeDoesNotWin() {
    let text = "nama,alamat\nA,jl. x | gg. y\nB,jl. z\nC,jl. w\n"
    #expect(sniffDialect(Array(text.utf8)) == .comma)
  }
}
