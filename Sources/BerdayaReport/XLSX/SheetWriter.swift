import BerdayaModel
import XLSXWriter

/// Writes titles, key-value blocks and tables down one worksheet, keeping a row cursor and the
/// widest text of every column so that `finish()` can give each column a width that fits.
///
/// Widths are computed from the strings written (Excel stores no auto-fit; LibreOffice and Excel
/// both use the stored width), counted in characters of the default font plus a margin.
struct SheetWriter {
  /// The sheet being written.
  let sheet: Worksheet
  let styles: WorkbookStyles
  /// The next free row.
  var row = 0
  /// Widest content per column, in characters.
  private var widths: [Int: Int] = [:]
  /// Columns that hold long wrapped text, with their fixed width.
  private var wrapWidths: [Int: Int] = [:]
  /// Wrapped text written so far, sized in `finish()` once the column widths are known.
  private var wrapped: [(row: Int, columns: ClosedRange<Int>, text: String)] = []

  /// The widest a column becomes from its content; longer text overflows or wraps.
  static let maximumWidth = 48
  /// The width of a wrapped long-text column.
  static let longTextWidth = 90
  /// Header text wraps at about this many characters unless the column is wider.
  static let headerWrap = 16

  /// Takes over `sheet`, set to print landscape and fit to the page width: tables here are wider
  /// than tall, and an analyst prints them.
  init(sheet: Worksheet, styles: WorkbookStyles) {
    self.sheet = sheet
    self.styles = styles
    sheet.setLandscape()
    sheet.fitToPages(width: 1, height: 0)
  }

  // MARK: Cells

  /// Writes one cell; `total` picks the bold, filled look of a total row.
  mutating func write(_ cell: WorkbookCell, row: Int, column: Int, total: Bool = false) throws {
    switch cell {
    case .text(let text):
      try sheet.writeText(text, row: row, column: column, format: total ? styles.totalText : styles.text)
    case .longText(let text):
      try sheet.writeText(text, row: row, column: column, format: styles.longText)
      wrapped.append((row, column...column, text))
    case .number(let value, let style):
      if let value, value.isFinite {
        try sheet.writeNumber(value, row: row, column: column, format: styles.number(style, total: total))
      } else {
        try sheet.writeText(ReportFormat.missing, row: row, column: column, format: styles.withheld)
      }
    case .date(let date):
      if let date {
        let (y, m, d) = date.components
        try sheet.writeDate(CellDate(year: y, month: m, day: d), row: row, column: column, format: styles.date)
      } else {
        try sheet.writeText(ReportFormat.missing, row: row, column: column, format: styles.withheld)
      }
    case .withheld(let text):
      try sheet.writeText(text, row: row, column: column, format: styles.withheld)
    case .empty:
      if total { try sheet.writeBlank(row: row, column: column, format: styles.totalText) }
    }
    note(width: cell.displayWidth, column: column)
  }

  /// Records that `column` shows `width` characters.
  mutating func note(width: Int, column: Int) {
    widths[column] = max(widths[column] ?? 0, width)
  }

  /// Makes `column` a wrapped long-text column of `width` characters.
  mutating func wrapColumn(_ column: Int, width: Int) {
    wrapWidths[column] = width
  }

  /// Writes wrapped text over the merged cells `columns` of `row` (a definition under its name).
  mutating func paragraph(_ text: String, row: Int, columns: ClosedRange<Int>) throws {
    if columns.count > 1 {
      try sheet.mergeRange(
        XLSXWriter.CellRange(firstRow: row, firstColumn: columns.lowerBound, lastRow: row, lastColumn: columns.upperBound),
        text: text, format: styles.longText)
    } else {
      try sheet.writeText(text, row: row, column: columns.lowerBound, format: styles.longText)
    }
    wrapped.append((row, columns, text))
  }

  // MARK: Blocks

  /// The sheet title and the lines under it, then a blank row.
  mutating func title(_ title: String, lines subtitle: [String]) throws {
    try sheet.writeText(title, row: row, column: 0, format: styles.title)
    try sheet.setRow(row, height: 20)
    row += 1
    for line in subtitle {
      try sheet.writeText(line, row: row, column: 0, format: styles.subtitle)
      row += 1
    }
    row += 1
  }

  /// A block heading (a sub-table's title), with an optional note line under it.
  mutating func heading(_ text: String, note: String? = nil) throws {
    try sheet.writeText(text, row: row, column: 0, format: styles.heading)
    row += 1
    if let note {
      try sheet.writeText(note, row: row, column: 0, format: styles.subtitle)
      row += 1
    }
  }

  /// Key-value lines: the key bold in column 0, the value in column 1.
  mutating func keyValues(_ pairs: [(String, WorkbookCell)]) throws {
    for (key, value) in pairs {
      try sheet.writeText(key, row: row, column: 0, format: styles.key)
      note(width: key.count, column: 0)
      try write(value, row: row, column: 1)
      row += 1
    }
    row += 1
  }

  /// Writes `table` at the cursor and moves the cursor past it and one blank row.
  ///
  /// The header row gets filter buttons (when asked) over header and body; the defined name
  /// covers the same range; colour scales cover the body of their columns.
  @discardableResult
  mutating func table(_ table: WorkbookTable, workbook: borrowing Workbook) throws -> TablePlacement {
    let lastColumn = max(0, table.headers.count - 1)
    if !table.bands.isEmpty {
      for band in table.bands {
        if band.columns.count > 1 {
          try sheet.mergeRange(
            XLSXWriter.CellRange(
              firstRow: row, firstColumn: band.columns.lowerBound, lastRow: row,
              lastColumn: band.columns.upperBound),
            text: band.title, format: styles.band)
        } else {
          try sheet.writeText(band.title, row: row, column: band.columns.lowerBound, format: styles.band)
        }
      }
      row += 1
    }
    let headerRow = row
    for (column, header) in table.headers.enumerated() {
      try sheet.writeText(header, row: headerRow, column: column, format: styles.header)
      // Headers wrap: they ask for the width of their longest word, or of a short line.
      let longestWord = header.split(separator: " ").map(\.count).max() ?? 0
      note(width: max(longestWord, min(header.count, Self.headerWrap)), column: column)
    }
    row += 1
    let firstBody = row
    for cells in table.rows {
      for (column, cell) in cells.enumerated() { try write(cell, row: row, column: column) }
      row += 1
    }
    let end = row
    for cells in table.totals {
      for (column, cell) in cells.enumerated() { try write(cell, row: row, column: column, total: true) }
      row += 1
    }
    // The header's height follows the column widths finish() will set, so it is computed there.
    headerRows.append((headerRow, table.headers))

    let whole = XLSXWriter.CellRange(
      firstRow: headerRow, firstColumn: 0, lastRow: max(headerRow, end - 1), lastColumn: lastColumn)
    if table.autofilter { try sheet.autofilter(whole) }
    if let name = table.definedName {
      try workbook.defineName(name, range: SheetRange(sheet: sheet.name, range: whole))
    }
    if end > firstBody {
      for column in table.colorScaleColumns {
        try sheet.conditionalFormat(
          .column(column, rows: firstBody...(end - 1)),
          .threeColorScale(
            min: .number(0, .scaleRed), mid: .percentile(50, .scaleYellow), max: .highest(.scaleGreen)))
      }
    }
    row += 1
    return TablePlacement(headerRow: headerRow, firstBodyRow: firstBody, endRow: end, nextRow: row)
  }

  /// Header rows written so far, to size once widths are known.
  private var headerRows: [(row: Int, headers: [String])] = []

  /// The width each column will get.
  func width(of column: Int) -> Int {
    if let wrap = wrapWidths[column] { return wrap }
    return min(Self.maximumWidth, max(6, (widths[column] ?? 8))) + 2
  }

  /// Sets every column's width and the heights of wrapped rows.
  mutating func finish() throws {
    let columns = Set(widths.keys).union(wrapWidths.keys).sorted()
    for column in columns {
      try sheet.setColumn(column, width: Double(width(of: column)))
    }
    var lines: [Int: Int] = [:]
    for (headerRow, headers) in headerRows {
      var needed = 1
      for (column, header) in headers.enumerated() {
        // Rendered text is a little narrower than the nominal width in characters.
        needed = max(needed, Self.lineCount(header, width: width(of: column) + 1))
      }
      lines[headerRow] = max(lines[headerRow] ?? 1, needed)
    }
    for (row, columns, text) in wrapped {
      // Text is a little narrower than the column's nominal width in characters.
      let characters = columns.reduce(0) { $0 + width(of: $1) } - 2
      lines[row] = max(lines[row] ?? 1, Self.lineCount(text, width: characters))
    }
    for (row, count) in lines.sorted(by: { $0.key < $1.key }) where count > 1 {
      try sheet.setRow(row, height: 15 * Double(count))
    }
  }

  /// How many lines `text` takes when wrapped at word boundaries in `width` characters.
  static func lineCount(_ text: String, width: Int) -> Int {
    let width = max(4, width)
    var count = 0
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var lines = 1
      var current = 0
      for word in paragraph.split(separator: " ") {
        let length = word.count
        if current == 0 {
          current = length
        } else if current + 1 + length <= width {
          current += 1 + length
        } else {
          lines += 1
          current = length
        }
        while current > width {
          lines += 1
          current -= width
        }
      }
      count += lines
    }
    return max(1, count)
  }
}
