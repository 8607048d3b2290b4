import BerdayaModel
import XLSXWriter

/// Writes one input template: the data sheet (headers, validations, formats, frozen header), the
/// instructions sheet and the hidden lists sheet.
struct TemplateWriter {
  let sheetName: String
  let columns: [TemplateColumn]
  let lists: [TemplateList]
  let language: ReportLanguage
  let kind: RecordKind

  /// The earliest and latest dates a date column accepts.
  static let dateRange = (CellDate(year: 1950, month: 1, day: 1), CellDate(year: 2100, month: 12, day: 31))

  func write(to path: String, created: CalendarDate?) throws {
    let strings = TemplateStrings(language: language)
    try AtomicFileWriter.write(to: path) { temporary in
      let seconds = created.map { Int64($0.dayNumber) * 86_400 }.flatMap { $0 > 0 ? $0 : nil } ?? 946_684_800
      let workbook = try Workbook(
        path: temporary,
        options: WorkbookOptions(
          properties: DocumentProperties(
            title: strings.title(kind), subject: strings.subject, author: "Berdaya",
            company: "Dinas Koperasi dan UKM"),
          createdSecondsSince1970: seconds))
      let styles = WorkbookStyles(workbook)
      let data = try workbook.addWorksheet(sheetName)
      let instructions = try workbook.addWorksheet(strings.instructionsSheet)
      let listSheet = try workbook.addWorksheet(XLSXTemplate.listSheet)
      data.activate()
      listSheet.hide()

      let ranges = try writeLists(listSheet, styles: styles, workbook: workbook)
      try writeData(data, workbook: workbook, styles: styles, ranges: ranges, strings: strings)
      try writeInstructions(instructions, workbook: workbook, styles: styles, strings: strings)
      try workbook.close()
    }
  }

  /// One column per list, header in row 1; each list gets a defined name (`Daftar_Kecamatan`).
  private func writeLists(_ sheet: Worksheet, styles: WorkbookStyles, workbook: borrowing Workbook) throws
    -> [String: SheetRange]
  {
    var ranges: [String: SheetRange] = [:]
    for (column, list) in lists.enumerated() {
      try sheet.writeText(list.title, row: 0, column: column, format: styles.header)
      for (index, value) in list.values.enumerated() {
        try sheet.writeText(value, row: index + 1, column: column)
      }
      let width = max(list.title.count, list.values.map(\.count).max() ?? 0) + 2
      try sheet.setColumn(column, width: Double(width))
      guard !list.values.isEmpty else { continue }
      let range = SheetRange(sheet: XLSXTemplate.listSheet, range: .column(column, rows: 1...list.values.count))
      try workbook.defineName("Daftar_" + list.title, range: range)
      ranges[list.title] = range
    }
    return ranges
  }

  /// The header row, column formats and widths, validations and the frozen header.
  private func writeData(
    _ sheet: Worksheet, workbook: borrowing Workbook, styles: WorkbookStyles, ranges: [String: SheetRange],
    strings: TemplateStrings
  ) throws {
    let personalHeader = workbook.addFormat(
      CellFormat(
        bold: true, backgroundColor: Color(0xFCE4D6), border: .thin, borderColor: WorkbookStyles.borderColor,
        textWrap: true, verticalAlignment: .top))
    let textColumn = workbook.addFormat(CellFormat(numberFormat: "@"))
    let dateColumn = workbook.addFormat(CellFormat(numberFormat: "yyyy-mm-dd"))
    let rupiahColumn = workbook.addFormat(CellFormat(numberFormat: "#,##0"))
    let countColumn = workbook.addFormat(CellFormat(numberFormat: "0"))
    let rows = 1...XLSXTemplate.dataRows

    for (index, column) in columns.enumerated() {
      try sheet.writeText(column.header, row: 0, column: index, format: column.personal ? personalHeader : styles.header)
      let body = XLSXWriter.CellRange.column(index, rows: rows)
      let example = column.example.count
      let width = Double(max(column.header.count, example, 10) + 3)
      switch column.content {
      case .text:
        try sheet.setColumn(index, width: width, format: textColumn)
      case .list(let list):
        try sheet.setColumn(index, width: Double(max(Int(width), (list.values.map(\.count).max() ?? 0) + 4)))
        if let range = ranges[list.title] {
          try sheet.dataValidation(
            body,
            DataValidation(
              .listFrom(range), inputTitle: String(column.header.prefix(32)),
              inputMessage: String(strings.pickMessage.prefix(255)), errorTitle: String(column.header.prefix(32)),
              errorMessage: String(strings.notInList.prefix(255)), errorStyle: list.strict ? .stop : .warning))
        }
      case .date:
        try sheet.setColumn(index, width: max(width, 14), format: dateColumn)
        try sheet.dataValidation(
          body,
          DataValidation(
            .date(.between(Self.dateRange.0, Self.dateRange.1)), inputTitle: String(column.header.prefix(32)),
            inputMessage: strings.dateMessage, errorTitle: String(column.header.prefix(32)),
            errorMessage: strings.dateError))
      case .wholeNumber:
        try sheet.setColumn(index, width: width, format: countColumn)
        try sheet.dataValidation(
          body,
          DataValidation(
            .wholeNumber(.between(0, 1_000_000)), inputTitle: String(column.header.prefix(32)),
            inputMessage: strings.wholeMessage, errorTitle: String(column.header.prefix(32)),
            errorMessage: strings.wholeError))
      case .rupiah:
        try sheet.setColumn(index, width: max(width, 16), format: rupiahColumn)
        try sheet.dataValidation(
          body,
          DataValidation(
            .decimal(.greaterThanOrEqualTo(0)), inputTitle: String(column.header.prefix(32)),
            inputMessage: strings.rupiahMessage, errorTitle: String(column.header.prefix(32)),
            errorMessage: strings.rupiahError))
      }
    }
    try sheet.setRow(0, height: 30)
    try sheet.freezePanes(row: 1, column: 0)
    try sheet.autofilter(XLSXWriter.CellRange(firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: columns.count - 1))
  }

  /// What to do and what each column means, in the template's language (Indonesian by default).
  private func writeInstructions(
    _ sheet: Worksheet, workbook: borrowing Workbook, styles: WorkbookStyles, strings: TemplateStrings
  ) throws {
    var writer = SheetWriter(sheet: sheet, styles: styles)
    try writer.title(strings.title(kind), lines: [])
    for (index, line) in strings.general(sheetName: sheetName).enumerated() {
      try writer.paragraph("\(index + 1). " + line, row: writer.row, columns: 0...5)
      writer.row += 1
    }
    writer.row += 1
    try writer.heading(strings.columnsHeading)
    var table = WorkbookTable(
      headers: [
        strings.column, strings.canonical, strings.required, strings.personal, strings.meaning, strings.example,
      ],
      rows: columns.map { column in
        [
          .text(column.header), .text(column.canonical), .text(column.required ? strings.yes : strings.no),
          .text(column.personal ? strings.yes : strings.no),
          .longText(language == .indonesian ? column.meaningID : column.meaningEN), .text(column.example),
        ]
      })
    table.autofilter = false
    writer.wrapColumn(4, width: 60)
    let placement = try writer.table(table, workbook: workbook)
    try sheet.freezePanes(row: placement.firstBodyRow, column: 1)
    try writer.finish()
  }
}
