import Foundation
import Testing
import XLSXReader

/// dilshod/xlsx2csv's expected CSVs, through `Conformance.csv` (xlsx2csv's layout: every row to
/// the last, padded to the widest). The upstream runner drops every `\r` before comparing; so do we,
/// and we also drop trailing newlines.
///
/// Deliberate deviations (cases not compared here, and why):
/// - `float`, `float_formatting`, `percentage`, `junk-small`, `timeformat`: xlsx2csv renders the
///   number format (`0.10300`, `1.23%`, `29-Mar-1940`); the reader returns values, and rendering
///   display formats is not its job. Their raw values are checked in `formattedCasesKeepValues`.
/// - `escape`, `hyperlinks`, `hyperlinks_continous`, `variousdelim`: output options of the xlsx2csv
///   tool (backslash escapes, `<a href>`, delimiters), not reading behaviour.
/// - `float2`: the expected file is stale (README), and F1 is percentage-formatted.
@Suite struct XLSX2CSVConformanceTests {
  static let plainCases = [
    "empty_row", "no_cell_ids", "last-column-empty", "twolettercolumns", "utf8", "namespace",
    "formatted_inline_string", "xlsx2csv-test-file", "percentage_ignore",
  ]

  /// xlsx2csv pads rows to the sheet's `<dimension>`; the reader drops cells without a value, so
  /// these compare with trailing empty fields and trailing empty lines removed.
  static let paddedCases = ["input-weird"]

  static func unpadded(_ s: String) -> String {
    var lines = s.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      var l = Substring(line)
      while l.hasSuffix(",") { l.removeLast() }
      return String(l)
    }
    while lines.last == "" { lines.removeLast() }
    return lines.joined(separator: "\n")
  }

  @Test(arguments: paddedCases)
  func firstSheetMatchesIgnoringPadding(_ name: String) throws {
    let book = try XLSXWorkbook(path: Conformance.xlsx("xlsx2csv/test/\(name).xlsx"))
    let actual = Self.unpadded(Conformance.csv(try book.rows(in: book.sheets[0])))
    let expected = Self.unpadded(try Self.expected(name))
    #expect(actual == expected)
  }

  static func expected(_ name: String) throws -> String {
    let data = try Data(contentsOf: URL(fileURLWithPath: Conformance.xlsx("xlsx2csv/test/\(name).csv")))
    return normalise(String(decoding: data, as: UTF8.self))
  }

  static func normalise(_ s: String) -> String {
    var t = s.replacingOccurrences(of: "\r", with: "")
    while t.hasSuffix("\n") { t.removeLast() }
    return t
  }

  @Test(arguments: plainCases)
  func firstSheetMatches(_ name: String) throws {
    let book = try XLSXWorkbook(path: Conformance.xlsx("xlsx2csv/test/\(name).xlsx"))
    let sheet = try #require(book.sheets.first)
    let actual = Self.normalise(Conformance.csv(try book.rows(in: sheet)))
    let expected = try Self.expected(name)
    #expect(actual == expected)
  }

  @Test(arguments: ["sheets", "sheets_order"])
  func allSheetsMatch(_ name: String) throws {
    let book = try XLSXWorkbook(path: Conformance.xlsx("xlsx2csv/test/\(name).xlsx"))
    var out = ""
    for sheet in book.sheets {
      out += "-------- \(sheet.index + 1) - \(sheet.name)\n"
      out += Conformance.csv(try book.rows(in: sheet))
    }
    #expect(Self.normalise(out) == (try Self.expected(name)))
  }

  @Test func skipEmptyLines() throws {
    let book = try XLSXWorkbook(path: Conformance.xlsx("xlsx2csv/test/skip_empty_lines.xlsx"))
    let rows = try book.rows(in: book.sheets[0])
    let actual = Self.normalise(Conformance.csv(rows, skipEmpty: true))
    #expect(actual == (try Self.expected("skip_empty_lines")))
  }

  /// 1904 workbook: `--dateformat=%Y-%m-%d %H:%M:%S` gives `2011-09-15 15:22:00`.
  @Test func datetime1904() throws {
    let book = try XLSXWorkbook(path: Conformance.xlsx("xlsx2csv/test/datetime.xlsx"))
    #expect(book.uses1904DateSystem)
    let actual = Self.normalise(Conformance.csv(try book.rows(in: book.sheets[0])))
    #expect(actual == (try Self.expected("datetime")))
  }
}
