/// One FastCSV spec file, read with just enough YAML for its fixed layout.
///
/// The layout: top-level `settings:` with `commentMode`, `skipEmptyLines`, `exceptionAllowed`;
/// `checks:` of `- id:`, `input:` (a quoted scalar) and `records:` (`[]` or lines of
/// `- [ 'a', 'b' ]`). Quoted scalars are YAML single-quoted (`''` is a quote) or double-quoted.
struct FastCSVSpec {
  struct Check {
    var id: String
    var input = ""
    var records: [[String]] = []
  }

  var commentMode: String?
  var skipEmptyLines = false
  var exceptionAllowed = false
  var checks: [Check] = []

  struct FormatError: Error, CustomStringConvertible {
    var description: String
  }

  init(text: String) throws {
    for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let line = rawLine.trimmingPrefix(while: { $0 == " " })
      if line.hasPrefix("#") { continue }
      if let value = Self.value(of: "commentMode:", in: line) {
        commentMode = value
      } else if let value = Self.value(of: "skipEmptyLines:", in: line) {
        skipEmptyLines = value == "true"
      } else if let value = Self.value(of: "exceptionAllowed:", in: line) {
        exceptionAllowed = value == "true"
      } else if let value = Self.value(of: "- id:", in: line) {
        checks.append(Check(id: value))
      } else if let value = Self.value(of: "input:", in: line), !checks.isEmpty {
        var scanner = Substring(value)
        checks[checks.count - 1].input = try Self.quoted(&scanner)
      } else if line.hasPrefix("- ["), !checks.isEmpty {
        checks[checks.count - 1].records.append(try Self.list(line.dropFirst(2)))
      }
    }
  }

  /// Replaces FastCSV's symbols: ␍ CR, ␊ LF, ␤ CRLF, ⏎ the newline under test.
  static func expand(_ text: String, newline: String) -> String {
    text.replacingOccurrences("␤", "\r\n").replacingOccurrences("␍", "\r")
      .replacingOccurrences("␊", "\n").replacingOccurrences("⏎", newline)
  }

  private static func value(of key: String, in line: Substring) -> String? {
    guard line.hasPrefix(key) else { return nil }
    return String(line.dropFirst(key.count).trimmingPrefix(while: { $0 == " " }))
  }

  private static func list(_ text: Substring) throws -> [String] {
    var rest = text.dropFirst()  // "["
    var items: [String] = []
    while true {
      rest = rest.trimmingPrefix(while: { $0 == " " || $0 == "," })
      if rest.hasPrefix("]") { return items }
      items.append(try quoted(&rest))
    }
  }

  private static func quoted(_ text: inout Substring) throws -> String {
    guard let quote = text.first, quote == "'" || quote == "\"" else {
      throw FormatError(description: "expected a quoted scalar at \(text)")
    }
    var result = ""
    var index = text.index(after: text.startIndex)
    while index < text.endIndex {
      let character = text[index]
      index = text.index(after: index)
      if character == quote {
        if quote == "'", index < text.endIndex, text[index] == "'" {
          result.append("'")
          index = text.index(after: index)
          continue
        }
        text = text[index...]
        return result
      }
      result.append(character)
    }
    throw FormatError(description: "unterminated scalar")
  }
}

extension String {
  /// Plain substring replacement without Foundation.
  func replacingOccurrences(_ target: String, _ replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
