import Foundation

/// Regions of one or more levels by dotted code, with each parent's children in code order.
struct RegionTable: Sendable {
  var byCode: [String: Region] = [:]
  var children: [String: [Region]] = [:]

  /// Reads a `code<TAB>name` file whose codes are all of `level`.
  ///
  /// The files are sorted by code, so children lists come out in code order.
  mutating func load(_ url: URL, level: RegionLevel) throws(GazetteerError) {
    let file = url.lastPathComponent
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw .unreadable(file: file, reason: "\(error)")
    }
    byCode.reserveCapacity(byCode.count + data.count / 24)
    var lineNumber = 0
    for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
      lineNumber += 1
      if line.isEmpty { continue }
      guard let tab = line.firstIndex(of: UInt8(ascii: "\t")) else {
        throw .malformedLine(file: file, line: lineNumber, reason: "expected code<TAB>name")
      }
      let code = String(decoding: line[line.startIndex..<tab], as: UTF8.self)
      var nameBytes = line[(tab + 1)...]
      if nameBytes.last == UInt8(ascii: "\r") { nameBytes = nameBytes.dropLast() }
      let name = String(decoding: nameBytes, as: UTF8.self)
      guard RegionCode.canonical(code) == code, RegionCode.level(ofDotted: code) == level, !name.isEmpty
      else {
        throw .malformedLine(file: file, line: lineNumber, reason: "'\(code)' is not a \(level) code with a name")
      }
      let parent = RegionCode.parent(ofDotted: code)
      let region = Region(code: code, name: name, level: level, parentCode: parent)
      guard byCode.updateValue(region, forKey: code) == nil else {
        throw .malformedLine(file: file, line: lineNumber, reason: "code \(code) appears twice")
      }
      if let parent { children[parent, default: []].append(region) }
    }
  }
}
