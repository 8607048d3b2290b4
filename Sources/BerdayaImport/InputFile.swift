import BerdayaModel

/// One input file as a user names it: path, kind, and for workbooks which sheets to read.
public struct InputFile: Hashable, Sendable {
  public var path: String
  public var kind: RecordKind
  /// Sheet names or 0-based indices as text; empty = every visible sheet whose header matches.
  public var sheets: [String]
  /// Raw header text -> canonical column, for headers the built-in aliases do not know.
  public var headerOverrides: [String: CanonicalColumn]
  /// Count tables: fields to take from the title line or file name when no column holds them.
  public var titleFields: Set<TitleField>
  /// Where the file comes from (publisher, portal, dataset id), cited in the report's method part.
  public var source: String?

  public init(
    path: String, kind: RecordKind, sheets: [String] = [], headerOverrides: [String: CanonicalColumn] = [:],
    titleFields: Set<TitleField> = [], source: String? = nil
  ) {
    self.path = path
    self.kind = kind
    self.sheets = sheets
    self.headerOverrides = headerOverrides
    self.titleFields = titleFields
    self.source = source
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
