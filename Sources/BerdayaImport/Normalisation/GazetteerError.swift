/// Why the gazetteer's data could not be loaded.
public enum GazetteerError: Error, Hashable, Sendable, CustomStringConvertible {
  /// A resource file is not in the bundle (a packaging fault).
  case missingResource(String)
  /// A file could not be read.
  case unreadable(file: String, reason: String)
  /// A line is not `code<TAB>name` with a code of the file's level.
  case malformedLine(file: String, line: Int, reason: String)

  public var description: String {
    switch self {
    case .missingResource(let name): "gazetteer resource \(name) is missing from the bundle"
    case .unreadable(let file, let reason): "\(file): error: cannot read the gazetteer file: \(reason)"
    case .malformedLine(let file, let line, let reason): "\(file):\(line): error: \(reason)"
    }
  }
}
