/// A fault in an alias file (sector or programme-kind aliases), naming the file and line.
public struct AliasFileError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file's name or path as the user gave it.
  public let file: String
  /// 1-based physical line; 0 when the fault is the whole file (unreadable).
  public let line: Int
  public let message: String

  public init(file: String, line: Int, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  /// `file:line: error: message`, the form editors and CI understand.
  public var description: String {
    line > 0 ? "\(file):\(line): error: \(message)" : "\(file): error: \(message)"
  }
}
