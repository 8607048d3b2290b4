import Foundation
import Testing

@testable import CSVStream

/// `CSVRow.fieldsAreTidyASCII`, set by the parser's one pass over a simple line, against a byte
/// loop over each field: the flag may only be set when every non-empty field is tidy, and it is set
/// for the plain lines that make up most files.
@Suite struct TidyFieldFlagTests {
  /// Printable ASCII, no space at either end, no two in a row: the check the flag stands for.
  static func isTidyASCII(_ field: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = field.first, let last = field.last, first != 0x20, last != 0x20 else { return false }
    return field.allSatisfy { (0x20...0x7E).contains($0) } && !zip(field, field.dropFirst()).contains { $0 == 0x20 && $1 == 0x20 }
  }

  /// Each row's flag, and whether its non-empty fields are all tidy by the byte loop.
  static func flags(_ text: [UInt8], dialect: CSVDialect = .comma, chunkSize: Int = 4096) throws -> [(flag: Bool, tidy: Bool)] {
    let parser = try CSVParser(delimiter: dialect.delimiter, quote: dialect.quote)
    var rows: [(flag: Bool, tidy: Bool)] = []
    let collect: CSVParser.RowHandler = { row in
      let tidy = (0..<row.count).allSatisfy { row.bytes($0).isEmpty || isTidyASCII(row.bytes($0)) }
      rows.append((row.fieldsAreTidyASCII, tidy))
    }
    try text.withUnsafeBytes { all in
      for start in stride(from: 0, to: all.count, by: chunkSize) {
        try parser.feed(UnsafeRawBufferPointer(rebasing: all[start..<min(all.count, start + chunkSize)]), handler: collect)
      }
    }
    try parser.finish(handler: collect)
    return rows
  }

  @Test func plainLinesAreFlaggedAndUntidyOnesAreNot() throws {
    let lines = [
      ("KEG-0000001,Pelatihan Branding Angkatan 5,pelatihan,2024-12-15,UMKM-1271-0826493,Medan Sunggal,1040000,", true),
      ("KEG-2,,,2024-01-02,,,0,", true),
      ("a,b\r", true),
      ("a, b", false),  // a field that starts with a space
      ("a ,b", false),  // one that ends with one
      (" a,b", false),
      ("a,b ", false),
      ("a,b  c", false),  // two spaces in a row
      ("a,b\tc", false),  // a control byte
      ("a,b\u{7F}", false),
      ("a,Caf\u{E9}", false),  // a multi-byte character
    ]
    for (line, expected) in lines {
      let rows = try Self.flags(Array((line + "\n").utf8))
      #expect(rows.map(\.flag) == [expected], "\(line.debugDescription)")
      #expect(rows.map(\.tidy) == [expected], "\(line.debugDescription) by the byte loop")
    }
  }

  /// A quoted field is checked inside its quotes, where the delimiter is text: a partner such as
  /// "LPPOM MUI, Sumatera Utara" is tidy, a space just inside a quote is not.
  @Test func quotedLinesAreFlaggedByWhatIsInsideTheQuotes() throws {
    let lines = [
      ("KEG-2,\"Sertifikasi Halal \"\"SEHATI\"\" 2023\",sertifikasi_halal,\"LPPOM MUI, Sumatera Utara\"", true),
      ("\"a\",\"\",b,\"c\"\r", true),
      // Quotes open and close in different sixteen-byte blocks, with delimiters inside.
      (
        "KEG-0000004,\"Monitoring dan Evaluasi Triwulan 4, 2024\",monitoring,2024-10-06,UMKM-1271-0660792,"
          + "Medan Belawan,0,\"Dinas Koperasi, UKM dan \"\"Perindag\"\" Kota Medan\"", true
      ),
      ("KEG-0000004,\"Monitoring dan Evaluasi Triwulan 4,  2024\",monitoring", false),
      ("a,\" b\"", false),
      ("a,\"b \"", false),
      ("a,\"b  c\"", false),
      ("a,\"b\tc\"", false),
      ("a,\"Caf\u{E9}\"", false),
      ("a, \"b\"", false),  // not split: a quote inside a plain field
      ("\"a\", b", false),
    ]
    for (line, expected) in lines {
      let rows = try Self.flags(Array((line + "\n").utf8))
      #expect(rows.map(\.flag) == [expected], "\(line.debugDescription)")
      #expect(rows.map(\.tidy) == [expected], "\(line.debugDescription) by the byte loop")
    }
  }

  @Test func theTabDelimiterIsNoControlByteInATidyLine() throws {
    #expect(try Self.flags(Array("a\tb c\t\n".utf8), dialect: .tab).map(\.flag) == [true])
    #expect(try Self.flags(Array("a\tb \tc\n".utf8), dialect: .tab).map(\.flag) == [false])
    // Inside quotes a tab is text, and a control byte.
    #expect(try Self.flags(Array("a\t\"b c\"\n".utf8), dialect: .tab).map(\.flag) == [true])
    #expect(try Self.flags(Array("a\t\"b\tc\"\n".utf8), dialect: .tab).map(\.flag) == [false])
  }

  /// Spaces, delimiters and untidy bytes at every offset of lines longer than one SIMD block, fed
  /// whole and in chunks that end inside a line (the block read past a chunk's end is padded).
  @Test func flagIsSetOnlyWhenEveryFieldIsTidy() throws {
    let tidyBytes = Array("aab ,\"".utf8)
    let untidyBytes = Array("\t\u{7F}".utf8) + [0xC3, 0xA9]
    var generator = SystemRandomNumberGenerator()
    var flagged = 0
    for _ in 0..<2_000 {
      let length = Int.random(in: 0...70, using: &generator)
      var line = (0..<length).map { _ in
        (Int.random(in: 0..<20, using: &generator) == 0 ? untidyBytes : tidyBytes).randomElement(using: &generator)!
      }
      // Quotes paired, so that most lines parse.
      if line.count(where: { $0 == 0x22 }) % 2 == 1 { line.append(0x22) }
      line.append(0x0A)
      for chunkSize in [4096, 17, 5] {
        // A quote left open (one inside a plain field is text) ends the parse in an error: no rows.
        for row in (try? Self.flags(line, chunkSize: chunkSize)) ?? [] {
          #expect(!row.flag || row.tidy, "\(String(decoding: line, as: UTF8.self).debugDescription) in \(chunkSize)-byte chunks")
          if row.flag { flagged += 1 }
        }
      }
    }
    #expect(flagged > 100)
  }
}
