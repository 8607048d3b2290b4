import Foundation

/// Builds small zip archives (stored entries) in memory, so that hostile and edge-case packages
/// can be made inside the tests instead of being committed as opaque binaries.
struct TestZip {
  var entries: [(name: String, data: [UInt8])] = []

  mutating func add(_ name: String, _ text: String) { entries.append((name, Array(text.utf8))) }
  mutating func add(_ name: String, bytes: [UInt8]) { entries.append((name, bytes)) }

  /// A minimal workbook around one sheet's XML (and optional shared strings / styles).
  static func workbook(sheet: String, sharedStrings: String? = nil, styles: String? = nil, date1904: Bool = false)
    -> TestZip
  {
    var zip = TestZip()
    zip.add(
      "[Content_Types].xml",
      #"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>"#
    )
    zip.add(
      "_rels/.rels",
      #"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#
    )
    zip.add(
      "xl/workbook.xml",
      #"<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr date1904="\#(date1904 ? "1" : "0")"/><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>"#
    )
    var rels =
      #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>"#
    if sharedStrings != nil {
      rels +=
        #"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>"#
    }
    if styles != nil {
      rels +=
        #"<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#
    }
    zip.add(
      "xl/_rels/workbook.xml.rels",
      #"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + rels + "</Relationships>")
    zip.add(
      "xl/worksheets/sheet1.xml",
      #"<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#
        + sheet + "</sheetData></worksheet>")
    if let sharedStrings {
      zip.add(
        "xl/sharedStrings.xml",
        #"<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
          + sharedStrings + "</sst>")
    }
    if let styles {
      zip.add(
        "xl/styles.xml",
        #"<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
          + styles + "</styleSheet>")
    }
    return zip
  }

  var bytes: [UInt8] {
    var out: [UInt8] = []
    var central: [UInt8] = []
    for (name, data) in entries {
      let offset = out.count
      let crc = Self.crc32(data)
      let nameBytes = Array(name.utf8)
      out += [0x50, 0x4B, 0x03, 0x04, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0]
      out += le32(crc) + le32(UInt32(data.count)) + le32(UInt32(data.count))
      out += le16(UInt16(nameBytes.count)) + le16(0) + nameBytes + data
      central += [0x50, 0x4B, 0x01, 0x02, 20, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0]
      central += le32(crc) + le32(UInt32(data.count)) + le32(UInt32(data.count))
      central += le16(UInt16(nameBytes.count)) + le16(0) + le16(0) + le16(0) + le16(0) + le32(0)
      central += le32(UInt32(offset)) + nameBytes
    }
    let centralOffset = out.count
    out += central
    out += [0x50, 0x4B, 0x05, 0x06, 0, 0, 0, 0]
    out += le16(UInt16(entries.count)) + le16(UInt16(entries.count))
    out += le32(UInt32(central.count)) + le32(UInt32(centralOffset)) + le16(0)
    return out
  }

  /// Writes the archive to a fresh temporary file and returns its path.
  func write(_ name: String = "test.xlsx") throws -> String {
    try Self.temporary(bytes, name: name)
  }

  static func temporary(_ bytes: [UInt8], name: String) throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("xlsxreader-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
  }

  private func le16(_ v: UInt16) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8)] }
  private func le32(_ v: UInt32) -> [UInt8] { le16(UInt16(v & 0xFFFF)) + le16(UInt16(v >> 16)) }

  static func crc32(_ data: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in data {
      crc ^= UInt32(byte)
      for _ in 0..<8 { crc = (crc >> 1) ^ (0xEDB8_8320 & (0 &- (crc & 1))) }
    }
    return ~crc
  }
}
