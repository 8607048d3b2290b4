/// A worksheet of a workbook: its name, position and visibility.
public struct SheetInfo: Hashable, Sendable {
  /// The tab name.
  public var name: String
  /// 0-based position in workbook order among the worksheets (chartsheets are not counted).
  public var index: Int
  /// True for `hidden` and `veryHidden` sheets.
  public var isHidden: Bool

  /// Makes a sheet description.
  public init(name: String, index: Int, isHidden: Bool) {
    self.name = name
    self.index = index
    self.isHidden = isHidden
  }
}
