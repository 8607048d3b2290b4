/// `t="d"` cells: ISO 8601 text turned into a 1900-system serial (days since 1899-12-30).
package enum ISODate {
  /// Accepts `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS[.fff]][Z]` and a bare `HH:MM[:SS[.fff]]`.
  package static func serial(_ text: String) -> Double? {
    let bytes = Array(text.utf8)
    var i = 0
    func number(_ digits: Int) -> Int? {
      guard i + digits <= bytes.count else { return nil }
      var v = 0
      for k in 0..<digits {
        let d = bytes[i + k] &- UInt8(ascii: "0")
        guard d < 10 else { return nil }
        v = v * 10 + Int(d)
      }
      i += digits
      return v
    }
    func skip(_ c: UInt8) -> Bool {
      guard i < bytes.count, bytes[i] == c else { return false }
      i += 1
      return true
    }
    var days = 0.0
    var hasDate = false
    if bytes.count >= 10, bytes[4] == UInt8(ascii: "-") {
      guard let y = number(4), skip(UInt8(ascii: "-")), let m = number(2), skip(UInt8(ascii: "-")),
        let d = number(2), (1...12).contains(m), (1...31).contains(d)
      else { return nil }
      days = Double(daysFromCivil(year: y, month: m, day: d) + 25_569)
      hasDate = true
      if i == bytes.count { return days }
      guard skip(UInt8(ascii: "T")) || skip(UInt8(ascii: " ")) else { return nil }
    }
    guard let h = number(2), skip(UInt8(ascii: ":")), let mi = number(2), h < 24, mi < 60 else { return nil }
    var seconds = Double(h * 3600 + mi * 60)
    if skip(UInt8(ascii: ":")) {
      guard let s = number(2), s < 61 else { return nil }
      seconds += Double(s)
      if skip(UInt8(ascii: ".")) {
        var scale = 0.1
        while i < bytes.count, bytes[i] &- UInt8(ascii: "0") < 10 {
          seconds += Double(bytes[i] - UInt8(ascii: "0")) * scale
          scale /= 10
          i += 1
        }
      }
    }
    _ = skip(UInt8(ascii: "Z"))
    guard i == bytes.count else { return nil }
    _ = hasDate
    return days + seconds / 86_400
  }

  /// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's algorithm).
  static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }
}
