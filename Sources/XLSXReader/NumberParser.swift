/// Numbers from `<v>` bytes without Foundation: an exact fast path for integers (most cells),
/// and Swift's locale-independent `Double(String)` for the rest (short values stay small
/// strings, so that path does not allocate either).
enum NumberParser {
  static func parse(_ bytes: [UInt8]) -> Double? {
    var start = 0
    var end = bytes.count
    while start < end && XMLText.isSpace(bytes[start]) { start += 1 }
    while end > start && XMLText.isSpace(bytes[end - 1]) { end -= 1 }
    guard start < end else { return nil }
    var i = start
    let negative = bytes[i] == UInt8(ascii: "-")
    if negative { i += 1 }
    let digitsStart = i
    var integer: Int64 = 0
    while i < end, i - digitsStart < 15 {
      let d = bytes[i] &- UInt8(ascii: "0")
      guard d < 10 else { break }
      integer = integer * 10 + Int64(d)
      i += 1
    }
    if i == end && i > digitsStart {
      // Up to 15 digits are exact in a Double.
      return negative ? -Double(integer) : Double(integer)
    }
    let text = String(decoding: bytes[start..<end], as: UTF8.self)
    guard let value = Double(text), value.isFinite else { return nil }
    return value
  }

  /// A non-negative integer index (shared strings), or nil.
  static func parseIndex(_ bytes: [UInt8]) -> Int? {
    var value = 0
    var any = false
    for b in bytes {
      if XMLText.isSpace(b) { continue }
      let d = b &- UInt8(ascii: "0")
      guard d < 10, value < 1 << 40 else { return nil }
      value = value * 10 + Int(d)
      any = true
    }
    return any ? value : nil
  }
}
