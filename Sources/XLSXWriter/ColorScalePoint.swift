/// One end (or the middle) of a colour scale: a colour and the value it belongs to.
public struct ColorScalePoint: Hashable, Sendable {
  public var color: Color
  public var position: Position

  public init(_ position: Position, _ color: Color) {
    self.position = position
    self.color = color
  }

  /// The value a colour is pinned to.
  public enum Position: Hashable, Sendable {
    /// The smallest value in the range.
    case lowest
    /// The largest value in the range.
    case highest
    /// A fixed value, such as 0.8 for an 80% target.
    case number(Double)
    /// A percentage (0-100) of the way from the smallest to the largest value.
    case percent(Double)
    /// A percentile (0-100) of the values.
    case percentile(Double)
  }

  public static func lowest(_ color: Color) -> ColorScalePoint { ColorScalePoint(.lowest, color) }
  public static func highest(_ color: Color) -> ColorScalePoint { ColorScalePoint(.highest, color) }
  public static func number(_ value: Double, _ color: Color) -> ColorScalePoint {
    ColorScalePoint(.number(value), color)
  }
  public static func percentile(_ value: Double, _ color: Color) -> ColorScalePoint {
    ColorScalePoint(.percentile(value), color)
  }
}
