/// Reads numbers as Indonesian and English offices write them.
///
/// `1.234.567,50`, `1,234,567.50`, `Rp 1.500.000`, `Rp1.500.000,-`, `2,5`, `(1.000)` all parse. When
/// only one separator kind occurs, a single separator followed by exactly three digits is a
/// thousands separator (`1.500` = 1500, the Indonesian reading); otherwise it is the decimal mark.
public enum NumberParser {
  /// The number in `text`, or nil when it is not one.
  public static func parse(_ text: String) -> Double? {
    // Plain digits (most exports) without the separator analysis below.
    if !text.isEmpty, text.utf8.count < 16, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
      return Double(text)
    }
    var body = Substring(text).trimmingWhitespace()
    guard !body.isEmpty else { return nil }
    var negative = false
    if body.hasPrefix("(") && body.hasSuffix(")") {
      negative = true
      body = body.dropFirst().dropLast().trimmingWhitespace()
    }
    // Currency marks and the ",-" that closes a rupiah amount.
    for prefix in ["Rp.", "Rp", "RP.", "RP", "rp.", "rp", "IDR"] where body.hasPrefix(prefix) {
      body = body.dropFirst(prefix.count).trimmingWhitespace()
      break
    }
    if body.hasSuffix(",-") || body.hasSuffix(".-") { body = body.dropLast(2) }
    if body.hasPrefix("-") {
      negative.toggle()
      body = body.dropFirst().trimmingWhitespace()
    } else if body.hasPrefix("+") {
      body = body.dropFirst()
    }
    guard !body.isEmpty else { return nil }

    var digits: [UInt8] = []
    var dots: [Int] = []
    var commas: [Int] = []
    for byte in body.utf8 {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digits.append(byte)
      case UInt8(ascii: "."): dots.append(digits.count)
      case UInt8(ascii: ","): commas.append(digits.count)
      case UInt8(ascii: " "), 0xA0, 0xC2, UInt8(ascii: "'"): continue  // grouping spaces, NBSP
      default: return nil
      }
    }
    guard !digits.isEmpty else { return nil }

    let decimalAt: Int?
    switch (dots.count, commas.count) {
    case (0, 0): decimalAt = nil
    case (_, 0): decimalAt = decimalPosition(of: dots, digitCount: digits.count)
    case (0, _): decimalAt = decimalPosition(of: commas, digitCount: digits.count)
    default:
      // Both kinds: the one that comes last is the decimal mark, and it occurs once.
      let lastDot = dots.last ?? 0
      let lastComma = commas.last ?? 0
      if lastComma > lastDot {
        guard commas.count == 1 else { return nil }
        decimalAt = lastComma
      } else {
        guard dots.count == 1 else { return nil }
        decimalAt = lastDot
      }
    }
    var text = String(decoding: digits, as: UTF8.self)
    if let decimalAt {
      let index = text.index(text.startIndex, offsetBy: decimalAt)
      text.insert(".", at: index)
    }
    guard let value = Double(text) else { return nil }
    return negative ? -value : value
  }

  /// Whole rupiah: fractions are rounded to the nearest rupiah.
  public static func parseRupiah(_ text: String) -> Int64? {
    guard let value = parse(text), value.magnitude < 9e15 else { return nil }
    return Int64(value.rounded())
  }

  /// Up to 15 ASCII digits and nothing else, read straight from the bytes (the importer's hot
  /// path for amounts and counts, before any String is made); nil for anything else, which
  /// `parse` then reads. 15 digits stay below the 9e15 bound of `parseRupiah` and `parseInteger`.
  static func plainDigits(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
    guard !bytes.isEmpty, bytes.count <= 15 else { return nil }
    var value: Int64 = 0
    for byte in bytes {
      guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
      value = value * 10 + Int64(byte - UInt8(ascii: "0"))
    }
    return value
  }

  /// A whole number (workers, counts, years); nil for fractions.
  public static func parseInteger(_ text: String) -> Int? {
    guard let value = parse(text), value == value.rounded(), value.magnitude < 9e15 else { return nil }
    return Int(value)
  }

  /// Where the decimal point goes when only one separator kind is present, or nil if none.
  private static func decimalPosition(of separators: [Int], digitCount: Int) -> Int? {
    if separators.count > 1 { return nil }  // 1.234.567: grouping only
    let position = separators[0]
    let after = digitCount - position
    return after == 3 && position > 0 ? nil : position
  }
}

extension Substring {
  func trimmingWhitespace() -> Substring {
    var result = self
    while let first = result.first, first.isWhitespace { result.removeFirst() }
    while let last = result.last, last.isWhitespace { result.removeLast() }
    return result
  }
}
