import BerdayaAnalysis
import BerdayaModel

/// Everything a report shows besides the indicators: what was read, how, and with which options.
///
/// Built by the CLI from the import summaries (BerdayaReport does not depend on the importer).
/// Holds no personal data: counts, file names, hashes and reasons only.
public struct ReportContext: Sendable {
  /// One input file as the method section lists it.
  public struct InputFileInfo: Hashable, Sendable {
    public var path: String
    public var kind: RecordKind
    public var sheets: [String]
    public var bytes: Int
    public var sha256: String
    public var rowsRead: Int
    public var accepted: Int
    public var quarantined: Int
    public var quarantinedByReason: [String: Int]
    /// Values read as unknown (kept rows), per reason.
    public var valueIssuesByReason: [String: Int]

    public init(
      path: String, kind: RecordKind, sheets: [String], bytes: Int, sha256: String, rowsRead: Int, accepted: Int,
      quarantined: Int, quarantinedByReason: [String: Int], valueIssuesByReason: [String: Int]
    ) {
      self.path = path
      self.kind = kind
      self.sheets = sheets
      self.bytes = bytes
      self.sha256 = sha256
      self.rowsRead = rowsRead
      self.accepted = accepted
      self.quarantined = quarantined
      self.quarantinedByReason = quarantinedByReason
      self.valueIssuesByReason = valueIssuesByReason
    }
  }

  public var title: String
  /// The region's name and Kemendagri code ("Kota Medan", "12.71"), when known.
  public var regionName: String?
  public var regionCode: String?
  /// The word for the unit of the tables: "kecamatan" (a city or regency), "kabupaten/kota" (a province).
  public var unitLabel: String = "kecamatan"
  public var language: ReportLanguage = .indonesian
  /// Cells whose denominator is below this are suppressed in published outputs (0 = off).
  public var minCell: Int = 5
  public var inputs: [InputFileInfo] = []
  /// Registry rows merged into another enterprise, and rows listed as possible duplicates.
  public var mergedDuplicateRows: Int = 0
  public var possibleDuplicateGroups: Int = 0
  /// Activities linked per method ("no_registrasi", "nib", "nik", "nama_usaha+kelurahan", "unmatched").
  public var linkage: [String: Int] = [:]
  /// Normalisation decisions per field and method (e.g. "kecamatan" -> ["fuzzy": 3]).
  public var normalisation: [String: [String: Int]] = [:]
  /// Tool version, options and the one command that re-runs this report.
  public var toolVersion: String = "0.1.0"
  public var options: [String: String] = [:]
  public var command: String = ""
  /// The date printed as the report's date (taken from the data, never the clock).
  public var reportDate: CalendarDate?

  public init(title: String) { self.title = title }
}
