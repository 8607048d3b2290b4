/// A read-only view of a zip archive's central directory: our own small reader, because an
/// XLSX needs only stored and deflated entries, and owning the directory walk lets us refuse
/// duplicate names, encrypted containers and bombs before any byte is inflated.
final class ZipArchive {
  let file: ZipFile
  let limits: XLSXLimits
  let budget: InflateBudget
  /// Entries by case-folded name: OPC part names are case-insensitive.
  private(set) var entries: [String: ZipEntry] = [:]

  init(path: String, limits: XLSXLimits) throws(XLSXReadError) {
    file = try ZipFile(path: path)
    self.limits = limits
    budget = InflateBudget(limit: limits.maxInflatedBytes)
    try readDirectory()
  }

  /// The entry for a part name, compared case-insensitively.
  func entry(_ name: String) -> ZipEntry? { entries[name.lowercased()] }

  /// All entry names, for fallbacks that look for a part by its usual name.
  var names: [String] { entries.values.map(\.name) }

  /// A stream of the entry's inflated bytes.
  func open(_ entry: ZipEntry) throws(XLSXReadError) -> ZipEntryStream {
    if entry.isEncrypted {
      throw XLSXReadError(.encrypted, "the zip entry is encrypted", part: entry.name)
    }
    guard entry.method == 0 || entry.method == 8 else {
      throw XLSXReadError(
        .unsupportedCompression, "zip compression method \(entry.method) is not supported",
        part: entry.name)
    }
    let header = try file.bytes(at: entry.localHeaderOffset, count: 30)
    guard header.le32(0) == 0x0403_4B50 else {
      throw XLSXReadError(.corruptZip, "bad local file header", part: entry.name)
    }
    let dataOffset = entry.localHeaderOffset + 30 + Int(header.le16(26)) + Int(header.le16(28))
    guard dataOffset + entry.compressedSize <= file.size else {
      throw XLSXReadError(.truncated, "the entry's data runs past the end of the file: truncated zip", part: entry.name)
    }
    return try ZipEntryStream(file: file, entry: entry, dataOffset: dataOffset, limits: limits, budget: budget)
  }

  private func readDirectory() throws(XLSXReadError) {
    let size = file.size
    if size == 0 { throw XLSXReadError(.notAZip, "the file is empty (0 bytes), not a zip") }
    let magic = try file.bytes(at: 0, count: min(8, size))
    // An encrypted OOXML workbook is an OLE compound file (CFB) holding the encrypted package;
    // a legacy .xls is the same container, so one message serves both.
    if magic == [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] {
      throw XLSXReadError(
        .encrypted,
        "this is an OLE compound file: an encrypted (password-protected) workbook or a legacy .xls, not an .xlsx zip")
    }
    let startsAsZip = magic.count >= 4 && magic.le32(0) == 0x0403_4B50

    // The end-of-central-directory record is within the last 22 + 65,535 (comment) bytes.
    let tailCount = min(size, 22 + 65_535)
    let tailStart = size - tailCount
    let tail = try file.bytes(at: tailStart, count: tailCount)
    var eocd = -1
    var i = tail.count - 22
    while i >= 0 {
      if tail[i] == 0x50, tail.le32(i) == 0x0605_4B50, i + 22 + Int(tail.le16(i + 20)) <= tail.count {
        eocd = i
        break
      }
      i -= 1
    }
    guard eocd >= 0 else {
      if startsAsZip {
        throw XLSXReadError(.truncated, "the zip has no end-of-central-directory record: truncated zip")
      }
      throw XLSXReadError(.notAZip, "not a zip archive (an .xlsx is a zip)")
    }
    var entryCount = Int(tail.le16(eocd + 10))
    var directorySize = Int(tail.le32(eocd + 12))
    var directoryOffset = Int(tail.le32(eocd + 16))
    if entryCount == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF {
      // Zip64: a locator just before the classic record points at the 64-bit record.
      let locator = eocd - 20
      if locator >= 0, tail.le32(locator) == 0x0706_4B50 {
        let recordOffset = Int(clamping: tail.le64(locator + 8))
        let record = try file.bytes(at: recordOffset, count: 56)
        guard record.le32(0) == 0x0606_4B50 else {
          throw XLSXReadError(.corruptZip, "bad zip64 end-of-central-directory record")
        }
        entryCount = Int(clamping: record.le64(32))
        directorySize = Int(clamping: record.le64(40))
        directoryOffset = Int(clamping: record.le64(48))
      }
    }
    guard directoryOffset >= 0, directorySize >= 0, directoryOffset + directorySize <= size else {
      throw XLSXReadError(.truncated, "the central directory lies outside the file: truncated or corrupt zip")
    }
    let directory = try file.bytes(at: directoryOffset, count: directorySize)
    var p = 0
    var seen = 0
    while p + 46 <= directory.count, directory.le32(p) == 0x0201_4B50 {
      let flags = directory.le16(p + 8)
      let method = directory.le16(p + 10)
      let crc = directory.le32(p + 16)
      var compressed = Int(directory.le32(p + 20))
      var uncompressed = Int(directory.le32(p + 24))
      let nameLength = Int(directory.le16(p + 28))
      let extraLength = Int(directory.le16(p + 30))
      let commentLength = Int(directory.le16(p + 32))
      var offset = Int(directory.le32(p + 42))
      let nameStart = p + 46
      let extraStart = nameStart + nameLength
      let next = extraStart + extraLength + commentLength
      guard next <= directory.count else {
        throw XLSXReadError(.corruptZip, "a central directory entry runs past the directory")
      }
      // Zip64 extended information: 64-bit values for whichever fields hold 0xFFFFFFFF, in order.
      var e = extraStart
      while e + 4 <= extraStart + extraLength {
        let id = directory.le16(e)
        let length = Int(directory.le16(e + 2))
        if id == 0x0001 {
          var q = e + 4
          let end = min(q + length, extraStart + extraLength)
          if uncompressed == 0xFFFF_FFFF, q + 8 <= end { uncompressed = Int(clamping: directory.le64(q)); q += 8 }
          if compressed == 0xFFFF_FFFF, q + 8 <= end { compressed = Int(clamping: directory.le64(q)); q += 8 }
          if offset == 0xFFFF_FFFF, q + 8 <= end { offset = Int(clamping: directory.le64(q)) }
        }
        e += 4 + length
      }
      var name = String(decoding: directory[nameStart..<extraStart], as: UTF8.self)
      name = PartPath.normalize(name)
      if !name.isEmpty, !name.hasSuffix("/") {
        guard offset >= 0, compressed >= 0, offset < size else {
          throw XLSXReadError(.corruptZip, "a central directory entry points outside the file", part: name)
        }
        let key = name.lowercased()
        if let other = entries[key] {
          throw XLSXReadError(
            .duplicateEntry,
            other.name == name
              ? "the zip holds two entries named \(name)"
              : "the zip holds entries whose names differ only in case: \(other.name) and \(name)",
            part: name)
        }
        entries[key] = ZipEntry(
          name: name, method: method, flags: flags, crc32: crc, compressedSize: compressed,
          uncompressedSize: uncompressed, localHeaderOffset: offset)
      }
      seen += 1
      p = next
    }
    if seen == 0 && entryCount > 0 {
      throw XLSXReadError(.corruptZip, "the central directory holds no readable entry")
    }
  }
}

extension Array where Element == UInt8 {
  /// Little-endian fields of zip records; callers check bounds first.
  func le16(_ i: Int) -> UInt16 { UInt16(self[i]) | UInt16(self[i + 1]) << 8 }
  func le32(_ i: Int) -> UInt32 { UInt32(le16(i)) | UInt32(le16(i + 2)) << 16 }
  func le64(_ i: Int) -> UInt64 { UInt64(le32(i)) | UInt64(le32(i + 4)) << 32 }
}
