import Foundation
import Testing
import XLSXReader

/// Sheets bigger than the read-ahead ring (4 x 256 KiB) and the merge search's 256 KiB chunk: the
/// second thread must hand over every byte in order, stop when the reader stops, and pass its
/// errors on after the last good row; the merge search must see a `mergeCell` cut by a chunk end.
@Suite struct ReadAheadTests {
  /// `count` rows of a number and an inline string each: about 90 bytes a row.
  static func rows(_ count: Int) -> String {
    (1...count).map { r in
      #"<row r="\#(r)"><c r="A\#(r)"><v>\#(r)</v></c><c r="B\#(r)" t="inlineStr"><is><t>usaha \#(r)</t></is></c></row>"#
    }.joined()
  }

  @Test func everyRowInOrderAcrossTheRing() throws {
    let count = 30_000
    let book = try XLSXWorkbook(path: try TestZip.workbook(sheet: Self.rows(count)).write())
    var seen = 0
    try book.forEachRow(in: book.sheets[0]) { row in
      seen += 1
      #expect(row.index == seen)
      #expect(row.cells == [.number(Double(seen)), .text("usaha \(seen)")])
    }
    #expect(seen == count)
  }

  @Test func aReaderThatStopsEarlyStopsTheInflatingThread() throws {
    struct Stop: Error {}
    let book = try XLSXWorkbook(path: try TestZip.workbook(sheet: Self.rows(30_000)).write())
    for _ in 0..<20 {
      // The producer is blocked on a full ring when the reader throws: it must be woken and joined.
      #expect(throws: Stop.self) { try book.forEachRow(in: book.sheets[0]) { row in if row.index == 10 { throw Stop() } } }
    }
    var seen = 0
    try book.forEachRow(in: book.sheets[0]) { _ in seen += 1 }
    #expect(seen == 30_000)
  }

  @Test func aCorruptEntryFailsAfterItsLastRow() throws {
    let count = 30_000
    var bytes = TestZip.workbook(sheet: Self.rows(count)).bytes
    // Change a digit in the last row's text: the bytes still make XML, but the CRC fails at the end.
    let marker = Array("usaha \(count)<".utf8)
    let at = try #require(
      (0..<(bytes.count - marker.count)).last { Array(bytes[$0..<($0 + marker.count)]) == marker })
    bytes[at + 6] = UInt8(ascii: "9")
    let book = try XLSXWorkbook(path: try TestZip.temporary(bytes, name: "crc.xlsx"))
    var seen = 0
    #expect {
      try book.forEachRow(in: book.sheets[0]) { _ in seen += 1 }
    } throws: { ($0 as? XLSXReadError)?.code == .corruptZip }
    // The CRC is known only at the end of the entry, after the scan has had all but the last chunk.
    #expect(seen > count / 2)
  }

  /// A sheet whose only `mergeCell` starts `shift` bytes before the part's 256 KiB mark (without
  /// the `<mergeCells>` around it, which would name it twice more; the scanner takes it either way).
  static func mergeAcrossChunk(shift: Int) throws -> String {
    let head =
      #"<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#
    let tail = "</sheetData><!--"
    let fill = (256 << 10) - shift - head.utf8.count - tail.utf8.count - "--><".utf8.count
    var zip = TestZip.workbook(sheet: "")
    zip.entries[4].data = Array(
      (head + tail + String(repeating: "x", count: fill)
        + #"--><mergeCell ref="A1:B2"/></worksheet>"#).utf8)
    return try zip.write()
  }

  @Test(arguments: [0, 1, 4, 8, 9, 12])
  func mergeCellCutByTheSearchChunk(_ shift: Int) throws {
    let book = try XLSXWorkbook(path: try Self.mergeAcrossChunk(shift: shift))
    #expect(
      try book.mergedRanges(of: book.sheets[0]) == [CellRange(firstRow: 1, firstColumn: 0, lastRow: 2, lastColumn: 1)])
  }

  @Test func theWordInATextIsNotAMerge() throws {
    let path = try TestZip.workbook(sheet: #"<row r="1"><c r="A1" t="inlineStr"><is><t>mergeCell</t></is></c></row>"#).write()
    let book = try XLSXWorkbook(path: path)
    #expect(try book.mergedRanges(of: book.sheets[0]).isEmpty)
  }
}
