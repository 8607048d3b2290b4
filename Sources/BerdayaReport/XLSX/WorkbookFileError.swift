#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file-system failure around a workbook (the final rename), with the C `errno` and its text.
public struct WorkbookFileError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file the workbook was meant to become.
  public var path: String
  /// What was being done.
  public var operation: String
  /// `errno` after the failing call.
  public var code: Int32

  public init(path: String, operation: String, code: Int32) {
    self.path = path
    self.operation = operation
    self.code = code
  }

  public var description: String {
    "\(operation) \(path) failed: " + String(cString: strerror(code)) + " (errno \(code))"
  }
}
