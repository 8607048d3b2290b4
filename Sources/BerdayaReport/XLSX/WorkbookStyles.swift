import XLSXWriter

/// The formats every sheet of a Berdaya workbook uses, made once per workbook.
struct WorkbookStyles {
  /// The sheet title: bold, larger.
  let title: Format
  /// Lines under the title (region, period): grey.
  let subtitle: Format
  /// A block heading inside a sheet.
  let heading: Format
  /// Table header cells: bold, filled, bordered, wrapped.
  let header: Format
  /// A band over several header cells (one dimension's columns).
  let band: Format
  /// Plain text cells.
  let text: Format
  /// Text cells of a total row.
  let totalText: Format
  /// Wrapped long text.
  let longText: Format
  /// Withheld and missing values: grey, right-aligned.
  let withheld: Format
  /// Dates.
  let date: Format
  /// A key in a key-value block: bold.
  let key: Format
  private let numbers: [WorkbookNumberStyle: Format]
  private let totalNumbers: [WorkbookNumberStyle: Format]

  /// The table header fill (light blue) and border colour.
  static let headerFill = Color(0xDDEBF7)
  static let bandFill = Color(0xBDD7EE)
  static let totalFill = Color(0xF2F2F2)
  static let borderColor = Color(0xA6A6A6)

  init(_ workbook: borrowing Workbook) {
    title = workbook.addFormat(CellFormat(bold: true, fontSize: 14))
    subtitle = workbook.addFormat(CellFormat(fontColor: Color(0x595959)))
    heading = workbook.addFormat(CellFormat(bold: true, fontSize: 12, fontColor: Color(0x1F4E79)))
    header = workbook.addFormat(
      CellFormat(
        bold: true, backgroundColor: Self.headerFill, border: .thin, borderColor: Self.borderColor,
        textWrap: true, verticalAlignment: .top))
    band = workbook.addFormat(
      CellFormat(
        bold: true, backgroundColor: Self.bandFill, border: .thin, borderColor: Self.borderColor,
        horizontalAlignment: .center))
    text = workbook.addFormat(CellFormat(verticalAlignment: .top))
    totalText = workbook.addFormat(
      CellFormat(bold: true, backgroundColor: Self.totalFill, border: .thin, borderColor: Self.borderColor))
    longText = workbook.addFormat(CellFormat(textWrap: true, verticalAlignment: .top))
    withheld = workbook.addFormat(
      CellFormat(italic: true, fontColor: Color(0x7F7F7F), horizontalAlignment: .right))
    date = workbook.addFormat(CellFormat(horizontalAlignment: .left, numberFormat: "yyyy-mm-dd"))
    key = workbook.addFormat(CellFormat(bold: true, verticalAlignment: .top))
    var numbers: [WorkbookNumberStyle: Format] = [:]
    var totalNumbers: [WorkbookNumberStyle: Format] = [:]
    for style in WorkbookNumberStyle.allCases {
      numbers[style] = workbook.addFormat(CellFormat(numberFormat: style.numberFormat))
      totalNumbers[style] = workbook.addFormat(
        CellFormat(
          bold: true, backgroundColor: Self.totalFill, border: .thin, borderColor: Self.borderColor,
          numberFormat: style.numberFormat))
    }
    self.numbers = numbers
    self.totalNumbers = totalNumbers
  }

  /// The format of a number of `style`, in a body row or a total row.
  func number(_ style: WorkbookNumberStyle, total: Bool = false) -> Format? {
    total ? totalNumbers[style] : numbers[style]
  }
}
