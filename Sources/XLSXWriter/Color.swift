/// An RGB colour for fonts, fills, tabs, conditional formats and chart series.
public struct Color: Hashable, Sendable {
  /// The colour as `0xRRGGBB`.
  public var rgb: UInt32

  /// A colour from its `0xRRGGBB` value, e.g. `Color(0x1F77B4)`.
  public init(_ rgb: UInt32) {
    precondition(rgb <= 0xFF_FFFF, "Color must be 0xRRGGBB, got \(rgb)")
    self.rgb = rgb
  }

  /// A colour from its red, green and blue components.
  public init(red: UInt8, green: UInt8, blue: UInt8) {
    self.rgb = UInt32(red) << 16 | UInt32(green) << 8 | UInt32(blue)
  }

  public static let black = Color(0x000000)
  public static let white = Color(0xFFFFFF)
  public static let red = Color(0xFF0000)
  public static let green = Color(0x00B050)
  public static let yellow = Color(0xFFFF00)
  public static let blue = Color(0x0070C0)
  public static let gray = Color(0x808080)

  /// Excel's default "Good"/"Neutral"/"Bad" fills, as used by its built-in colour scales.
  public static let scaleRed = Color(0xF8696B)
  public static let scaleYellow = Color(0xFFEB84)
  public static let scaleGreen = Color(0x63BE7B)
  public static let lightRedFill = Color(0xFFC7CE)
  public static let darkRedText = Color(0x9C0006)
}
