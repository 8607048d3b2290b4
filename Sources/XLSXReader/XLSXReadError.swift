/// Why a workbook could not be read, with the part (and cell) where it went wrong.
public struct XLSXReadError: Error, Hashable, Sendable, CustomStringConvertible {
  public enum Code: Hashable, Sendable {
    case notAZip
    case truncated
    /// The zip structure is inconsistent: bad central directory, local header, deflate data or CRC.
    case corruptZip
    /// Two entries share a name, or names that differ only in case (a zip-smuggling trick).
    case duplicateEntry
    case missingPart
    case unsupportedCompression
    case encrypted
    case zipBomb
    case malformedXML
    case forbiddenXML
    case cellOutOfRange
    case limitExceeded
    case io
  }

  public var code: Code
  public var message: String
  /// The zip part (`xl/worksheets/sheet1.xml`), when the problem is inside one.
  public var part: String?

  public init(_ code: Code, _ message: String, part: String? = nil) {
    self.code = code
    self.message = message
    self.part = part
  }

  public var description: String {
    if let part { return "\(message) (in \(part))" }
    return message
  }
}
