internal import CXLSXWriter

/// An `.xlsx` file being written: the one owner of a libxlsxwriter `lxw_workbook`.
///
/// Add worksheets, formats and charts, write cells, then `close()` to write the file. Nothing
/// reaches the disk before `close()`. If a workbook is dropped without `close()`, its `deinit`
/// closes it (writing the file and ignoring any error), so the C memory is never leaked.
///
/// ```swift
/// let workbook = try Workbook(path: tmp + "/report.xlsx",
///                             options: WorkbookOptions(createdSecondsSince1970: 1_700_000_000))
/// let sheet = try workbook.addWorksheet("Ringkasan Data")
/// let bold = workbook.addFormat(CellFormat(bold: true))
/// try sheet.writeText("Kecamatan", row: 0, column: 0, format: bold)
/// try workbook.close()
/// ```
///
/// `~Copyable` because there is exactly one C workbook to close. The stored property is an
/// `Unmanaged` reference, not a class reference, because Swift only allows `discard self`
/// in types whose stored properties are trivially destroyed; the +1 it holds is released by
/// `close()` or `deinit`, whichever runs.
public struct Workbook: ~Copyable {
  private let unmanagedStorage: Unmanaged<WorkbookStorage>

  /// Where `close()` writes the file.
  public var path: String { storage.path }

  private var storage: WorkbookStorage { unmanagedStorage.takeUnretainedValue() }

  /// Creates an empty workbook that `close()` will write to `path`.
  ///
  /// The corresponding C function is `workbook_new_opt`.
  public init(path: String, options: WorkbookOptions = WorkbookOptions()) throws(XLSXWriterError) {
    // Constant memory stays off: charts, merged ranges and formats need random access.
    var cOptions = lxw_workbook_options(constant_memory: 0, tmpdir: nil, use_zip64: 0)
    guard let workbook = workbook_new_opt(path, &cOptions) else {
      throw XLSXWriterError(
        code: LXW_ERROR_MEMORY_MALLOC_FAILED, operation: "creating workbook \(path)")
    }
    do {
      try Self.setProperties(options, of: workbook, path: path)
    } catch {
      // Not closed, so nothing is written; lxw_workbook_free releases what was allocated.
      lxw_workbook_free(workbook)
      throw error
    }
    self.unmanagedStorage = Unmanaged.passRetained(WorkbookStorage(workbook: workbook, path: path))
  }

  private static func setProperties(
    _ options: WorkbookOptions, of workbook: UnsafeMutablePointer<lxw_workbook>, path: String
  ) throws(XLSXWriterError) {
    let p = options.properties
    let created = options.createdSecondsSince1970 ?? 0
    guard p != DocumentProperties() || created != 0 else { return }
    let strings = CStringCopies()
    var properties = lxw_doc_properties()
    properties.title = strings.copy(p.title)
    properties.subject = strings.copy(p.subject)
    properties.author = strings.copy(p.author)
    properties.company = strings.copy(p.company)
    properties.keywords = strings.copy(p.keywords)
    properties.comments = strings.copy(p.comments)
    properties.created = time_t(created)
    // workbook_set_properties copies every string (lxw_strdup), so `strings` may go after it.
    let result = withExtendedLifetime(strings) { workbook_set_properties(workbook, &properties) }
    try check(result, "setting document properties of \(path)")
  }

  /// Adds a worksheet named `name`, after checking Excel's rules and that no sheet has it yet.
  ///
  /// Names are at most 31 characters, without `[ ] : * ? / \`, not starting or ending with an
  /// apostrophe, and unique regardless of case.
  ///
  /// The corresponding C function is `workbook_add_worksheet`.
  public func addWorksheet(_ name: String) throws(XLSXWriterError) -> Worksheet {
    let operation = "adding worksheet \"\(name)\""
    try SheetName.validate(name)
    // Also catches duplicates, which libxlsxwriter compares case-insensitively like Excel.
    try check(workbook_validate_sheet_name(storage.open, name), operation)
    guard let sheet = workbook_add_worksheet(storage.open, name) else {
      throw XLSXWriterError(code: LXW_ERROR_MEMORY_MALLOC_FAILED, operation: operation)
    }
    return Worksheet(storage: storage, pointer: sheet, name: name)
  }

  /// The worksheet called `name`, if one was added.
  ///
  /// The corresponding C function is `workbook_get_worksheet_by_name`.
  public func worksheet(named name: String) -> Worksheet? {
    guard let sheet = workbook_get_worksheet_by_name(storage.open, name) else { return nil }
    return Worksheet(storage: storage, pointer: sheet, name: name)
  }

  /// A format for `cellFormat`, shared with every earlier request for the same description.
  ///
  /// The corresponding C function is `workbook_add_format`.
  public func addFormat(_ cellFormat: CellFormat) -> Format {
    storage.format(cellFormat)
  }

  /// A new chart, to be filled with series and placed with `Worksheet.insertChart`.
  ///
  /// The corresponding C function is `workbook_add_chart`.
  public func addChart(_ kind: Chart.Kind) -> Chart {
    guard let chart = workbook_add_chart(storage.open, kind.lxw) else {
      preconditionFailure("XLSXWriter: workbook_add_chart failed (out of memory)")
    }
    return Chart(storage: storage, pointer: chart, kind: kind)
  }

  /// Defines a workbook-wide name such as `Targets` for `='Ringkasan Data'!$B$2:$B$22`.
  ///
  /// `formula` may start with `=`. For a name local to one sheet, prefix it as Excel does:
  /// `"Summary!Total"`.
  ///
  /// The corresponding C function is `workbook_define_name`.
  public func defineName(_ name: String, formula: String) throws(XLSXWriterError) {
    try check(
      workbook_define_name(storage.open, name, formula), "defining name \(name) as \(formula)")
  }

  /// Defines a workbook-wide name for a range on a sheet.
  ///
  /// The corresponding C function is `workbook_define_name`.
  public func defineName(_ name: String, range: SheetRange) throws(XLSXWriterError) {
    try defineName(name, formula: range.formula)
  }

  /// Sets a custom document property (File > Properties > Custom) to a string.
  ///
  /// The corresponding C function is `workbook_set_custom_property_string`.
  public func setCustomProperty(_ name: String, _ value: String) throws(XLSXWriterError) {
    try check(
      workbook_set_custom_property_string(storage.open, name, value),
      "setting custom property \(name)")
  }

  /// Sets a custom document property to a number.
  ///
  /// The corresponding C function is `workbook_set_custom_property_number`.
  public func setCustomProperty(_ name: String, _ value: Double) throws(XLSXWriterError) {
    try check(
      workbook_set_custom_property_number(storage.open, name, value),
      "setting custom property \(name)")
  }

  /// Writes the file and frees the workbook, its worksheets, formats and charts.
  ///
  /// libxlsxwriter: `workbook_close()` "writes the Excel file to disk, frees any memory
  /// allocated internally to the Workbook and frees the object itself" - even when writing
  /// fails, so a failed close still consumes the workbook. Handles borrowed from it trap if
  /// used afterwards.
  ///
  /// The corresponding C function is `workbook_close`.
  public consuming func close() throws(XLSXWriterError) {
    let storage = unmanagedStorage.takeRetainedValue()
    discard self
    try storage.close()
  }

  deinit {
    let storage = unmanagedStorage.takeRetainedValue()
    // Nobody called close(): write the file anyway, because dropping it would leak the C
    // workbook. libxlsxwriter reports failures on stderr itself.
    try? storage.close()
  }
}

/// Throws `XLSXWriterError` for any result other than `LXW_NO_ERROR`.
func check(_ result: lxw_error, _ operation: @autoclosure () -> String) throws(XLSXWriterError) {
  guard result == LXW_NO_ERROR else { throw XLSXWriterError(code: result, operation: operation()) }
}
