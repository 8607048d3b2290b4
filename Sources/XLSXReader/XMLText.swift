#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Turning raw XML character data into text: entities, line ends, Excel's `_xHHHH_` escapes.
///
/// Invalid UTF-8 is repaired, never refused: each bad sequence becomes U+FFFD, so one damaged
/// cell does not lose the whole sheet (the importer can still flag the cell).
enum XMLText {
  /// Appends `raw` with entity and character references resolved and CR/CRLF turned into LF
  /// (XML end-of-line handling). Unknown named entities are kept as written.
  static func appendDecoded(_ raw: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
    guard let base = raw.baseAddress, raw.count > 0 else { return }
    let count = raw.count
    // Fast path: nothing to decode.
    if memchr(base, Int32(UInt8(ascii: "&")), count) == nil && memchr(base, 0x0D, count) == nil {
      out.append(contentsOf: raw)
      return
    }
    var i = 0
    while i < count {
      let c = base[i]
      if c == 0x0D {
        out.append(0x0A)
        i += (i + 1 < count && base[i + 1] == 0x0A) ? 2 : 1
        continue
      }
      guard c == UInt8(ascii: "&") else {
        out.append(c)
        i += 1
        continue
      }
      var j = i + 1
      while j < count && j - i <= 12 && base[j] != UInt8(ascii: ";") { j += 1 }
      guard j < count, base[j] == UInt8(ascii: ";") else {
        out.append(c)
        i += 1
        continue
      }
      let name = UnsafeBufferPointer(rebasing: raw[(i + 1)..<j])
      if let scalar = reference(name) {
        appendUTF8(scalar, to: &out)
      } else {
        out.append(contentsOf: UnsafeBufferPointer(rebasing: raw[i...j]))
      }
      i = j + 1
    }
  }

  private static func reference(_ name: UnsafeBufferPointer<UInt8>) -> UInt32? {
    guard let first = name.first else { return nil }
    if first == UInt8(ascii: "#") {
      var value: UInt32 = 0
      var k = 1
      var hex = false
      if name.count > 1 && (name[1] == UInt8(ascii: "x") || name[1] == UInt8(ascii: "X")) {
        hex = true
        k = 2
      }
      guard k < name.count else { return nil }
      while k < name.count {
        guard let d = digit(name[k], hex: hex) else { return nil }
        value = value &* (hex ? 16 : 10) &+ d
        if value > 0x10FFFF { return 0xFFFD }
        k += 1
      }
      // NUL and surrogates are not XML characters: repair rather than refuse.
      if value == 0 || (0xD800...0xDFFF).contains(value) { return 0xFFFD }
      return value
    }
    switch Array(name) {
    case Array("amp".utf8): return 0x26
    case Array("lt".utf8): return 0x3C
    case Array("gt".utf8): return 0x3E
    case Array("quot".utf8): return 0x22
    case Array("apos".utf8): return 0x27
    default: return nil
    }
  }

  @inline(__always)
  static func digit(_ c: UInt8, hex: Bool) -> UInt32? {
    switch c {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(c - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: return UInt32(c - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: return UInt32(c - UInt8(ascii: "A") + 10)
    default: return nil
    }
  }

  static func appendUTF8(_ scalar: UInt32, to out: inout [UInt8]) {
    switch scalar {
    case 0..<0x80:
      out.append(UInt8(scalar))
    case 0x80..<0x800:
      out.append(UInt8(0xC0 | (scalar >> 6)))
      out.append(UInt8(0x80 | (scalar & 0x3F)))
    case 0x800..<0x10000:
      out.append(UInt8(0xE0 | (scalar >> 12)))
      out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
      out.append(UInt8(0x80 | (scalar & 0x3F)))
    default:
      out.append(UInt8(0xF0 | (scalar >> 18)))
      out.append(UInt8(0x80 | ((scalar >> 12) & 0x3F)))
      out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
      out.append(UInt8(0x80 | (scalar & 0x3F)))
    }
  }

  /// Removes XML white space at both ends of `bytes[from...]` (a `<t>` without
  /// `xml:space="preserve"`); white space written as character references was already decoded,
  /// so like calamine this trims it too only when it sits at an end.
  static func trim(_ bytes: inout [UInt8], from start: Int) {
    var e = bytes.count
    while e > start && isSpace(bytes[e - 1]) { e -= 1 }
    var s = start
    while s < e && isSpace(bytes[s]) { s += 1 }
    if e < bytes.count { bytes.removeSubrange(e...) }
    if s > start { bytes.removeSubrange(start..<s) }
  }

  @inline(__always)
  static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 }

  /// A String from decoded bytes, with Excel's `_xHHHH_` escapes (ST_Xstring) resolved.
  static func string(_ bytes: [UInt8]) -> String {
    bytes.withUnsafeBufferPointer { string($0) }
  }

  private static func containsEscape(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return false }
    var offset = 0
    while offset < bytes.count, let hit = memchr(base + offset, Int32(UInt8(ascii: "_")), bytes.count - offset) {
      let i = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
      if i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "x") { return true }
      offset = i + 1
    }
    return false
  }

  /// A String from decoded bytes, with Excel's `_xHHHH_` escapes resolved.
  static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    guard bytes.count >= 7, containsEscape(bytes) else {
      return String(decoding: bytes, as: UTF8.self)
    }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var pendingHigh: UInt32? = nil
    var i = 0
    let count = bytes.count
    while i < count {
      if bytes[i] == UInt8(ascii: "_"), i + 6 < count, bytes[i + 1] == UInt8(ascii: "x"),
        bytes[i + 6] == UInt8(ascii: "_"),
        let a = digit(bytes[i + 2], hex: true), let b = digit(bytes[i + 3], hex: true),
        let c = digit(bytes[i + 4], hex: true), let d = digit(bytes[i + 5], hex: true)
      {
        let unit = a << 12 | b << 8 | c << 4 | d
        if (0xD800..<0xDC00).contains(unit) {
          if pendingHigh != nil { appendUTF8(0xFFFD, to: &out) }
          pendingHigh = unit
        } else if (0xDC00..<0xE000).contains(unit) {
          if let high = pendingHigh {
            appendUTF8(0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00), to: &out)
            pendingHigh = nil
          } else {
            appendUTF8(0xFFFD, to: &out)
          }
        } else {
          if pendingHigh != nil {
            appendUTF8(0xFFFD, to: &out)
            pendingHigh = nil
          }
          appendUTF8(unit == 0 ? 0xFFFD : unit, to: &out)
        }
        i += 7
        continue
      }
      if pendingHigh != nil {
        appendUTF8(0xFFFD, to: &out)
        pendingHigh = nil
      }
      out.append(bytes[i])
      i += 1
    }
    if pendingHigh != nil { appendUTF8(0xFFFD, to: &out) }
    return String(decoding: out, as: UTF8.self)
  }
}
