import Foundation
import Testing
import XLSXReader

/// The streaming scanner must give the same rows whatever its buffer size: a buffer of a few
/// bytes makes every tag, entity, CR LF and UTF-8 sequence straddle a refill (the swift-nio
/// decoder-verifier idea: same input whole, in tiny chunks and in odd chunks, same result).
@Suite struct ScanBoundaryTests {
  static let files = [
    "calamine/tests/whitespace_trim.xlsx", "calamine/tests/has_x000D_.xlsx", "calamine/tests/richtext-namespaced.xlsx",
    "calamine/tests/rph.xlsx", "calamine/tests/inlineStr_cdata.xlsx", "calamine/tests/encoded_entities.xlsx",
    "calamine/tests/merged_range.xlsx", "xlsx2csv/test/utf8.xlsx", "xlsx2csv/test/sheets.xlsx",
    "sheetjs-test_files/wtf_path.xlsx", "calamine/tests/issue_261.xlsx",
  ]

  func snapshot(_ path: String, buffer: Int) throws -> [[String]] {
    let book = try XLSXWorkbook(path: path, limits: XLSXLimits(scanBufferBytes: buffer))
    var out: [[String]] = []
    for sheet in book.sheets {
      out.append(["sheet \(sheet.name) merges \(try book.mergedRanges(of: sheet))"])
      try book.forEachRow(in: sheet) { row in out.append(["\(row.index)"] + row.cells.map { "\($0)" }) }
    }
    return out
  }

  @Test(arguments: files)
  func sameRowsWithTinyBuffers(_ relative: String) throws {
    let path = Conformance.xlsx(relative)
    let reference = try snapshot(path, buffer: 256 << 10)
    for size in [8, 13, 64, 1000] {
      #expect(try snapshot(path, buffer: size) == reference, "buffer \(size)")
    }
  }

  @Test func entitiesAndCRLFAcrossSplitText() throws {
    let long = String(repeating: "a&amp;b\r\n&#x41;_x000D_", count: 200)
    let path = try TestZip.workbook(sheet: #"<row r="1"><c r="A1" t="inlineStr"><is><t>"# + long + "</t></is></c></row>")
      .write()
    let expected = String(repeating: "a&b\nA\r", count: 200)
    for size in [8, 9, 16, 33, 256 << 10] {
      let book = try XLSXWorkbook(path: path, limits: XLSXLimits(scanBufferBytes: size))
      let rows = try book.rows(in: book.sheets[0])
      #expect(rows.first?.cells == [.text(expected)], "buffer \(size)")
    }
  }
}
