/// One cell's value as read from a workbook, before any importer interpretation.
public enum SpreadsheetCell: Hashable, Sendable {
  case empty
  case text(String)
  case number(Double)
  case bool(Bool)
  /// A number whose format is a date/time format; the serial is normalised to the 1900 system
  /// (days since 1899-12-30, i.e. 1904-system serials have 1462 added), so callers convert one way.
  ///
  /// Serials are kept as Excel stores them: below 61 they carry Excel's fictitious 1900-02-29.
  case date(serial: Double)
  /// An error value as Excel shows it: `#N/A`, `#DIV/0!`, `#VALUE!`, ...
  case error(String)
}
