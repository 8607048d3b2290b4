/// RFC 4180 fields for the CSV files Berdaya writes.
public enum CSVText {
  /// A field quoted only when it holds `,` `"` CR or LF (a `"` inside is doubled).
  public static func field(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
    return "\"" + text.replacingAll("\"", with: "\"\"") + "\""
  }

  /// A text field from an input file: neutralised when a spreadsheet would run it as a formula
  /// (a leading `=`, `+`, `-` or `@` gets a leading apostrophe), then quoted as needed.
  public static func textField(_ text: String) -> String {
    guard let first = text.first, "=+-@".contains(first) else { return field(text) }
    return field("'" + text)
  }

  /// One line: fields joined by commas, ending in LF.
  public static func line(_ fields: [String]) -> String { fields.joined(separator: ",") + "\n" }
}

extension String {
  func replacingAll(_ target: Character, with replacement: String) -> String {
    var result = ""
    for character in self {
      if character == target { result += replacement } else { result.append(character) }
    }
    return result
  }
}
