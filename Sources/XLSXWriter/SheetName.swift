internal import CXLSXWriter

/// Excel's rules for sheet names, and quoting them inside references.
public enum SheetName {
  /// Excel's longest sheet name, in characters (`LXW_SHEETNAME_MAX`).
  public static let maximumLength = 31

  /// Characters Excel forbids in sheet names.
  public static let forbiddenCharacters: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]

  /// Checks `name` against Excel's rules, with the libxlsxwriter error code for each breach.
  ///
  /// Excel rejects empty names, names over 31 characters, names with any of `[ ] : * ? / \`,
  /// and names that begin or end with an apostrophe.
  public static func validate(_ name: String) throws(XLSXWriterError) {
    let operation = "adding worksheet \"\(name)\""
    if name.isEmpty {
      throw XLSXWriterError(
        code: Int32(LXW_ERROR_PARAMETER_VALIDATION.rawValue),
        message: "Sheet name must not be empty.", operation: operation)
    }
    // lxw_utf8_strlen counts UTF-8 code points, which is what Excel limits too.
    if name.unicodeScalars.count > maximumLength {
      throw XLSXWriterError(code: LXW_ERROR_SHEETNAME_LENGTH_EXCEEDED, operation: operation)
    }
    if name.contains(where: forbiddenCharacters.contains) {
      throw XLSXWriterError(code: LXW_ERROR_INVALID_SHEETNAME_CHARACTER, operation: operation)
    }
    if name.hasPrefix("'") || name.hasSuffix("'") {
      throw XLSXWriterError(code: LXW_ERROR_SHEETNAME_START_END_APOSTROPHE, operation: operation)
    }
  }

  /// The name as it must appear before `!` in a reference: `Summary`, `'Ringkasan Data'`,
  /// `'Bob''s'`.
  ///
  /// Quotes are added unless the name is a plain identifier (letters, digits, `_`, `.`, not
  /// starting with a digit or `.`, and not readable as a cell reference such as `A1` or `R1C1`).
  /// Quoting an ordinary name would also be valid; leaving it bare keeps formulas readable.
  public static func quoted(_ name: String) -> String {
    needsQuotes(name) ? "'" + name.replacingAll("'", with: "''") + "'" : name
  }

  static func needsQuotes(_ name: String) -> Bool {
    guard let first = name.unicodeScalars.first else { return true }
    let plain = name.unicodeScalars.allSatisfy { isASCIIWord($0) || $0 == "." }
    if !plain { return true }
    if isASCIIDigit(first) || first == "." { return true }
    return looksLikeCellReference(name)
  }

  /// `A1`, `XFD1048576`, `R1C1`, `R`, `C`: names Excel would read as a reference if bare.
  private static func looksLikeCellReference(_ name: String) -> Bool {
    let upper = Array(name.uppercased().unicodeScalars)
    if upper == ["R"] || upper == ["C"] { return true }
    let letters = upper.prefix { $0.properties.isAlphabetic && $0.isASCII }
    let digits = upper.dropFirst(letters.count)
    if (1...3).contains(letters.count), !digits.isEmpty, digits.allSatisfy(isASCIIDigit) {
      return true
    }
    // R1C1 style: R<digits>C<digits>, digits optional.
    if upper.first == "R" {
      let rest = upper.dropFirst().drop(while: isASCIIDigit)
      if rest.first == "C", rest.dropFirst().allSatisfy(isASCIIDigit) { return true }
    }
    return false
  }

  private static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool {
    ("0"..."9").contains(scalar)
  }

  private static func isASCIIWord(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || isASCIIDigit(scalar)
      || scalar == "_"
  }
}

extension String {
  /// `replacingOccurrences` without Foundation.
  func replacingAll(_ target: Character, with replacement: String) -> String {
    var result = ""
    result.reserveCapacity(utf8.count)
    for character in self {
      if character == target { result += replacement } else { result.append(character) }
    }
    return result
  }
}
