/// How a cell looks: font, fill, border, alignment and number format.
///
/// A plain value: describe the look here, then ask the workbook for a ``Format`` with
/// `workbook.addFormat(_:)`. Identical descriptions share one format in the file, so callers
/// may ask for the same format as often as they like.
///
/// ```swift
/// let header = workbook.addFormat(CellFormat(bold: true, backgroundColor: Color(0xDDEBF7), border: .thin))
/// let percent = workbook.addFormat(CellFormat(numberFormat: "0.0%"))
/// let rupiah = workbook.addFormat(CellFormat(numberFormat: "\"Rp\" #,##0"))
/// ```
public struct CellFormat: Hashable, Sendable {
  public var bold: Bool
  public var italic: Bool
  public var fontName: String?
  /// Font size in points; nil keeps Excel's default (11).
  public var fontSize: Double?
  public var fontColor: Color?
  /// A solid fill behind the cell.
  public var backgroundColor: Color?
  /// The same border on all four sides.
  public var border: Border?
  public var borderColor: Color?
  public var textWrap: Bool
  public var horizontalAlignment: HorizontalAlignment?
  public var verticalAlignment: VerticalAlignment?
  /// An Excel number format such as `"0.0%"`, `"#,##0"`, `"\"Rp\" #,##0"`, `"yyyy-mm-dd"`.
  ///
  /// libxlsxwriter stores at most 127 bytes of it.
  public var numberFormat: String?
  /// Indentation level (0-15) for left- or right-aligned text.
  public var indent: Int

  public init(
    bold: Bool = false, italic: Bool = false, fontName: String? = nil, fontSize: Double? = nil,
    fontColor: Color? = nil, backgroundColor: Color? = nil, border: Border? = nil,
    borderColor: Color? = nil, textWrap: Bool = false,
    horizontalAlignment: HorizontalAlignment? = nil, verticalAlignment: VerticalAlignment? = nil,
    numberFormat: String? = nil, indent: Int = 0
  ) {
    self.bold = bold
    self.italic = italic
    self.fontName = fontName
    self.fontSize = fontSize
    self.fontColor = fontColor
    self.backgroundColor = backgroundColor
    self.border = border
    self.borderColor = borderColor
    self.textWrap = textWrap
    self.horizontalAlignment = horizontalAlignment
    self.verticalAlignment = verticalAlignment
    self.numberFormat = numberFormat
    self.indent = indent
  }

  /// A cell border line style.
  public enum Border: Hashable, Sendable {
    case thin, medium, thick, dashed, dotted, double, hair
  }

  /// Where text sits across the cell.
  public enum HorizontalAlignment: Hashable, Sendable {
    case left, center, right, fill, justify, centerAcross
  }

  /// Where text sits between the top and bottom of the cell.
  public enum VerticalAlignment: Hashable, Sendable {
    case top, center, bottom, justify
  }
}
