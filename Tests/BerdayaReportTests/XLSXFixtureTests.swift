import BerdayaAnalysis
import BerdayaModel
import BerdayaReport
import Foundation
import Testing

/// The small analysis the XLSX tests write, and the helpers that read workbooks back with tools
/// we did not write (openpyxl, LibreOffice, unzip). No tests live here.
enum XLSXFixture {
  /// Kecamatan and how many enterprises each registers. With `minCell` 5, Medan Belawan (3) is
  /// a small cell and the next smallest, "=1+1 Kota" (8, a name that looks like a formula), is
  /// withheld with it so the region total cannot reveal it.
  static let kecamatan: [(name: String, enterprises: Int)] = [
    ("Medan Kota", 20), ("Medan Baru", 12), ("Medan Belawan", 3), ("=1+1 Kota", 8),
  ]
  static let sectors = ["Kuliner", "Jasa"]

  static func date(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate {
    guard let date = CalendarDate(year: y, month: m, day: d) else { preconditionFailure("bad date") }
    return date
  }

  /// The analysis of 43 enterprises and their 2021 activities.
  static func result(framework: Framework = .friedmann) -> AnalysisResult {
    var table = EnterpriseTable()
    table.kecamatanNames = kecamatan.map(\.name)
    table.sectorNames = sectors
    table.kelurahanNames = ["Kel A"]
    var index = 0
    for (k, entry) in kecamatan.enumerated() {
      for i in 0..<entry.enterprises {
        table.append(
          kecamatan: Int32(k), kelurahan: 0, sector: Int32(i % 2), binaan: true, registeredOn: date(2019 + i % 3, 3, 1),
          lastRegisteredOn: date(2021, 1 + i % 12, 1))
        index += 1
      }
    }
    var options = AnalysisOptions()
    options.framework = framework
    options.from = date(2021, 1, 1)
    options.to = date(2021, 12, 31)
    let accumulator = CoverageAccumulator(table: table, options: options)
    for enterprise in 0..<index {
      let e = Int32(enterprise)
      if enterprise % 2 == 0 {
        accumulator.add(
          LinkedActivity(
            enterprise: e, kind: .pelatihan, date: date(2021, 6, 27), cost: Rupiah(150_000), isActive: nil,
            kecamatan: nil))
      }
      if enterprise % 4 == 0 {
        accumulator.add(
          LinkedActivity(
            enterprise: e, kind: .monitoring, date: date(2021, 8, 1), cost: nil, isActive: nil, kecamatan: nil))
      }
      if enterprise % 3 == 0 {
        accumulator.add(
          LinkedActivity(
            enterprise: e, kind: .bantuanPeralatan, date: date(2021, 3, 10), cost: Rupiah(2_500_000), isActive: nil,
            kecamatan: nil))
      }
      if enterprise % 5 == 0 {
        accumulator.add(
          LinkedActivity(
            enterprise: e, kind: .nib, date: date(2020, 11, 5), cost: nil, isActive: nil, kecamatan: nil))
        accumulator.add(
          LinkedActivity(
            enterprise: e, kind: .nib, date: date(2021, 11, 5), cost: nil, isActive: nil, kecamatan: nil))
      }
      if enterprise % 7 == 0 {
        accumulator.add(
          LinkedActivity(
            enterprise: e, kind: .ecommerce, date: date(2021, 9, 1), cost: nil, isActive: enterprise % 14 == 0,
            kecamatan: nil))
      }
    }
    accumulator.add(
      LinkedActivity(
        enterprise: nil, kind: .pameran, date: date(2021, 10, 1), cost: Rupiah(500_000), isActive: nil,
        kecamatan: "Medan Kota"))
    return accumulator.finish()
  }

  /// The report context: a Medan-like project with two input files.
  static func context(language: ReportLanguage = .indonesian, minCell: Int = 5) -> ReportContext {
    var context = ReportContext(title: language == .indonesian ? "Laporan Cakupan UMKM Uji" : "Test UMKM Coverage Report")
    context.regionName = "Kota Uji"
    context.regionCode = "12.71"
    context.language = language
    context.minCell = minCell
    context.reportDate = date(2021, 12, 31)
    context.inputs = [
      ReportContext.InputFileInfo(
        path: "data/registri.xlsx", kind: .registry, sheets: ["Registri"], bytes: 12_345,
        sha256: String(repeating: "ab", count: 32), rowsRead: 45, accepted: 43, quarantined: 2,
        quarantinedByReason: ["missing_kecamatan": 1, "bad_date": 1], valueIssuesByReason: ["unknown_sector": 3]),
      ReportContext.InputFileInfo(
        path: "data/kegiatan.csv", kind: .activities, sheets: [], bytes: 6_789,
        sha256: String(repeating: "cd", count: 32), rowsRead: 60, accepted: 60, quarantined: 0,
        quarantinedByReason: [:], valueIssuesByReason: [:]),
    ]
    context.linkage = ["no_registrasi": 50, "nib": 9, "unmatched": 1]
    context.normalisation = ["kecamatan": ["exact": 40, "fuzzy": 3]]
    context.options = ["min-cell": String(minCell), "lang": language.rawValue]
    context.command = "berdaya report proyek --out laporan"
    return context
  }

  /// A fresh temporary folder.
  static func temporaryFolder() throws -> String {
    let path = NSTemporaryDirectory() + "berdaya-xlsx-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  /// Runs a program and returns its standard output; fails the test on a non-zero exit.
  @discardableResult
  static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let environment {
      process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    }
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let text = String(decoding: data, as: UTF8.self)
    if process.terminationStatus != 0 {
      Issue.record("\(executable) \(arguments) exited \(process.terminationStatus): \(String(decoding: errorData, as: UTF8.self))")
    }
    return text
  }

  /// The workbook as openpyxl reads it: sheet names and states, every cell's value and type,
  /// freeze panes, merged ranges, data validations and defined names.
  static func openpyxl(_ path: String) throws -> [String: Any] {
    let script = """
      import json, sys, datetime, openpyxl
      wb = openpyxl.load_workbook(sys.argv[1])
      out = {"sheets": [], "names": {}}
      for name, dn in wb.defined_names.items():
          out["names"][name] = dn.attr_text
      for ws in wb.worksheets:
          rows = []
          for row in ws.iter_rows():
              cells = []
              for c in row:
                  v = c.value
                  if isinstance(v, (datetime.datetime, datetime.date)):
                      v = v.isoformat()[:10]
                  cells.append([v, c.data_type, c.number_format])
              rows.append(cells)
          dvs = [{"type": dv.type, "formula1": dv.formula1, "sqref": str(dv.sqref)} for dv in ws.data_validations.dataValidation]
          out["sheets"].append({"name": ws.title, "state": ws.sheet_state, "freeze": ws.freeze_panes,
              "rows": rows, "validations": dvs, "filter": ws.auto_filter.ref})
      print(json.dumps(out))
      """
    let text = try run("/usr/bin/env", ["python3", "-c", script, path])
    let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
    guard let dictionary = object as? [String: Any] else { throw FixtureError.unreadable }
    return dictionary
  }

  enum FixtureError: Error { case unreadable }
}

/// One sheet as openpyxl read it.
struct ReadSheet {
  let name: String
  let state: String
  let freeze: String?
  let filter: String?
  /// Per row, per column: (value, openpyxl data type, number format).
  let rows: [[(value: Any?, type: String, format: String)]]
  let validations: [(type: String, formula: String, range: String)]

  init(_ object: [String: Any]) {
    name = object["name"] as? String ?? ""
    state = object["state"] as? String ?? ""
    freeze = object["freeze"] as? String
    filter = object["filter"] as? String
    rows = (object["rows"] as? [[[Any]]] ?? []).map { row in
      row.map { cell in
        let value: Any? = cell[0] is NSNull ? nil : cell[0]
        return (value, cell[1] as? String ?? "", cell[2] as? String ?? "")
      }
    }
    validations = (object["validations"] as? [[String: Any]] ?? []).map {
      ($0["type"] as? String ?? "", $0["formula1"] as? String ?? "", $0["sqref"] as? String ?? "")
    }
  }

  static func all(_ workbook: [String: Any]) -> [ReadSheet] {
    (workbook["sheets"] as? [[String: Any]] ?? []).map(ReadSheet.init)
  }

  /// The text of every cell, for "contains" checks.
  var texts: [String] { rows.flatMap { $0.compactMap { $0.value as? String } } }

  /// The first row whose first cell is `key`.
  func row(_ key: String) -> [(value: Any?, type: String, format: String)]? {
    rows.first { ($0.first?.value as? String) == key }
  }

  /// The row (0-based) whose cells include `header`.
  func headerRow(containing header: String) -> Int? {
    rows.firstIndex { $0.contains { ($0.value as? String) == header } }
  }

  /// A number at a cell, or nil when it holds none.
  static func number(_ cell: (value: Any?, type: String, format: String)) -> Double? {
    guard cell.type == "n" else { return nil }
    return (cell.value as? NSNumber)?.doubleValue
  }
}
