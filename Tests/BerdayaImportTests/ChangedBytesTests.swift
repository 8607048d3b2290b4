@testable import BerdayaImport
import BerdayaModel
import Testing

/// Bytes the import cannot take as they stand (NUL and other control characters, invalid UTF-8)
/// are changed only with a value issue that names the file, row and column and shows the raw
/// bytes in hex: a row is never dropped and a value never altered silently.
@Suite("Changed bytes")
struct ChangedBytesTests {
  @Test func nulRowsAreReadAndQuarantinedWhereverTheyStand() throws {
    let (summary, records) = try ImporterFixture.registry("registry-nul-rows.csv")
    // Line 3 (a row of NUL fields, inside the header-detection window) and line 43 (one NUL field,
    // below it) are data rows with nothing left once the NULs go: quarantined, not dropped as blank.
    #expect(summary.rowsRead == 43)
    #expect(summary.accepted == 41)
    #expect(summary.quarantined == 2)
    #expect(summary.reconciles)
    #expect(summary.tables.first?.blankRows == 0)
    let quarantined = summary.issues.filter(\.quarantinesRow).map(\.location.row)
    #expect(quarantined == [3, 43])
    let removed = summary.issues.filter { $0.reason == "control characters (shown as <XX>) removed" }
    #expect(removed.map { "\($0.location.row)|\($0.location.column ?? "-")|\($0.value)" } == [
      "2|nama_usaha|Warung<00>Nasi",
      "3|no_registrasi|<00>", "3|nama_usaha|<00>", "3|sektor|<00>", "3|kecamatan|<00>", "3|tanggal_daftar|<00>",
      "3|status_binaan|<00>",
      "43|no_registrasi|<00><00><00><00>",
    ])
    #expect(removed.allSatisfy { $0.location.file.hasSuffix("registry-nul-rows.csv") })
    #expect(records.first?.businessName == "WarungNasi")
    #expect(records.last?.registrationNumber == "MDN-0041")
  }

  @Test func aFieldThatIsNotUTF8IsReadAsWindows1252AndListed() throws {
    let (summary, records) = try ImporterFixture.registry("registry-invalid-utf8-late.csv")
    #expect(summary.encoding == "utf8")
    #expect(summary.rowsRead == 1601)
    #expect(summary.accepted == 1601)
    #expect(summary.reDecodedFields == 1)
    #expect(summary.valueIssues == ["not valid UTF-8 (bytes shown as <XX>), read as Windows-1252|nama_usaha|1602"])
    #expect(summary.issues.first?.value == "Caf<E9> Senja")
    #expect(records.first?.businessName == "Kopi Kenangan Café 1")
    #expect(records.last?.businessName == "Café Senja")
  }

  @Test func aReplacementCharacterFromTheReaderIsListed() throws {
    let (summary, records) = try ImporterFixture.registry("registry-utf16-lone-surrogate.txt")
    #expect(summary.accepted == 2)
    #expect(summary.valueIssues == ["holds U+FFFD where the file had bytes that are not text|nama_usaha|3"])
    #expect(summary.issues.first?.value == "Kedai \u{FFFD}")
    #expect(records.map(\.businessName) == ["Toko Rahmat", "Kedai \u{FFFD}"])
  }

  @Test(arguments: [
    ([0x43, 0x61, 0x66, 0xE9], "Caf<E9>"),
    (Array("Café".utf8), "Café"),
    ([0x57, 0x00, 0x4E, 0x09, 0x7F], "W<00>N\t<7F>"),
    ([0xE2, 0x82], "<E2><82>"),  // a sequence cut short
    ([0xF0, 0x9F, 0x98, 0x80, 0xFF], "😀<FF>"),
  ] as [([UInt8], String)])
  func hexEscapedTextShowsOnlyTheChangedBytes(bytes: [UInt8], expected: String) {
    #expect(HexEscapedText(bytes).text == expected)
  }
}
