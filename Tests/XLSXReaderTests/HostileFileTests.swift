import Foundation
import Testing
import XLSXReader

/// Broken and hostile files: each gives a clear `XLSXReadError` code, never a hang or a crash.
@Suite struct HostileFileTests {
  /// Opens and reads every sheet, returning the error the reader threw.
  func failure(_ path: String, limits: XLSXLimits = .init()) -> XLSXReadError? {
    do {
      let book = try XLSXWorkbook(path: path, limits: limits)
      for sheet in book.sheets {
        _ = try book.mergedRanges(of: sheet)
        try book.forEachRow(in: sheet) { _ in }
      }
      return nil
    } catch let error as XLSXReadError {
      return error
    } catch {
      Issue.record("unexpected error type: \(error)")
      return nil
    }
  }

  @Test(arguments: ["python-calamine/tests/data/empty_file.xlsx", "openpyxl/openpyxl/reader/tests/data/null_file.xlsx"])
  func zeroByteFile(_ path: String) throws {
    let error = failure(Conformance.xlsx(path))
    #expect(error?.code == .notAZip)
    #expect(error?.message.contains("empty") == true)
  }

  @Test func notAZip() throws {
    let path = try TestZip.temporary(Array("Name,Value\nA,1\n".utf8), name: "data.xlsx")
    #expect(failure(path)?.code == .notAZip)
  }

  @Test func truncatedZip() throws {
    let whole = try Data(contentsOf: URL(fileURLWithPath: Conformance.xlsx("calamine/tests/date.xlsx")))
    for fraction in [0.3, 0.6, 0.95] {
      let path = try TestZip.temporary(Array(whole.prefix(Int(Double(whole.count) * fraction))), name: "cut.xlsx")
      #expect(failure(path)?.code == .truncated)
    }
  }

  @Test func corruptDataFailsTheCRCOrInflate() throws {
    var bytes = TestZip.workbook(sheet: #"<row r="1"><c r="A1"><v>1</v></c></row>"#).bytes
    // Flip a byte inside the stored sheet XML: the CRC no longer matches.
    let marker = Array("<v>1</v>".utf8)
    let at = try #require((0..<(bytes.count - marker.count)).first { Array(bytes[$0..<($0 + marker.count)]) == marker })
    bytes[at + 3] = UInt8(ascii: "7")
    #expect(failure(try TestZip.temporary(bytes, name: "crc.xlsx"))?.code == .corruptZip)
  }

  @Test(arguments: ["duplicate-filename.xlsx", "duplicate-filename-case-insensitive.xlsx"])
  func duplicateEntryNames(_ name: String) throws {
    let error = failure(Conformance.xlsx("apache-poi/test-data/spreadsheet/\(name)"))
    #expect(error?.code == .duplicateEntry)
  }

  @Test(arguments: ["poc-xmlbomb.xlsx", "poc-xmlbomb-empty.xlsx"])
  func xmlEntityBombIsRefused(_ name: String) throws {
    let error = failure(Conformance.xlsx("apache-poi/test-data/spreadsheet/\(name)"))
    #expect(error?.code == .forbiddenXML)
  }

  @Test func entityDeclarationInSheetIsRefused() throws {
    var zip = TestZip.workbook(sheet: "")
    zip.entries[4].data = Array(
      #"<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]><worksheet><sheetData><row><c t="inlineStr"><is><t>&a;</t></is></c></row></sheetData></worksheet>"#
        .utf8)
    #expect(failure(try zip.write())?.code == .forbiddenXML)
  }

  @Test func runawaySharedStringsAreCapped() throws {
    let error = failure(Conformance.xlsx("apache-poi/test-data/spreadsheet/poc-shared-strings.xlsx"))
    #expect(error?.code == .zipBomb || error?.code == .limitExceeded || error?.code == .forbiddenXML)
  }

  @Test(arguments: [
    "python-calamine/tests/data/password.xlsx", "calamine/tests/pass_protected.xlsx", "excelize/test/encryptAES.xlsx",
    "excelize/test/encryptSHA1.xlsx", "apache-poi/test-data/spreadsheet/protected_passtika.xlsx",
  ])
  func encryptedWorkbooks(_ path: String) throws {
    let error = failure(Conformance.xlsx(path))
    #expect(error?.code == .encrypted)
    #expect(error?.message.contains("encrypted") == true)
  }

  @Test func zipBombByRatio() throws {
    // 64 MiB of spaces deflated to 64 KiB (1026:1), beyond the default 1000:1.
    let error = failure(Conformance.fixture("zip-bomb-ratio.xlsx"))
    #expect(error?.code == .zipBomb)
    #expect(error?.part == "xl/worksheets/sheet1.xml")
  }

  @Test func zipBombByTotalSize() throws {
    let limits = XLSXLimits(maxInflatedBytes: 8 << 20, maxInflateRatio: 10_000)
    #expect(failure(Conformance.fixture("zip-bomb-ratio.xlsx"), limits: limits)?.code == .zipBomb)
  }

  @Test func missingParts() throws {
    #expect(failure(Conformance.xlsx("tealeg-xlsx/testdocs/badfile_noWorkbookRels.xlsx"))?.code == .missingPart)
    #expect(failure(Conformance.xlsx("tealeg-xlsx/testdocs/badfile_noWorksheets.xlsx"))?.code == .missingPart)
    #expect(failure(Conformance.xlsx("openpyxl/openpyxl/tests/data/reader/null_archive.xlsx"))?.code == .missingPart)
  }

  @Test func fuzzerCorpusFailsCleanly() throws {
    let dir = Conformance.xlsx("apache-poi/test-data/spreadsheet")
    let names = try FileManager.default.contentsOfDirectory(atPath: dir).filter {
      $0.hasPrefix("clusterfuzz") || $0.hasPrefix("crash-") || $0 == "xlsx-corrupted.xlsx"
    }
    #expect(!names.isEmpty)
    for name in names {
      // Any XLSXReadError is fine; a crash, a hang or another error type is not.
      _ = failure("\(dir)/\(name)")
    }
  }

  @Test func cellReferenceBeyondXFD() throws {
    let ok = try TestZip.workbook(sheet: #"<row r="1"><c r="XFD1"><v>1</v></c></row>"#).write()
    #expect(failure(ok) == nil)
    let wide = try TestZip.workbook(sheet: #"<row r="1"><c r="XFE1"><v>1</v></c></row>"#).write()
    #expect(failure(wide)?.code == .cellOutOfRange)
    let deep = try TestZip.workbook(sheet: #"<row r="1048577"><c><v>1</v></c></row>"#).write()
    #expect(failure(deep)?.code == .cellOutOfRange)
    let deepCell = try TestZip.workbook(sheet: #"<row><c r="A1048577"><v>1</v></c></row>"#).write()
    #expect(failure(deepCell)?.code == .cellOutOfRange)
  }

  @Test func invalidUTF8IsRepaired() throws {
    var zip = TestZip.workbook(sheet: #"<row r="1"><c r="A1" t="inlineStr"><is><t>ok</t></is></c></row>"#)
    let sheet = zip.entries[4].data
    let ok = Array("ok".utf8)
    let at = try #require((0..<(sheet.count - 1)).first { Array(sheet[$0..<($0 + 2)]) == ok })
    zip.entries[4].data = Array(sheet[..<at]) + [0x6F, 0xFF, 0xC3] + Array(sheet[(at + 2)...])
    let book = try XLSXWorkbook(path: try zip.write())
    let rows = try book.rows(in: book.sheets[0])
    #expect(rows.first?.cells == [.text("o\u{FFFD}\u{FFFD}")])
  }

  @Test func sharedStringIndexOutOfRange() throws {
    let path = try TestZip.workbook(
      sheet: #"<row r="1"><c r="A1" t="s"><v>5</v></c></row>"#, sharedStrings: "<si><t>a</t></si>"
    ).write()
    #expect(failure(path)?.code == .malformedXML)
  }

  @Test func unterminatedXML() throws {
    var zip = TestZip.workbook(sheet: "")
    zip.entries[4].data = Array(#"<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A"#.utf8)
    #expect(failure(try zip.write())?.code == .malformedXML)
  }

  @Test func bodyErrorsPassThrough() throws {
    struct Stop: Error {}
    let book = try XLSXWorkbook(path: Conformance.xlsx("calamine/tests/errors.xlsx"))
    #expect(throws: Stop.self) { try book.forEachRow(in: book.sheets[0]) { _ in throw Stop() } }
  }
}
