/// A 0-based row and column, printed in A1 notation (`row: 13, column: 2` is `C14`).
public struct CellAddress: Hashable, Sendable, CustomStringConvertible {
  public var row: Int
  public var column: Int

  public init(row: Int, column: Int) {
    self.row = row
    self.column = column
  }

  /// Excel's largest row count, 1,048,576 (`LXW_ROW_MAX`).
  public static let rowCount = 1_048_576
  /// Excel's largest column count, 16,384 (`LXW_COL_MAX`).
  public static let columnCount = 16_384

  /// Whether the address lies inside an Excel sheet.
  public var isValid: Bool {
    (0..<Self.rowCount).contains(row) && (0..<Self.columnCount).contains(column)
  }

  /// `C14`.
  public var description: String { Self.columnName(column) + String(row + 1) }

  /// `$C$14`, for formulas, chart ranges and defined names that must not shift.
  public var absolute: String { "$" + Self.columnName(column) + "$" + String(row + 1) }

  /// The column letters of a 0-based column: 0 is `A`, 25 is `Z`, 26 is `AA`.
  ///
  /// Negative columns print as `?` so that error messages about them stay readable.
  public static func columnName(_ column: Int) -> String {
    guard column >= 0 else { return "?" }
    var letters: [Character] = []
    var n = column + 1
    while n > 0 {
      let remainder = (n - 1) % 26
      letters.append(Character(Unicode.Scalar(UInt8(65 + remainder))))
      n = (n - 1) / 26
    }
    return String(letters.reversed())
  }
}
