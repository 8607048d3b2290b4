#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A byte-level pull scanner for the XML that spreadsheet parts use.
///
/// Why not a general XML parser: a 1M-row sheet is ~900 MB of XML whose structure is a handful of
/// elements; a byte scan over a reused buffer costs about 0.5 s where a SAX parser with per-node
/// callbacks and String names costs several times that (see shared/bench/LIMITS.md). It is also
/// safer: it never expands entities, and refuses any `<!DOCTYPE` or `<!ENTITY` outright.
/// Names come out as local names (`x:c` and `c` are the same), so namespace prefixes and the Strict
/// (purl.oclc.org) namespaces need no special care. Memory is one buffer that only grows when a
/// single token is larger than it, up to `maxXMLTokenBytes`.
struct XMLScanner: ~Copyable {
  private(set) var buffer: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  private let maxCapacity: Int
  private var pos = 0
  private var end = 0
  private var exhausted = false
  private let source: any PartByteSource
  var part: String { source.part }

  init(source: any PartByteSource, limits: XLSXLimits, initialCapacity: Int? = nil) {
    self.source = source
    capacity = max(min(initialCapacity ?? limits.scanBufferBytes, limits.scanBufferBytes), 8)
    maxCapacity = max(limits.maxXMLTokenBytes, capacity)
    buffer = .allocate(capacity: capacity)
  }

  deinit { buffer.deallocate() }

  private func malformed(_ message: String) -> XLSXReadError {
    XLSXReadError(.malformedXML, message, part: source.part)
  }

  /// Keeps unread bytes, grows the buffer when one token fills it, and reads more.
  /// Returns false when the part is exhausted and nothing was added.
  private mutating func fill() throws(XLSXReadError) -> Bool {
    if exhausted { return false }
    if pos > 0 {
      let remaining = end - pos
      if remaining > 0 { memmove(buffer, buffer + pos, remaining) }
      end = remaining
      pos = 0
    }
    if end == capacity {
      guard capacity < maxCapacity else {
        throw XLSXReadError(
          .limitExceeded, "an XML token is longer than \(maxCapacity) bytes", part: source.part)
      }
      let grown = min(capacity * 2, maxCapacity)
      let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
      bigger.update(from: buffer, count: end)
      buffer.deallocate()
      buffer = bigger
      capacity = grown
    }
    let n = try source.read(into: buffer + end, capacity: capacity - end)
    if n == 0 {
      exhausted = true
      return false
    }
    end += n
    return true
  }

  /// The absolute index of `byte` at or after `pos + relative`, reading more as needed.
  private mutating func find(_ byte: UInt8, fromRelative relative: Int) throws(XLSXReadError) -> Int? {
    var rel = relative
    while true {
      let start = pos + rel
      if start < end, let hit = memchr(buffer + start, Int32(byte), end - start) {
        return hit - UnsafeMutableRawPointer(buffer)
      }
      rel = end - pos
      if !(try fill()) { return nil }
    }
  }

  /// The absolute index where `sequence` starts, at or after `pos + relative`.
  private mutating func find(sequence: [UInt8], fromRelative relative: Int) throws(XLSXReadError) -> Int {
    var rel = relative
    while true {
      var i = pos + rel
      while i + sequence.count <= end {
        if buffer[i] == sequence[0] {
          var k = 1
          while k < sequence.count && buffer[i + k] == sequence[k] { k += 1 }
          if k == sequence.count { return i }
        }
        i += 1
      }
      rel = i - pos
      if !(try fill()) { throw malformed("unterminated comment, CDATA section or processing instruction") }
    }
  }

  private mutating func hasPrefix(_ literal: [UInt8]) throws(XLSXReadError) -> Bool {
    while end - pos < literal.count {
      if !(try fill()) { break }
    }
    if end - pos < literal.count { return false }
    for k in 0..<literal.count where buffer[pos + k] != literal[k] { return false }
    return true
  }

  /// The next token; comments and processing instructions are skipped.
  mutating func next() throws(XLSXReadError) -> XMLToken {
    while true {
      if pos >= end, !(try fill()) { return XMLToken(kind: .end) }
      if buffer[pos] != UInt8(ascii: "<") {
        return try text()
      }
      while end - pos < 2 {
        if !(try fill()) { throw malformed("the part ends inside a tag") }
      }
      switch buffer[pos + 1] {
      case UInt8(ascii: "/"):
        // End tags are short (`</c>`, `</row>`): a byte loop finds their '>' sooner than a call
        // to memchr; a longer one, or one cut by the buffer's end, takes the general search.
        var close = pos + 2
        let shortEnd = min(end, pos + 16)
        while close < shortEnd && buffer[close] != UInt8(ascii: ">") { close += 1 }
        if close == shortEnd {
          guard let found = try find(UInt8(ascii: ">"), fromRelative: close - pos) else {
            throw malformed("the part ends inside an end tag")
          }
          close = found
        }
        var token = XMLToken(kind: .endTag)
        setName(&token, from: pos + 2, limit: close)
        pos = close + 1
        return token
      case UInt8(ascii: "?"):
        let close = try find(sequence: Self.piEnd, fromRelative: 2)
        pos = close + 2
      case UInt8(ascii: "!"):
        if try hasPrefix(Self.commentStart) {
          let close = try find(sequence: Self.commentEnd, fromRelative: 4)
          pos = close + 3
        } else if try hasPrefix(Self.cdataStart) {
          let close = try find(sequence: Self.cdataEnd, fromRelative: 9)
          var token = XMLToken(kind: .cdata)
          token.bodyStart = pos + 9
          token.bodyEnd = close
          pos = close + 3
          return token
        } else {
          // <!DOCTYPE, <!ENTITY, <!ELEMENT...: entity expansion is how XML bombs work, and no
          // spreadsheet writer emits a DTD, so any declaration is refused, never expanded.
          throw XLSXReadError(
            .forbiddenXML, "the XML declares a DTD or entities, which are refused (never expanded)",
            part: source.part)
        }
      default:
        return try startTag()
      }
    }
  }

  /// Text up to the next '<'. Text longer than half the buffer comes out in pieces (split where
  /// no entity reference or CR LF is cut), so megabytes of white space between tags never need
  /// a big buffer; consumers append consecutive text tokens.
  private mutating func text() throws(XLSXReadError) -> XMLToken {
    var token = XMLToken(kind: .text)
    var rel = 0
    while true {
      let start = pos + rel
      if start < end, let hit = memchr(buffer + start, Int32(UInt8(ascii: "<")), end - start) {
        token.bodyStart = pos
        token.bodyEnd = hit - UnsafeMutableRawPointer(buffer)
        pos = token.bodyEnd
        return token
      }
      if end - pos >= capacity / 2 {
        var split = end
        var k = end - 1
        while k > end - 16 && k > pos {
          if buffer[k] == UInt8(ascii: "&") {
            split = k
            break
          }
          if buffer[k] == UInt8(ascii: ";") { break }
          k -= 1
        }
        if split > pos + 1 && buffer[split - 1] == 0x0D { split -= 1 }
        if split > pos {
          token.bodyStart = pos
          token.bodyEnd = split
          pos = split
          return token
        }
      }
      rel = end - pos
      if !(try fill()) {
        token.bodyStart = pos
        token.bodyEnd = end
        pos = end
        return token
      }
    }
  }

  private mutating func startTag() throws(XLSXReadError) -> XMLToken {
    // Quote-aware: a '>' inside an attribute value does not end the tag.
    var rel = 1
    var quote: UInt8 = 0
    var close = -1
    let special = Self.tagSpecial
    search: while true {
      var i = pos + rel
      let e = end
      let b = buffer
      while i < e {
        let c = b[i]
        // Most bytes of a tag are none of > " ': one table load settles them (measured: about
        // half the instructions of comparing each byte three times).
        if special[Int(c)] == 0 {
          i += 1
          continue
        }
        if quote != 0 {
          if c == quote { quote = 0 }
        } else if c == UInt8(ascii: ">") {
          close = i
          break search
        } else {
          quote = c
        }
        i += 1
      }
      rel = i - pos
      if !(try fill()) { throw malformed("the part ends inside a start tag") }
    }
    var token = XMLToken(kind: .startTag)
    token.selfClosing = buffer[close - 1] == UInt8(ascii: "/")
    let limit = token.selfClosing ? close - 1 : close
    let nameEnd = setName(&token, from: pos + 1, limit: limit)
    token.bodyStart = nameEnd
    token.bodyEnd = limit
    pos = close + 1
    return token
  }

  /// Sets the token's local name from the qualified name starting at `from`; returns where it ends.
  @discardableResult
  private func setName(_ token: inout XMLToken, from: Int, limit: Int) -> Int {
    var i = from
    var local = from
    while i < limit {
      let c = buffer[i]
      if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == UInt8(ascii: "/") { break }
      if c == UInt8(ascii: ":") { local = i + 1 }
      i += 1
    }
    token.nameStart = local
    token.nameEnd = i
    return i
  }

  /// True when the token's local name is `literal`.
  func name(of token: XMLToken, is literal: StaticString) -> Bool {
    Self.equal(buffer, token.nameStart, token.nameEnd, literal)
  }

  /// Attributes of a start tag.
  func attributes(of token: XMLToken) -> XMLAttributeIterator {
    XMLAttributeIterator(buffer: UnsafePointer(buffer), start: token.bodyStart, end: token.bodyEnd)
  }

  /// The token's body as a buffer (text, CDATA or an attribute value span).
  func bytes(_ start: Int, _ end: Int) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: buffer + start, count: end - start)
  }

  static func equal(_ buffer: UnsafePointer<UInt8>, _ start: Int, _ end: Int, _ literal: StaticString) -> Bool {
    let count = literal.utf8CodeUnitCount
    guard end - start == count else { return false }
    let l = literal.utf8Start
    for k in 0..<count where buffer[start + k] != l[k] { return false }
    return true
  }

  /// 1 for the bytes that matter inside a start tag ('>', '"' and '\''), indexed by byte. A
  /// pointer, not an array, so the loop has no bounds check; made once, never written again or freed.
  nonisolated(unsafe) private static let tagSpecial: UnsafePointer<UInt8> = {
    let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
    for byte in 0..<256 { table[byte] = byte == 0x3E || byte == 0x22 || byte == 0x27 ? 1 : 0 }
    return UnsafePointer(table)
  }()

  private static let piEnd: [UInt8] = Array("?>".utf8)
  private static let commentStart: [UInt8] = Array("<!--".utf8)
  private static let commentEnd: [UInt8] = Array("-->".utf8)
  private static let cdataStart: [UInt8] = Array("<![CDATA[".utf8)
  private static let cdataEnd: [UInt8] = Array("]]>".utf8)
}
