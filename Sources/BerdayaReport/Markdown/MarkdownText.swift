/// Escaping of text that comes from input files (kecamatan and sector names, file names, reasons)
/// before it is written into Markdown.
///
/// CommonMark lets any ASCII punctuation be escaped with a backslash, so escaping a character
/// that needed none is harmless; the set below is the characters that can start emphasis, code,
/// links, HTML, entities, math, strikethrough or (in a table) a new cell, plus the characters
/// that only matter at the start of a line or cell (`#`, `+`, `-`, `=`, `@`: headings, lists,
/// setext underlines, and formulas when a cell is pasted into a spreadsheet).
public enum MarkdownText {
  /// Escapes `text` for inline Markdown, including inside a table cell.
  ///
  /// Line breaks and tabs become spaces, since a table row must stay on one line.
  public static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count + 8)
    var atStart = true
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\n", "\r", "\t", "\u{0B}", "\u{0C}":
        result.append(" ")
        continue
      case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "$", "!", "{", "}":
        result.append("\\")
      case "#", "+", "-", "=", "@":
        if atStart { result.append("\\") }
      default:
        break
      }
      result.unicodeScalars.append(scalar)
      if scalar != " " { atStart = false }
    }
    return result
  }

  /// A code span holding `text` verbatim, fenced with more backticks than any run inside it.
  ///
  /// Pipes are escaped as `\|`: GitHub's table extension splits cells before it parses code
  /// spans, and removes that backslash again inside the span.
  public static func code(_ text: String, inTable: Bool = true) -> String {
    guard !text.isEmpty else { return "" }
    var body = text.replacing("\n", with: " ")
    if inTable { body = body.replacing("|", with: "\\|") }
    let fence = String(repeating: "`", count: longestRun(of: "`", in: body) + 1)
    let pad = body.hasPrefix("`") || body.hasSuffix("`") ? " " : ""
    return fence + pad + body + pad + fence
  }

  /// A fenced code block holding `text`, fenced with more backticks than any run inside it.
  public static func codeBlock(_ text: String, info: String = "") -> String {
    let fence = String(repeating: "`", count: max(3, longestRun(of: "`", in: text) + 1))
    return fence + info + "\n" + text + "\n" + fence + "\n"
  }

  private static func longestRun(of character: Character, in text: String) -> Int {
    var longest = 0
    var current = 0
    for c in text {
      if c == character {
        current += 1
        longest = max(longest, current)
      } else {
        current = 0
      }
    }
    return longest
  }
}
