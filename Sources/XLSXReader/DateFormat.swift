/// Decides whether a number format shows a date or time, so that its serial becomes `.date`.
enum DateFormat {
  /// Built-in format ids that are dates or times: 14-22 and 45-47 everywhere, and the East Asian
  /// locale ids 27-36 and 50-58 (all date formats in the locales that define them).
  static func isBuiltInDate(_ id: Int) -> Bool {
    (14...22).contains(id) || (45...47).contains(id) || (27...36).contains(id) || (50...58).contains(id)
  }

  /// True when the first section of `code` has a date or time token (d, m, y, h, s) outside
  /// quoted literals, escapes and brackets. Elapsed-time formats (`[h]:mm`) are durations, not
  /// points in time, so they stay numbers; brackets like `[$-409]` or `[Red]` are ignored.
  static func isDate(code: String) -> Bool {
    var hasDateToken = false
    var elapsed = false
    var iterator = code.utf8.makeIterator()
    var bracket: [UInt8] = []
    var inBracket = false
    var inQuote = false
    while let c = iterator.next() {
      if inQuote {
        if c == UInt8(ascii: "\"") { inQuote = false }
        continue
      }
      if inBracket {
        if c == UInt8(ascii: "]") {
          inBracket = false
          let lower = bracket.map { $0 | 0x20 }
          if !lower.isEmpty, lower.allSatisfy({ $0 == UInt8(ascii: "h") })
            || lower.allSatisfy({ $0 == UInt8(ascii: "m") }) || lower.allSatisfy({ $0 == UInt8(ascii: "s") })
          {
            elapsed = true
          }
          bracket.removeAll()
        } else {
          bracket.append(c)
        }
        continue
      }
      switch c {
      case UInt8(ascii: "\""): inQuote = true
      case UInt8(ascii: "["): inBracket = true
      case UInt8(ascii: "\\"), UInt8(ascii: "_"), UInt8(ascii: "*"): _ = iterator.next()
      case UInt8(ascii: ";"): return hasDateToken && !elapsed
      case UInt8(ascii: "d"), UInt8(ascii: "D"), UInt8(ascii: "m"), UInt8(ascii: "M"), UInt8(ascii: "y"),
        UInt8(ascii: "Y"), UInt8(ascii: "h"), UInt8(ascii: "H"), UInt8(ascii: "s"), UInt8(ascii: "S"):
        hasDateToken = true
      case UInt8(ascii: "G"), UInt8(ascii: "g"):
        // "General" is the one format word made of letters; it is never a date.
        if code.utf8.count >= 7, code.lowercased().hasPrefix("general") { return false }
      default: break
      }
    }
    return hasDateToken && !elapsed
  }
}
