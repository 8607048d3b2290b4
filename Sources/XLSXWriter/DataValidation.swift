/// Rules for what may be typed into cells: a drop-down list, whole numbers, decimals or dates,
/// with the prompt and error message Excel shows.
///
/// ```swift
/// try sheet.dataValidation(CellRange.column(2, rows: 1...500), DataValidation(
///   .listFrom(SheetRange(sheet: "Lists", range: .column(0, rows: 1...21))),
///   inputTitle: "Kecamatan", inputMessage: "Pick a kecamatan from the list"))
/// ```
public struct DataValidation: Hashable, Sendable {
  public var rule: Rule
  /// Shown when the cell is selected; at most 32 characters.
  public var inputTitle: String?
  /// Shown when the cell is selected; at most 255 characters.
  public var inputMessage: String?
  /// Title of the rejection dialog; at most 32 characters.
  public var errorTitle: String?
  /// Text of the rejection dialog; at most 255 characters.
  public var errorMessage: String?
  /// Whether an invalid entry is refused (`.stop`) or only questioned.
  public var errorStyle: ErrorStyle
  /// Whether an empty cell is accepted (Excel's default).
  public var ignoreBlank: Bool
  /// Whether a list rule shows its drop-down arrow.
  public var showDropdown: Bool

  public init(
    _ rule: Rule, inputTitle: String? = nil, inputMessage: String? = nil, errorTitle: String? = nil,
    errorMessage: String? = nil, errorStyle: ErrorStyle = .stop, ignoreBlank: Bool = true,
    showDropdown: Bool = true
  ) {
    self.rule = rule
    self.inputTitle = inputTitle
    self.inputMessage = inputMessage
    self.errorTitle = errorTitle
    self.errorMessage = errorMessage
    self.errorStyle = errorStyle
    self.ignoreBlank = ignoreBlank
    self.showDropdown = showDropdown
  }

  /// What is allowed.
  public enum Rule: Hashable, Sendable {
    /// One of these strings. Excel limits the list, joined with commas, to 255 characters;
    /// longer lists belong on a sheet and in `.listFrom`.
    case list([String])
    /// One of the values in a range, usually on a (hidden) lookup sheet.
    case listFrom(SheetRange)
    case wholeNumber(Comparison<Int>)
    case decimal(Comparison<Double>)
    case date(Comparison<CellDate>)
  }

  /// How Excel reacts to an invalid entry.
  public enum ErrorStyle: Hashable, Sendable {
    /// Refuses the value.
    case stop
    /// Asks whether to keep it, defaulting to no.
    case warning
    /// Tells the user, then keeps it.
    case information
  }
}
