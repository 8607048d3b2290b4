/// One cell as a source gave it: text from a CSV, or a typed value from a workbook.
public enum RawCell: Hashable, Sendable {
  case empty
  case text(String)
  case number(Double)
  /// A date/time cell, as days since 1899-12-30 (the 1900 system; 1904 already converted).
  case date(serial: Double)
  case bool(Bool)
  case error(String)

  /// The cell as a user sees it, for messages and text columns.
  public var text: String {
    switch self {
    case .empty: ""
    case .text(let text): text
    case .number(let value): RawCell.format(value)
    case .date(let serial): RawCell.format(serial)
    case .bool(let value): value ? "TRUE" : "FALSE"
    case .error(let code): code
    }
  }

  /// True for empty cells and text that is only white space.
  public var isBlank: Bool {
    switch self {
    case .empty: return true
    case .text(let text):
      // Bytes first: an ASCII byte settles it without Unicode property lookups. A NUL or another
      // control character is not white space: a row of NULs is a row, read and reported.
      for byte in text.utf8 {
        if byte >= 0x80 { return text.allSatisfy(\.isWhitespace) }
        if byte != 0x20 && !(0x09...0x0D).contains(byte) { return false }
      }
      return true
    default: return false
    }
  }

  /// Integers without a decimal point (so NIBs and counts typed as numbers read back as digits).
  static func format(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return String(value)
  }
}
