/// A format that depends on the cell's value: a colour scale or a value rule.
///
/// ```swift
/// try sheet.conditionalFormat(range, .threeColorScale(min: .lowest(.scaleRed),
///                                                     mid: .percentile(50, .scaleYellow),
///                                                     max: .highest(.scaleGreen)))
/// let alarm = workbook.addFormat(CellFormat(fontColor: .darkRedText, backgroundColor: .lightRedFill))
/// try sheet.conditionalFormat(range, .cellValue(.lessThan(0.2), format: alarm))
/// ```
public enum ConditionalFormat {
  /// Shades cells from `min`'s colour to `max`'s.
  case twoColorScale(min: ColorScalePoint, max: ColorScalePoint)
  /// Shades cells from `min` through `mid` to `max`.
  case threeColorScale(min: ColorScalePoint, mid: ColorScalePoint, max: ColorScalePoint)
  /// Applies `format` (font colour, fill, border; its number format is ignored by Excel) to
  /// cells whose value passes the comparison.
  case cellValue(Comparison<Double>, format: Format)

  /// The usual red-yellow-green scale, low values red.
  public static var redYellowGreen: ConditionalFormat {
    .threeColorScale(
      min: .lowest(.scaleRed), mid: .percentile(50, .scaleYellow), max: .highest(.scaleGreen))
  }
}
