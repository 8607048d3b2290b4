/// The XML parts of a one-sheet workbook cut out of a fuzz input, packed into a stored zip.
///
/// The input is up to four parts separated by `separator`: the worksheet, the shared strings,
/// the styles and the workbook part. Missing ones get a minimal valid part, so a short input is
/// still a whole workbook.
struct WorkbookParts {
  static let separator = Array("\n=====\n".utf8)

  var worksheet: [UInt8] = []
  var sharedStrings: [UInt8] = Array("<sst/>".utf8)
  var styles: [UInt8] = Array("<styleSheet/>".utf8)
  var workbook: [UInt8] = Array(
    #"<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>"#
      .utf8)

  init(_ input: UnsafeBufferPointer<UInt8>) {
    var parts: [[UInt8]] = [[]]
    var index = 0
    let separator = Self.separator
    while index < input.count {
      if index + separator.count <= input.count, parts.count < 4,
        input[index..<(index + separator.count)].elementsEqual(separator)
      {
        parts.append([])
        index += separator.count
      } else {
        parts[parts.count - 1].append(input[index])
        index += 1
      }
    }
    worksheet = parts[0]
    if parts.count > 1 { sharedStrings = parts[1] }
    if parts.count > 2 { styles = parts[2] }
    if parts.count > 3 { workbook = parts[3] }
  }

  /// The package as a zip with every entry stored (method 0).
  func zip() -> [UInt8] {
    let relationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    let entries: [(String, [UInt8])] = [
      ("_rels/.rels", Array(#"<Relationships><Relationship Id="rId1" Type="\#(relationship)/officeDocument" Target="xl/workbook.xml"/></Relationships>"#.utf8)),
      ("xl/workbook.xml", workbook),
      ("xl/_rels/workbook.xml.rels", Array(
        (#"<Relationships><Relationship Id="rId1" Type="\#(relationship)/worksheet" Target="worksheets/sheet1.xml"/>"#
          + #"<Relationship Id="rId2" Type="\#(relationship)/sharedStrings" Target="sharedStrings.xml"/>"#
          + #"<Relationship Id="rId3" Type="\#(relationship)/styles" Target="styles.xml"/></Relationships>"#).utf8)),
      ("xl/worksheets/sheet1.xml", worksheet),
      ("xl/sharedStrings.xml", sharedStrings),
      ("xl/styles.xml", styles),
    ]
    var local: [UInt8] = []
    var central: [UInt8] = []
    for (name, data) in entries {
      let header = StoredZipHeader(name: Array(name.utf8), data: data, offset: local.count)
      local += header.local + data
      central += header.central
    }
    var end: [UInt8] = [0x50, 0x4B, 0x05, 0x06, 0, 0, 0, 0]
    end += le16(entries.count) + le16(entries.count) + le32(central.count) + le32(local.count) + le16(0)
    return local + central + end
  }
}

/// The local and central headers of one stored zip entry (PKWARE APPNOTE 4.3.7 and 4.3.12).
private struct StoredZipHeader {
  let local: [UInt8]
  let central: [UInt8]

  init(name: [UInt8], data: [UInt8], offset: Int) {
    let common = le16(20) + le16(0) + le16(0) + le16(0) + le16(0x21) + le32(Int(crc32(data))) + le32(data.count)
      + le32(data.count) + le16(name.count) + le16(0)
    local = [0x50, 0x4B, 0x03, 0x04] + common + name
    central = [0x50, 0x4B, 0x01, 0x02] + le16(20) + common + le16(0) + le16(0) + le16(0) + le32(0) + le32(offset) + name
  }
}

private func le16(_ value: Int) -> [UInt8] { [UInt8(value & 0xFF), UInt8((value >> 8) & 0xFF)] }
private func le32(_ value: Int) -> [UInt8] { le16(value & 0xFFFF) + le16((value >> 16) & 0xFFFF) }

/// CRC-32 (ISO 3309, the zip checksum), bit by bit: inputs are small.
private func crc32(_ bytes: [UInt8]) -> UInt32 {
  var crc: UInt32 = 0xFFFF_FFFF
  for byte in bytes {
    crc ^= UInt32(byte)
    for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
  }
  return ~crc
}
