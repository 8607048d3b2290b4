@testable import BerdayaImport
import BerdayaModel
import CSVStream
import Foundation
import Testing

/// The shortcuts the import's hot loop takes must agree with the plain definitions they replace.
@Suite("Import hot paths")
struct HotPathTests {
  @Test func columnOrdinalIsTheCasePosition() {
    for (position, column) in CanonicalColumn.allCases.enumerated() {
      #expect(column.ordinal == position, "\(column)")
    }
  }

  /// The header search's byte-wise folding and white space cleaning agree with the Character-wise
  /// definitions on ASCII text (every byte, headers as offices write them, random strings of the
  /// bytes that matter), and leave any other text to them.
  @Test func asciiHeaderFoldingAgreesWithCharacters() throws {
    let detector = HeaderDetector(aliases: try HeaderAliases())
    var texts = (0..<128).map { String(UnicodeScalar(UInt8($0))) } + [
      "No. Reg", "NAMA  UMKM\t", " Kec.\r\nKecamatan ", "Tgl Daftar (dd/mm/yyyy)", "NIK_Pemilik", "", "   ", "A\u{0B}B\u{0C}c",
    ]
    let alphabet = Array(" \t\r\n\u{0B}\u{0C}\u{1F}.-_/()aZz09Nk".utf8)
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<500 {
      let bytes = (0..<Int.random(in: 0...24, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
      texts.append(String(decoding: bytes, as: UTF8.self))
    }
    for text in texts {
      let bytes = Array(text.utf8)
      let folded = bytes.withUnsafeBufferPointer(HeaderAliases.foldASCII)
      #expect(folded == HeaderAliases.foldCharacters(text), "\(text.debugDescription)")
      let cleaned = bytes.withUnsafeBufferPointer(HeaderDetector.cleanASCII)
      #expect(cleaned == text.split(whereSeparator: \.isWhitespace).joined(separator: " "), "\(text.debugDescription)")
    }
    #expect(Array("Tanggal Daftar Café".utf8).withUnsafeBufferPointer(HeaderAliases.foldASCII) == nil)
    #expect(HeaderAliases.fold("Tanggal  Daftar Café") == "tanggal daftar café")
    #expect(detector.clean("Tanggal\u{A0} Daftar Café\n") == "Tanggal Daftar Café")
  }

  /// The registry's code cells matched on their bytes give what the String parsers give, for the
  /// canonical codes, and leave every other spelling (case, spaces, words) to them.
  @Test func canonicalCodeBytesAgreeWithTheParsers() {
    let texts = [
      "L", "P", "l", "p", " L", "L ", "LL", "Laki-laki", "Perempuan", "Ya", "ya", "YA", "Ya ", "Tidak", "tidak", "T",
      "Mikro", "mikro", "MIKRO", "Kecil", "Menengah", "Menengah ", "Usaha Mikro", "", "Y", "Tidak Aktif",
    ]
    var matched = 0
    for text in texts {
      let bytes = Array(text.utf8)
      bytes.withUnsafeBufferPointer { bytes in
        if let gender = CodeParser.canonicalGender(bytes) {
          #expect(gender == CodeParser.gender(text), "\(text.debugDescription)")
          matched += 1
        }
        if let status = CodeParser.canonicalStatus(bytes) {
          #expect(status == CodeParser.binaanStatus(text), "\(text.debugDescription)")
          matched += 1
        }
        if let scale = CodeParser.canonicalScale(bytes) {
          #expect(scale == CodeParser.scale(text), "\(text.debugDescription)")
          matched += 1
        }
      }
    }
    // Exactly the seven canonical codes are taken on their bytes.
    #expect(matched == 7)
  }

  /// The key hash reads a key's last bytes in one load: its values are those of the byte loop it
  /// replaced (computed with that loop), at every length around the word boundaries.
  @Test func keyHashKeepsTheByteLoopsValues() {
    let text = Array("warung bu ani sei sikambing b".utf8)
    let lengths = [0, 1, 7, 8, 9, 15, 16, 17, 20, 23, 24, 29]
    let expected: [UInt64] = [
      0xa3f_46e7_9293_b578, 0x1e0f_8376_aa42_53c8, 0x384b_ab13_710b_418d, 0xc4ab_bf8a_684b_6bba, 0x4788_872c_ddb0_2364,
      0x424b_5685_e8d2_513c, 0xfc38_8389_70d4_9af7, 0x2dda_16fd_4e03_ad1f, 0xe716_c1bb_0d69_37a9, 0xfc6_89be_d6d6_249a,
      0xeca3_e778_d293_cead, 0xfe8b_8d80_be6b_8b37,
    ]
    for (length, value) in zip(lengths, expected) {
      #expect(Array(text.prefix(length)).withUnsafeBufferPointer(KeyIndex.hash) == value, "\(length) bytes")
    }
  }

  @Test func layoutFindsEveryMappedColumnAndNoOther() {
    let mapping: [CanonicalColumn: Int] = [.noRegistrasi: 3, .tanggal: 0, .jumlah: 7]
    let layout = HeaderLayout(firstRow: 0, lastRow: 0, names: [], mapping: mapping, unmapped: [])
    for column in CanonicalColumn.allCases {
      #expect(layout.column(column) == mapping[column], "\(column)")
    }
  }

  @Test(arguments: [
    Array("UMKM-1271-0000001".utf8), Array("Café".utf8), [0x43, 0x61, 0x66, 0xE9], [], Array("Rp 1.500.000".utf8),
  ])
  func cellDecoderAgreesWithValidation(bytes: [UInt8]) {
    let decoder = CSVCellDecoder(encoding: .utf8)
    let text = bytes.withUnsafeBufferPointer { decoder.decode($0, line: 2, field: 0) }
    let expected = String(validating: bytes, as: UTF8.self) ?? "Caf\u{E9}"
    #expect(text == expected)
  }

  /// NIB and NIK read from CSV bytes past the header search's first rows (which are read as cells):
  /// a valid one is kept, an empty one is unknown with no issue, and one of the wrong length is
  /// unknown with its issue on its row.
  @Test func identifiersReadFromCSVBytesKeepTheirIssues() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("identifiers-\(UUID()).csv")
    var lines = ["no_registrasi,nib,nik_pemilik,nama_usaha,kecamatan,tanggal_daftar,status_binaan"]
    for row in 1...40 { lines.append("UMKM-\(row),9120000000\(100 + row),1271010101010\(100 + row),Usaha \(row),Medan Baru,2021-01-05,Ya") }
    lines.append("UMKM-41,,,Usaha 41,Medan Baru,2021-01-05,Ya")
    lines.append("UMKM-42,91200000001,127101010101,Usaha 42,Medan Baru,2021-01-05,Ya")
    try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: url) }
    var records: [RegistryRecord] = []
    let summary = try FileImporter(aliases: try HeaderAliases(), normaliser: try ValueNormaliser())
      .importRegistry(InputFile(path: url.path, kind: .registry)) { records.append($0) }
    try #require(records.count == 42)
    #expect(records[39].nib?.digits == "9120000000140" && records[39].ownerNIK?.digits == "1271010101010140")
    #expect(records[40].nib == nil && records[40].ownerNIK == nil)
    #expect(records[41].nib == nil && records[41].ownerNIK == nil)
    #expect(summary.valueIssues == ["invalid NIB (not 13 digits)|nib|43", "invalid NIK (not 16 digits)|nik_pemilik|43"])
  }

  /// Activity rows are decoded into one record per file: a row's empty cells must leave nothing of
  /// the row before it.
  @Test func aReusedActivityRecordKeepsNothingOfTheRowBefore() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("reused-\(UUID()).csv")
    try """
      id_kegiatan,nama_kegiatan,jenis_kegiatan,tanggal,no_registrasi,nib,nik_pemilik,nama_usaha,kelurahan,kecamatan_kegiatan,biaya,mitra,status
      KEG-1,Onboarding Shopee,ecommerce,2023-05-02,UMKM-1271-0000001,1234567890123,1271014311005456,Toko Berkah,Sei Sikambing B,Medan Sunggal,150000,Shopee,aktif
      KEG-2,Onboarding Shopee,ecommerce,,,,,Toko Lain,,,,,

      """.write(to: url, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: url) }
    var records: [ActivityRecord] = []
    let summary = try FileImporter(aliases: try HeaderAliases(), normaliser: try ValueNormaliser())
      .importActivities(InputFile(path: url.path, kind: .activities)) { records.append($0) }
    #expect(summary.accepted == 2)
    try #require(records.count == 2)
    #expect(records[0].isActive == true && records[0].nib != nil && records[0].cost != nil)
    var expected = ActivityRecord(location: SourceLocation(file: url.path, row: 3))
    expected.activityID = "KEG-2"
    expected.activityName = "Onboarding Shopee"
    expected.kind = .ecommerce
    expected.businessName = "Toko Lain"
    #expect(records[1] == expected)
  }

  /// The word-at-a-time check against the byte loop: every string of up to 3 bytes over an alphabet
  /// holding each class it tells apart, then random strings across word boundaries.
  /// A row is blank when every field holds only white space; a row flagged tidy is decided by the
  /// flag. Every line of up to three fields of "", " ", a tab, "a", "a b" and a quoted space.
  @Test func blankRowsAgreeWithTheByteDefinition() throws {
    let fields = ["", " ", "\t", "a", "a b", "\" \""]
    var lines = [[String]()]
    for _ in 0..<3 { lines += lines.filter { $0.count < 3 }.flatMap { line in fields.map { line + [$0] } } }
    let text = Array(lines.filter { !$0.isEmpty }.map { $0.joined(separator: ",") + "\n" }.joined().utf8)
    let parser = try CSVParser(delimiter: 0x2C, quote: 0x22)
    let decoder = CSVCellDecoder(encoding: .utf8)
    var checked = 0
    let check: CSVParser.RowHandler = { row in
      let plain = (0..<row.count).allSatisfy { row.bytes($0).allSatisfy { [0x20, 0x09, 0x0D, 0x0A].contains($0) } }
      #expect(SourceRow(csv: row, decoder: decoder).isBlank == plain, "\(row.strings)")
      checked += 1
    }
    try text.withUnsafeBytes { try parser.feed($0, handler: check) }
    try parser.finish(handler: check)
    #expect(checked == lines.count - 1)
  }

  @Test func wordwiseTidyCheckAgreesWithTheByteLoop() {
    let alphabet: [UInt8] = [0x20, 0x41, 0x00, 0x09, 0x1F, 0x7E, 0x7F, 0x80, 0xC3, 0xA9, 0xFF, 0x21, 0x5F]
    func check(_ bytes: [UInt8]) {
      let byteLoop = FieldReader.isTidyASCII(bytes.lazy.map { $0 })
      let wordwise = bytes.withUnsafeBufferPointer(FieldReader.isTidyASCII)
      #expect(byteLoop == wordwise, "\(bytes)")
    }
    var strings: [[UInt8]] = [[]]
    for _ in 0..<3 {
      strings = strings.flatMap { prefix in alphabet.map { prefix + [$0] } }
      strings.forEach(check)
    }
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<20_000 {
      let length = Int.random(in: 1...40, using: &generator)
      // Mostly letters, so that whole tidy words are common and one odd byte decides.
      var bytes = (0..<length).map { _ in UInt8.random(in: 0x61...0x7A, using: &generator) }
      for _ in 0..<Int.random(in: 0...2, using: &generator) {
        bytes[Int.random(in: 0..<length, using: &generator)] = alphabet.randomElement(using: &generator)!
      }
      check(bytes)
    }
    // A double space on each side of a word boundary, and across it.
    for position in 5...10 {
      var bytes = Array("Kelurahan Sei Sikambing".utf8)
      bytes[position] = 0x20
      bytes[position + 1] = 0x20
      check(bytes)
      #expect(!bytes.withUnsafeBufferPointer(FieldReader.isTidyASCII), "\(position)")
    }
    #expect(Array("Medan Perjuangan".utf8).withUnsafeBufferPointer(FieldReader.isTidyASCII))
  }

  @Test func keyIndexAgreesWithADictionaryThroughGrowth() {
    var index = KeyIndex(capacity: 4)
    var reference: [String: Int] = [:]
    var generator = SystemRandomNumberGenerator()
    let keys = (0..<5000).map { n in
      switch n % 13 {
      case 0: "Café \(n % 100)"
      case 1: ""
      // Long keys, as name keys are.
      case 2: "usaha mikro sembako berkah jaya \(n % 300)|sei sikambing b"
      case 3: String(repeating: "9", count: 24)
      default: "UMKM-1271-\(String(UInt32.random(in: 0..<20000, using: &generator)))"
      }
    }
    for (value, key) in keys.enumerated() {
      let kept = index.insertIfAbsent(key, value)
      if reference[key] == nil { reference[key] = value }
      #expect(kept == reference[key])
    }
    #expect(index.count == reference.count)
    for (key, value) in reference { #expect(index[key] == value, "\(key)") }
    for missing in [
      "UMKM-1271-99999999", "Cafe 7", "umkm-1271-1", " ", String(repeating: "9", count: 25),
      "usaha mikro sembako berkah jaya 1|sei sikambing c",
    ] { #expect(index[missing] == nil) }
  }
}
