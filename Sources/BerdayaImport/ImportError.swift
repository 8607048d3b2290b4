import BerdayaModel

/// A file that cannot be read at all: one clear line naming the file and the reason.
///
/// Row-level problems are not errors: they become `ImportIssue`s and the row is quarantined.
public struct ImportError: Error, Hashable, Sendable, CustomStringConvertible {
  public var file: String
  public var sheet: String?
  public var reason: String

  public init(file: String, sheet: String? = nil, reason: String) {
    self.file = file
    self.sheet = sheet
    self.reason = reason
  }

  /// `file[:sheet]: error: reason`, as diagnostics print.
  public var description: String {
    let place = sheet.map { "\(file)[\($0)]" } ?? file
    return "\(place): error: \(reason)"
  }
}
