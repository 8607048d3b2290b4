import CSVStream
import Foundation

/// Reads the small CSV alias files (sector and programme-kind aliases): RFC 4180 through the
/// project's one tokenizer, a required header, `#` comment rows and blank rows skipped.
enum AliasFileReader {
  /// One data row: its physical line and its fields, trimmed, as many as the header has columns.
  struct Row {
    let line: Int
    let fields: [String]
  }

  /// The rows of `text`, whose header must name `columns` in order (case-insensitive).
  static func rows(_ text: String, file: String, columns: [String]) throws(AliasFileError) -> [Row] {
    var rows: [Row] = []
    var headerSeen = false
    var failure: AliasFileError?
    var bytes = Array(text.utf8)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    let handler: CSVParser.RowHandler = { row in
      guard failure == nil else { return }
      let fields = row.strings.map { $0.trimmingCharacters(in: .whitespaces) }
      if fields.allSatisfy(\.isEmpty) || fields.first?.hasPrefix("#") == true { return }
      if !headerSeen {
        headerSeen = true
        if fields.map({ $0.lowercased() }) != columns {
          failure = AliasFileError(
            file: file, line: row.line,
            message: "the header must be \(columns.joined(separator: ",")), not \(fields.joined(separator: ","))")
        }
        return
      }
      guard fields.count == columns.count else {
        failure = AliasFileError(
          file: file, line: row.line, message: "expected \(columns.count) fields, found \(fields.count)")
        return
      }
      rows.append(Row(line: row.line, fields: fields))
    }
    do {
      let parser = try CSVParser()
      try bytes.withUnsafeBytes { try parser.feed($0, handler: handler) }
      try parser.finish(handler: handler)
    } catch {
      throw AliasFileError(file: file, line: 0, message: "not a readable CSV file: \(error)")
    }
    if let failure { throw failure }
    guard headerSeen else {
      throw AliasFileError(
        file: file, line: 1, message: "the file is empty; expected the header \(columns.joined(separator: ","))")
    }
    return rows
  }

  /// The text of a user's file, with read errors as `AliasFileError`.
  static func text(of url: URL) throws(AliasFileError) -> String {
    do {
      let data = try Data(contentsOf: url)
      return String(decoding: data, as: UTF8.self)
    } catch {
      throw AliasFileError(file: url.path, line: 0, message: "cannot read the file: \(error.localizedDescription)")
    }
  }
}
