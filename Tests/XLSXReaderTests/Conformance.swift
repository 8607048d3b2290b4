import Foundation
import XLSXReader

/// Paths into the shared conformance tree and the fixtures, and a plain CSV rendering of sheets.
enum Conformance {
  /// `../shared` beside the package, found from this file so it works in CI checkouts too.
  static let shared: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared")

  static func xlsx(_ relative: String) -> String {
    shared.appendingPathComponent("conformance/xlsx").appendingPathComponent(relative).path
  }

  static func fixture(_ name: String) -> String {
    guard let url = Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil) else {
      fatalError("missing fixture \(name)")
    }
    return url.path
  }

  /// Text for a cell: integers without ".0", other numbers in Swift's shortest round-trip form,
  /// booleans TRUE/FALSE, dates as `yyyy-MM-dd` or `yyyy-MM-dd HH:mm:ss`.
  static func text(_ cell: SpreadsheetCell) -> String {
    switch cell {
    case .empty: return ""
    case .text(let s): return s
    case .number(let n): return number(n)
    case .bool(let b): return b ? "TRUE" : "FALSE"
    case .error(let e): return e
    case .date(let serial): return date(serial)
    }
  }

  static func number(_ n: Double) -> String {
    if n == n.rounded(), abs(n) < 1e15 { return String(Int64(n)) }
    let shortest = "\(n)"
    // Swift writes 5e-05; spreadsheets and xlsx2csv write 0.00005.
    guard let e = shortest.firstIndex(of: "e"), let exponent = Int(shortest[shortest.index(after: e)...]),
      exponent < 0
    else { return shortest }
    var mantissa = String(shortest[..<e])
    let negative = mantissa.hasPrefix("-")
    if negative { mantissa.removeFirst() }
    let digits = mantissa.replacingOccurrences(of: ".", with: "")
    return (negative ? "-" : "") + "0." + String(repeating: "0", count: -exponent - 1) + digits
  }

  /// Formats a 1900-system serial (days since 1899-12-30), rounded to the second.
  static func date(_ serial: Double) -> String {
    var seconds = Int64((serial * 86_400).rounded())
    let days = Int(seconds / 86_400)
    seconds -= Int64(days) * 86_400
    let (y, m, d) = civil(days - 25_569)
    let day = String(format: "%04d-%02d-%02d", y, m, d)
    if seconds == 0 { return day }
    return day + String(format: " %02lld:%02lld:%02lld", seconds / 3600, seconds / 60 % 60, seconds % 60)
  }

  /// Proleptic Gregorian date from days since 1970-01-01 (H. Hinnant).
  static func civil(_ z0: Int) -> (Int, Int, Int) {
    let z = z0 + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }

  /// The sheet as xlsx2csv prints it: every row from 1 to the last, padded to the widest row,
  /// minimal quoting, LF line ends.
  static func csv(_ rows: [SpreadsheetRow], skipEmpty: Bool = false) -> String {
    let width = rows.map(\.cells.count).max() ?? 0
    var byIndex: [Int: SpreadsheetRow] = [:]
    for row in rows { byIndex[row.index] = row }
    let last = rows.map(\.index).max() ?? 0
    var out = ""
    for index in stride(from: 1, through: last, by: 1) {
      guard let row = byIndex[index] else {
        if !skipEmpty { out += String(repeating: ",", count: max(width - 1, 0)) + "\n" }
        continue
      }
      var fields = row.cells.map { quote(text($0)) }
      fields += Array(repeating: "", count: width - fields.count)
      out += fields.joined(separator: ",") + "\n"
    }
    return out
  }

  static func quote(_ field: String) -> String {
    guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// All sheets' rows, by sheet name.
  static func read(_ path: String) throws -> [(SheetInfo, [SpreadsheetRow])] {
    let book = try XLSXWorkbook(path: path)
    return try book.sheets.map { ($0, try book.rows(in: $0)) }
  }

  /// A cell by 0-based (row, column) as in calamine's `get_value`.
  static func cell(_ rows: [SpreadsheetRow], _ r: Int, _ c: Int) -> SpreadsheetCell {
    guard let row = rows.first(where: { $0.index == r + 1 }), c < row.cells.count else { return .empty }
    return row.cells[c]
  }
}
