/// Where a value came from: file, sheet (for workbooks), 1-based row and the column's header.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
  public var file: String
  public var sheet: String?
  public var row: Int
  public var column: String?

  public init(file: String, sheet: String? = nil, row: Int, column: String? = nil) {
    self.file = file
    self.sheet = sheet
    self.row = row
    self.column = column
  }

  /// `file[:sheet]:row[:column]`, the form diagnostics print.
  public var description: String {
    var text = file
    if let sheet { text += "[\(sheet)]" }
    text += ":\(row)"
    if let column { text += ": column '\(column)'" }
    return text
  }
}
