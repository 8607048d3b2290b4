internal import CXLSXWriter

/// A libxlsxwriter failure: the C error code, its message, and what we were doing.
///
/// Prints as `xlsxwriter error 23: Worksheet row or column index out of range. - while writing Summary!C14`.
public struct XLSXWriterError: Error, Hashable, Sendable, CustomStringConvertible {
  public var code: Int32
  public var message: String
  public var operation: String

  init(code: lxw_error, operation: String) {
    self.code = Int32(code.rawValue)
    self.message = String(cString: lxw_strerror(code))
    self.operation = operation
  }

  public init(code: Int32, message: String, operation: String) {
    self.code = code
    self.message = message
    self.operation = operation
  }

  public var description: String { "xlsxwriter error \(code): \(message) - while \(operation)" }
}
