/// One attribute: local name and raw (still entity-encoded) value, as buffer offsets.
struct XMLAttribute {
  var nameStart: Int
  var nameEnd: Int
  var valueStart: Int
  var valueEnd: Int
  /// True when the name had a prefix (`r:id`, `xml:space`).
  var prefixed: Bool
}

/// Walks the attributes of a start tag without allocating.
struct XMLAttributeIterator {
  let buffer: UnsafePointer<UInt8>
  var i: Int
  let end: Int

  init(buffer: UnsafePointer<UInt8>, start: Int, end: Int) {
    self.buffer = buffer
    i = start
    self.end = end
  }

  @inline(__always)
  private static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 }

  mutating func next() -> XMLAttribute? {
    while true {
      while i < end && Self.isSpace(buffer[i]) { i += 1 }
      if i >= end { return nil }
      var local = i
      var prefixed = false
      while i < end {
        let c = buffer[i]
        if c == UInt8(ascii: "=") || Self.isSpace(c) { break }
        if c == UInt8(ascii: ":") {
          local = i + 1
          prefixed = true
        }
        i += 1
      }
      let nameEnd = i
      while i < end && Self.isSpace(buffer[i]) { i += 1 }
      // A name without a value is not XML; skip it rather than fail on a stray token.
      guard i < end, buffer[i] == UInt8(ascii: "=") else { continue }
      i += 1
      while i < end && Self.isSpace(buffer[i]) { i += 1 }
      guard i < end else { return nil }
      let quote = buffer[i]
      guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { continue }
      i += 1
      let valueStart = i
      while i < end && buffer[i] != quote { i += 1 }
      let valueEnd = i
      if i < end { i += 1 }
      return XMLAttribute(
        nameStart: local, nameEnd: nameEnd, valueStart: valueStart, valueEnd: valueEnd, prefixed: prefixed)
    }
  }

  /// True when the attribute's local name is `literal`.
  func name(of attribute: XMLAttribute, is literal: StaticString) -> Bool {
    XMLScanner.equal(buffer, attribute.nameStart, attribute.nameEnd, literal)
  }

  /// The decoded value as a String (entities resolved, invalid UTF-8 repaired).
  func string(_ attribute: XMLAttribute) -> String {
    var bytes: [UInt8] = []
    XMLText.appendDecoded(
      UnsafeBufferPointer(start: buffer + attribute.valueStart, count: attribute.valueEnd - attribute.valueStart),
      to: &bytes)
    return XMLText.string(bytes)
  }
}
