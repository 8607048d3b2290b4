/// A range on a named sheet, for chart data, list validations and defined names.
///
/// ```swift
/// SheetRange(sheet: "Ringkasan Data", range: .column(0, rows: 1...21)).formula
/// // "='Ringkasan Data'!$A$2:$A$22"
/// ```
public struct SheetRange: Hashable, Sendable, CustomStringConvertible {
  public var sheet: String
  public var range: CellRange

  public init(sheet: String, range: CellRange) {
    self.sheet = sheet
    self.range = range
  }

  /// `'Ringkasan Data'!$A$2:$A$22`: the sheet quoted when needed, the range absolute.
  public var reference: String { SheetName.quoted(sheet) + "!" + range.absolute }

  /// The reference with a leading `=`, the form chart series, list validations and defined
  /// names take.
  public var formula: String { "=" + reference }

  public var description: String { reference }
}
