/// An .xlsx (or .xlsm) workbook opened for reading: parts located once, sheets streamed on demand.
///
/// Opening reads the zip directory, the workbook part and its relationships, the shared strings
/// and the styles; each sheet is then read as a stream with one reused buffer, so memory does not
/// grow with the sheet. Not thread-safe: use one instance per thread.
public final class XLSXWorkbook {
  /// Every worksheet in tab order, hidden ones included; chartsheets and dialog sheets are left out.
  public let sheets: [SheetInfo]
  /// True when the workbook uses the 1904 date system (dates are normalised to 1900 anyway).
  public let uses1904DateSystem: Bool

  private let archive: ZipArchive
  private let sheetParts: [String]
  private let scanner: SheetScanner
  private var mergeCache: [Int: [CellRange]] = [:]

  /// Opens a workbook; fails with a clear error for non-zips, encrypted files and broken packages.
  public init(path: String, limits: XLSXLimits = .init()) throws(XLSXReadError) {
    archive = try ZipArchive(path: path, limits: limits)
    let workbookPart = try Self.locateWorkbook(in: archive)
    let workbook = try WorkbookPart(part: workbookPart, in: archive)
    let relsPart = PartPath.relationships(of: workbookPart)
    guard let relationships = try Relationship.read(relsPart, of: workbookPart, in: archive) else {
      throw XLSXReadError(.missingPart, "the workbook's relationships part is missing", part: relsPart)
    }
    var byID: [String: Relationship] = [:]
    for r in relationships { byID[r.id] = r }

    var sheets: [SheetInfo] = []
    var parts: [String] = []
    for sheet in workbook.sheets {
      guard let r = byID[sheet.relationshipID] else {
        throw XLSXReadError(
          .missingPart, "sheet \"\(sheet.name)\" has no relationship \(sheet.relationshipID)", part: relsPart)
      }
      guard r.kind == "worksheet" else { continue }
      guard !r.isExternal, archive.entry(r.target) != nil else {
        throw XLSXReadError(.missingPart, "the part of sheet \"\(sheet.name)\" is missing", part: r.target)
      }
      sheets.append(SheetInfo(name: sheet.name, index: sheets.count, isHidden: sheet.isHidden))
      parts.append(r.target)
    }
    self.sheets = sheets
    sheetParts = parts
    uses1904DateSystem = workbook.uses1904DateSystem

    var strings: [String] = []
    if let r = relationships.first(where: { $0.kind == "sharedStrings" && !$0.isExternal }) {
      strings = try SharedStrings.read(part: r.target, in: archive)
    }
    var styles = CellStyles()
    if let r = relationships.first(where: { $0.kind == "styles" && !$0.isExternal }) {
      styles = try CellStyles(part: r.target, in: archive)
    }
    scanner = SheetScanner(
      sharedStrings: strings, styles: styles, dateOffset: workbook.uses1904DateSystem ? 1462 : 0,
      limits: limits)
  }

  /// The merged ranges of a sheet, in document order.
  ///
  /// They stand after the cells in the sheet part, so the first call inflates the sheet to reach
  /// them (a byte search, then a scan that builds no cells only if the search finds any);
  /// `forEachRow` records them for free as it passes, and either way they are cached.
  public func mergedRanges(of sheet: SheetInfo) throws(XLSXReadError) -> [CellRange] {
    let part = try self.part(of: sheet)
    if let cached = mergeCache[sheet.index] { return cached }
    var ranges: [CellRange] = []
    // Most sheets have no merged cells, and a byte search for the element's name proves it for
    // little more than the cost of inflating (measured on 100,000 rows: 1.1 G instructions where
    // the scan took 4.8 G); only a sheet that may have some is scanned.
    if try archive.open(try entry(part)).contains("mergeCell") {
      do {
        try scanner.scan(
          try archive.open(try entry(part)), wantsRows: false, wantsMerges: true, row: { _ in },
          merge: { ranges.append($0) })
      } catch let error as XLSXReadError {
        throw error
      } catch {
        preconditionFailure("the merge scan has no row callback that can throw: \(error)")
      }
    }
    mergeCache[sheet.index] = ranges
    return ranges
  }

  /// Streams the sheet's rows in order; memory does not grow with the sheet (beyond shared strings).
  ///
  /// The sheet is inflated on a second thread, up to 1 MiB ahead of the scan (`InflateAhead`);
  /// `body` is called on the caller's thread.
  /// Rows without any value are skipped; `SpreadsheetRow.index` keeps the sheet's numbering.
  /// Errors from `body` are rethrown unchanged; reading errors are `XLSXReadError`.
  public func forEachRow(in sheet: SheetInfo, _ body: (SpreadsheetRow) throws -> Void) throws {
    let part = try self.part(of: sheet)
    var ranges: [CellRange] = []
    let stream = try archive.open(try entry(part))
    try scanner.scan(
      InflateAhead(stream) ?? stream, wantsRows: true, wantsMerges: true, row: body,
      merge: { ranges.append($0) })
    mergeCache[sheet.index] = ranges
  }

  /// All rows of a sheet in memory: for small sheets and tests.
  public func rows(in sheet: SheetInfo) throws -> [SpreadsheetRow] {
    var rows: [SpreadsheetRow] = []
    try forEachRow(in: sheet) { rows.append($0) }
    return rows
  }

  /// The sheet with this name, if any.
  public func sheet(named name: String) -> SheetInfo? { sheets.first { $0.name == name } }

  private func part(of sheet: SheetInfo) throws(XLSXReadError) -> String {
    guard sheet.index >= 0, sheet.index < sheets.count, sheets[sheet.index].name == sheet.name else {
      throw XLSXReadError(.missingPart, "no sheet \"\(sheet.name)\" at index \(sheet.index) in this workbook")
    }
    return sheetParts[sheet.index]
  }

  private func entry(_ part: String) throws(XLSXReadError) -> ZipEntry {
    guard let entry = archive.entry(part) else {
      throw XLSXReadError(.missingPart, "the sheet part is missing", part: part)
    }
    return entry
  }

  /// The workbook part: the package's officeDocument relationship, else the content type, else
  /// the usual name, so that packages with parts at the root or under another folder still open.
  private static func locateWorkbook(in archive: ZipArchive) throws(XLSXReadError) -> String {
    if let rels = try Relationship.read("_rels/.rels", of: "", in: archive),
      let office = rels.first(where: { $0.kind == "officeDocument" && !$0.isExternal }),
      archive.entry(office.target) != nil
    {
      return office.target
    }
    if let part = try ContentTypes.workbookPart(in: archive), archive.entry(part) != nil {
      return part
    }
    if archive.entry("xl/workbook.xml") != nil { return "xl/workbook.xml" }
    if let any = archive.names.sorted().first(where: { $0.lowercased().hasSuffix("workbook.xml") }) {
      return any
    }
    throw XLSXReadError(.missingPart, "the package has no workbook part: not a spreadsheet")
  }
}
