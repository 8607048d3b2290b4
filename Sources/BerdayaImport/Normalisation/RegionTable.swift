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
    // Scanned as bytes: the villages file has 83,762 lines, and slicing `Data` per line costs ten
    // times as much (0.5 s against 0.05 s, release build).
    // `withUnsafeBytes` rethrows untyped errors, so the closure returns its error instead.
    let failure = data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> GazetteerError? in
      let newline = UInt8(ascii: "\n")
      var lineStart = 0
      var lineNumber = 0
      while lineStart < bytes.count {
        lineNumber += 1
        var lineEnd = lineStart
        while lineEnd < bytes.count, bytes[lineEnd] != newline { lineEnd += 1 }
        defer { lineStart = lineEnd + 1 }
        var contentEnd = lineEnd
        if contentEnd > lineStart, bytes[contentEnd - 1] == UInt8(ascii: "\r") { contentEnd -= 1 }
        if contentEnd == lineStart { continue }
        guard let tab = bytes[lineStart..<contentEnd].firstIndex(of: UInt8(ascii: "\t")) else {
          return .malformedLine(file: file, line: lineNumber, reason: "expected code<TAB>name")
        }
        let code = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[lineStart..<tab]), as: UTF8.self)
        let name = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[(tab + 1)..<contentEnd]), as: UTF8.self)
        do throws(GazetteerError) {
          try add(code: code, name: name, level: level, file: file, line: lineNumber)
        } catch {
          return error
        }
      }
      return nil
    }
    if let failure { throw failure }
  }

  private mutating func add(
    code: String, name: String, level: RegionLevel, file: String, line: Int
  )
    throws(GazetteerError)
  {
    guard RegionCode.isDotted(code, level: level), !name.isEmpty else {
      throw .malformedLine(file: file, line: line, reason: "'\(code)' is not a \(level) code with a name")
    }
    let parent = RegionCode.parent(ofDotted: code)
    let region = Region(code: code, name: name, level: level, parentCode: parent)
    guard byCode.updateValue(region, forKey: code) == nil else {
      throw .malformedLine(file: file, line: line, reason: "code \(code) appears twice")
    }
    if let parent { children[parent, default: []].append(region) }
  }
}
