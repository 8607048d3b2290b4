internal import CXLSXWriter

/// A calendar date and time of day as Excel stores it, with no time zone.
///
/// Written with ``Worksheet/writeDate(_:row:column:format:)``; give the cell a date number
/// format such as `"yyyy-mm-dd"` or Excel shows the serial number.
public struct CellDate: Hashable, Sendable {
  /// 1900-9999.
  public var year: Int
  /// 1-12.
  public var month: Int
  /// 1-31.
  public var day: Int
  public var hour: Int
  public var minute: Int
  /// 0 up to (not including) 60, with fractions.
  public var second: Double

  public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Double = 0) {
    self.year = year
    self.month = month
    self.day = day
    self.hour = hour
    self.minute = minute
    self.second = second
  }

  var lxw: lxw_datetime {
    lxw_datetime(
      year: Int32(clamping: year), month: Int32(clamping: month), day: Int32(clamping: day),
      hour: Int32(clamping: hour), min: Int32(clamping: minute), sec: second)
  }
}
