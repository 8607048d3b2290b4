internal import CLibCSV

/// A failure of the CSV tokenizer, with libcsv's own code and message where it has one.
public struct CSVError: Error, Hashable, Sendable, CustomStringConvertible {
  public enum Code: Hashable, Sendable {
    /// A quote that is never closed, or (strict mode) a quote inside an unquoted field.
    case malformedQuoting
    case outOfMemory
    case fieldTooLarge
    /// A row or field past the limits the caller set (protects memory on hostile files).
    case limitExceeded
    case io
  }

  public var code: Code
  public var message: String
  /// 1-based physical line where the problem was seen, when known.
  public var line: Int?

  public init(code: Code, message: String, line: Int? = nil) {
    self.code = code
    self.message = message
    self.line = line
  }

  /// Maps `csv_error()` exhaustively; the message is libcsv's `csv_strerror` text.
  init(libcsvStatus status: Int32, line: Int?) {
    let text = String(cString: csv_strerror(status))
    switch status {
    case CSV_EPARSE: self.init(code: .malformedQuoting, message: "libcsv error \(status): \(text)", line: line)
    case CSV_ENOMEM: self.init(code: .outOfMemory, message: "libcsv error \(status): \(text)", line: line)
    case CSV_ETOOBIG: self.init(code: .fieldTooLarge, message: "libcsv error \(status): \(text)", line: line)
    default: self.init(code: .io, message: "libcsv error \(status): \(text)", line: line)
    }
  }

  public var description: String {
    if let line { return "line \(line): \(message)" }
    return message
  }
}
