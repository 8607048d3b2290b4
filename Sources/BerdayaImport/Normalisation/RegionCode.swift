import Foundation

/// Parses the written forms of a Kemendagri region code into the dotted form.
///
/// Accepted: dotted (`12.71`, `12.71.01`, `12.71.01.1001`) and undotted (`1271`, `127101`,
/// `1271011001`) codes, with surrounding spaces. Undotted lengths are 2, 4, 6 and 10 digits. BPS
/// codes (7 and 10 digits with a different village numbering) are not Kemendagri codes: a 10-digit
/// BPS code may parse but will not be found in the gazetteer.
public enum RegionCode {
  /// The dotted code for `text`, or nil when it is not a code in any of the accepted forms.
  public static func canonical(_ text: String) -> String? {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard !trimmed.isEmpty else { return nil }
    let widths = [2, 2, 2, 4]
    if trimmed.contains(".") {
      let parts = trimmed.split(separator: ".", omittingEmptySubsequences: false)
      guard parts.count <= 4 else { return nil }
      for (index, part) in parts.enumerated() {
        guard part.utf8.count == widths[index], part.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else {
          return nil
        }
      }
      return parts.joined(separator: ".")
    }
    guard trimmed.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
    let digits = Array(trimmed)
    var segments: [String] = []
    var position = 0
    for width in widths where position < digits.count {
      guard position + width <= digits.count else { return nil }
      segments.append(String(digits[position..<(position + width)]))
      position += width
    }
    guard position == digits.count else { return nil }
    return segments.joined(separator: ".")
  }

  /// True when `code` is exactly a dotted code of `level` (`12.71.01` for a district); a byte
  /// check, cheap enough for the 83,762 lines of the villages file.
  public static func isDotted(_ code: String, level: RegionLevel) -> Bool {
    let widths = [2, 2, 2, 4].prefix(level.segmentCount)
    var utf8 = code.utf8.makeIterator()
    for (index, width) in widths.enumerated() {
      if index > 0 { guard utf8.next() == UInt8(ascii: ".") else { return false } }
      for _ in 0..<width {
        guard let byte = utf8.next(), byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return false }
      }
    }
    return utf8.next() == nil
  }

  /// The level of a dotted code, from its segment count.
  public static func level(ofDotted code: String) -> RegionLevel? {
    RegionLevel(rawValue: code.split(separator: ".").count)
  }

  /// The parent of a dotted code (`12.71.01` -> `12.71`), nil for a province code.
  public static func parent(ofDotted code: String) -> String? {
    guard let dot = code.lastIndex(of: ".") else { return nil }
    return String(code[..<dot])
  }
}
