internal import CXLSXWriter

/// One sheet of a ``Workbook``: cells, columns, rows, panes and print setup.
///
/// A non-owning handle: the workbook frees the C worksheet when it closes, and using the
/// handle after that traps. Rows and columns are 0-based; errors name the cell in A1 form
/// ("while writing Summary!C14").
public struct Worksheet {
  let storage: WorkbookStorage
  let pointer: UnsafeMutablePointer<lxw_worksheet>
  /// The sheet name as shown on its tab.
  public let name: String

  init(storage: WorkbookStorage, pointer: UnsafeMutablePointer<lxw_worksheet>, name: String) {
    self.storage = storage
    self.pointer = pointer
    self.name = name
  }

  /// The C worksheet, checked to be still open.
  var sheet: UnsafeMutablePointer<lxw_worksheet> {
    _ = storage.open
    return pointer
  }

  // MARK: - Cells

  /// Writes `text` as a string cell, always: text starting with `=` is stored as that text,
  /// never as a formula.
  ///
  /// Use this for every value that came from input data. `worksheet_write_string` stores the
  /// string in the shared-string table as-is; only `worksheet_write_formula` creates formulas.
  /// An empty string writes nothing unless `format` is given, in which case the cell is a
  /// formatted blank: libxlsxwriter treats an empty string like `worksheet_write_blank`.
  /// Strings longer than 32,767 bytes fail with `LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED`.
  ///
  /// The corresponding C function is `worksheet_write_string`.
  public func writeText(_ text: String, row: Int, column: Int, format: Format? = nil)
    throws(XLSXWriterError)
  {
    let (r, c) = try cell(row, column, "writing")
    try check(
      worksheet_write_string(sheet, r, c, text, resolve(format)), operation("writing", row, column))
  }

  /// Writes a number; the format decides how it shows (`"0.0%"`, `"#,##0"`).
  ///
  /// The corresponding C function is `worksheet_write_number`.
  public func writeNumber(_ value: Double, row: Int, column: Int, format: Format? = nil)
    throws(XLSXWriterError)
  {
    let (r, c) = try cell(row, column, "writing")
    try check(
      worksheet_write_number(sheet, r, c, value, resolve(format)), operation("writing", row, column)
    )
  }

  /// Writes `TRUE` or `FALSE`.
  ///
  /// The corresponding C function is `worksheet_write_boolean`.
  public func writeBoolean(_ value: Bool, row: Int, column: Int, format: Format? = nil)
    throws(XLSXWriterError)
  {
    let (r, c) = try cell(row, column, "writing")
    try check(
      worksheet_write_boolean(sheet, r, c, value ? 1 : 0, resolve(format)),
      operation("writing", row, column))
  }

  /// Writes an empty cell that carries a format (borders, fill). Without a format it does nothing.
  ///
  /// libxlsxwriter: "Excel stores Blank cells but ignores Empty cells. As such, if you write an
  /// empty cell without formatting it is ignored."
  ///
  /// The corresponding C function is `worksheet_write_blank`.
  public func writeBlank(row: Int, column: Int, format: Format?) throws(XLSXWriterError) {
    let (r, c) = try cell(row, column, "writing")
    try check(
      worksheet_write_blank(sheet, r, c, resolve(format)), operation("writing", row, column))
  }

  /// Writes a date (and time) as an Excel serial number; pass a date format such as
  /// `"yyyy-mm-dd"` or the cell shows the number.
  ///
  /// The corresponding C function is `worksheet_write_datetime`.
  public func writeDate(_ date: CellDate, row: Int, column: Int, format: Format?)
    throws(XLSXWriterError)
  {
    let (r, c) = try cell(row, column, "writing")
    var value = date.lxw
    try check(
      worksheet_write_datetime(sheet, r, c, &value, resolve(format)),
      operation("writing", row, column))
  }

  /// Writes a formula the program built, such as `"=SUM(B2:B22)"`, with an optional cached result.
  ///
  /// Never pass text that came from input data: that is what ``writeText(_:row:column:format:)``
  /// is for. libxlsxwriter does not compute formulas; it stores `cachedResult` (0 by default)
  /// and Excel and LibreOffice recalculate on open.
  ///
  /// The corresponding C function is `worksheet_write_formula_num`.
  public func writeFormula(
    _ formula: String, row: Int, column: Int, format: Format? = nil, cachedResult: Double = 0
  ) throws(XLSXWriterError) {
    let (r, c) = try cell(row, column, "writing formula at")
    try check(
      worksheet_write_formula_num(sheet, r, c, formula, resolve(format), cachedResult),
      operation("writing formula at", row, column))
  }

  /// Merges `range` into one cell showing `text`, typically a centred title over a table.
  ///
  /// The corresponding C function is `worksheet_merge_range`.
  public func mergeRange(_ range: CellRange, text: String, format: Format? = nil)
    throws(XLSXWriterError)
  {
    let (r1, c1, r2, c2) = try cells(range, "merging")
    try check(
      worksheet_merge_range(sheet, r1, c1, r2, c2, text, resolve(format)),
      operation("merging", range))
  }

  // MARK: - Rows and columns

  /// Sets the width (in characters of the default font) and default format of columns
  /// `first...last`.
  ///
  /// The corresponding C function is `worksheet_set_column_opt`.
  public func setColumns(
    _ columns: ClosedRange<Int>, width: Double, format: Format? = nil, hidden: Bool = false
  ) throws(XLSXWriterError) {
    let range = CellRange(
      firstRow: 0, firstColumn: columns.lowerBound, lastRow: 0, lastColumn: columns.upperBound)
    let (_, c1, _, c2) = try cells(range, "setting columns")
    var options = lxw_row_col_options(hidden: hidden ? 1 : 0, level: 0, collapsed: 0)
    try check(
      worksheet_set_column_opt(sheet, c1, c2, width, resolve(format), &options),
      "setting columns \(CellAddress.columnName(columns.lowerBound)):\(CellAddress.columnName(columns.upperBound)) of \(quotedName)"
    )
  }

  /// Sets the width and default format of one column.
  ///
  /// The corresponding C function is `worksheet_set_column`.
  public func setColumn(_ column: Int, width: Double, format: Format? = nil) throws(XLSXWriterError)
  {
    try setColumns(column...column, width: width, format: format)
  }

  /// Sets a row's height in points (Excel's default is 15) and optional default format.
  ///
  /// The corresponding C function is `worksheet_set_row`.
  public func setRow(_ row: Int, height: Double, format: Format? = nil) throws(XLSXWriterError) {
    let (r, _) = try cell(row, 0, "setting row")
    try check(
      worksheet_set_row(sheet, r, height, resolve(format)),
      "setting row \(row + 1) of \(quotedName)")
  }

  // MARK: - View

  /// Freezes the rows above `row` and the columns left of `column`: `freezePanes(row: 1, column: 0)`
  /// keeps a header row in view.
  ///
  /// The corresponding C function is `worksheet_freeze_panes`.
  public func freezePanes(row: Int, column: Int) throws(XLSXWriterError) {
    let (r, c) = try cell(row, column, "freezing panes at")
    worksheet_freeze_panes(sheet, r, c)
  }

  /// Adds filter drop-downs to the header row of `range`.
  ///
  /// The corresponding C function is `worksheet_autofilter`.
  public func autofilter(_ range: CellRange) throws(XLSXWriterError) {
    let (r1, c1, r2, c2) = try cells(range, "adding autofilter")
    try check(worksheet_autofilter(sheet, r1, c1, r2, c2), operation("adding autofilter", range))
  }

  /// Makes this the sheet shown when the file opens.
  ///
  /// The corresponding C function is `worksheet_activate`.
  public func activate() {
    worksheet_activate(sheet)
  }

  /// Hides the sheet (for lookup lists); the active sheet cannot be hidden.
  ///
  /// The corresponding C function is `worksheet_hide`.
  public func hide() {
    worksheet_hide(sheet)
  }

  /// Colours the sheet's tab.
  ///
  /// The corresponding C function is `worksheet_set_tab_color`.
  public func setTabColor(_ color: Color) {
    worksheet_set_tab_color(sheet, color.rgb)
  }

  // MARK: - Printing

  /// Prints in landscape orientation.
  ///
  /// The corresponding C function is `worksheet_set_landscape`.
  public func setLandscape() {
    worksheet_set_landscape(sheet)
  }

  /// Scales the printout to fit `width` pages across and `height` pages down; 0 leaves that
  /// direction unconstrained, so `fitToPages(width: 1, height: 0)` is "fit to page width".
  ///
  /// The corresponding C function is `worksheet_fit_to_pages`.
  public func fitToPages(width: Int, height: Int) {
    worksheet_fit_to_pages(sheet, UInt16(clamping: width), UInt16(clamping: height))
  }

  /// Repeats rows `rows` (0-based) at the top of every printed page.
  ///
  /// The corresponding C function is `worksheet_repeat_rows`.
  public func repeatRows(_ rows: ClosedRange<Int>) throws(XLSXWriterError) {
    let (r1, _) = try cell(rows.lowerBound, 0, "repeating rows")
    let (r2, _) = try cell(rows.upperBound, 0, "repeating rows")
    try check(
      worksheet_repeat_rows(sheet, r1, r2),
      "repeating rows \(rows.lowerBound + 1)-\(rows.upperBound + 1) of \(quotedName)")
  }

  // MARK: - Helpers

  /// The name as it appears in references: `Summary`, `'Ringkasan Data'`.
  var quotedName: String { SheetName.quoted(name) }

  func resolve(_ format: Format?) -> UnsafeMutablePointer<lxw_format>? {
    format?.resolved(for: storage)
  }

  func operation(_ verb: String, _ row: Int, _ column: Int) -> String {
    "\(verb) \(quotedName)!\(CellAddress(row: row, column: column))"
  }

  func operation(_ verb: String, _ range: CellRange) -> String {
    "\(verb) \(quotedName)!\(range)"
  }

  /// Checks a cell against Excel's limits before narrowing it to libxlsxwriter's integer types.
  func cell(_ row: Int, _ column: Int, _ verb: String) throws(XLSXWriterError) -> (
    lxw_row_t, lxw_col_t
  ) {
    guard CellAddress(row: row, column: column).isValid else {
      throw XLSXWriterError(
        code: LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE, operation: operation(verb, row, column))
    }
    return (lxw_row_t(row), lxw_col_t(column))
  }

  func cells(_ range: CellRange, _ verb: String) throws(XLSXWriterError)
    -> (lxw_row_t, lxw_col_t, lxw_row_t, lxw_col_t)
  {
    guard range.isValid else {
      throw XLSXWriterError(
        code: LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE, operation: operation(verb, range))
    }
    return (
      lxw_row_t(range.first.row), lxw_col_t(range.first.column),
      lxw_row_t(range.last.row), lxw_col_t(range.last.column)
    )
  }
}
