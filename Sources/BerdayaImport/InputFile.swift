import BerdayaModel

/// One input file as a user names it: path, kind, and for workbooks which sheets to read.
public struct InputFile: Hashable, Sendable {
  public var path: String
  public var kind: RecordKind
  /// Sheet names or 0-based indices as text; empty = every visible sheet whose header matches.
  public var sheets: [String]
  /// Raw header text -> canonical column, for headers the built-in aliases do not know.
  public var headerOverrides: [String: CanonicalColumn]

  public init(path: String, kind: RecordKind, sheets: [String] = [], headerOverrides: [String: CanonicalColumn] = [:]) {
    self.path = path
    self.kind = kind
    self.sheets = sheets
    self.headerOverrides = headerOverrides
  }

  /// The file format, from the extension.
  public var format: Format {
    switch path.split(separator: ".").last?.lowercased() {
    case "xlsx", "xlsm": .xlsx
    case "xls": .xls
    default: .csv
    }
  }

  public enum Format: String, Sendable { case csv, xlsx, xls }
}
