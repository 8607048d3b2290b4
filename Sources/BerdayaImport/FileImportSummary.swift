import BerdayaModel

/// What importing one file did: counts that reconcile, and every issue with its place.
public struct FileImportSummary: Sendable {
  /// One table read: a CSV file, or one sheet of a workbook.
  public struct Table: Sendable {
    public var sheet: String?
    /// 1-based row number of the (last) header row.
    public var headerRow: Int
    /// Header text -> canonical column, in column order.
    public var columns: [(header: String, column: CanonicalColumn)]
    public var unmappedHeaders: [String]
    public var titleRows: Int
    public var dataRows: Int
    public var blankRows: Int
    /// Rows recognised as totals ("JUMLAH", "TOTAL"): not data, not enterprises.
    public var totalsRows: Int
    /// For count tables: the line of each totals row and the count it states (the importer
    /// sums the rows above it to check it).
    public var statedTotals: [(line: Int, stated: Int?)] = []
  }

  public var path: String
  public var kind: RecordKind
  public var format: InputFile.Format
  public var encoding: String?
  public var delimiter: String?
  public var tables: [Table] = []
  /// Sheets passed over, with the reason (hidden, no matching header).
  public var skippedSheets: [(sheet: String, reason: String)] = []
  /// Data rows: every row under a header that is not blank and not a totals row.
  public var rowsRead = 0
  public var accepted = 0
  public var quarantined = 0
  /// Problems: those with `quarantinesRow` set the row aside; the others made one value unknown.
  public var issues: [ImportIssue] = []
  /// Fields re-read as Windows-1252 because they were not valid UTF-8.
  public var reDecodedFields = 0
  /// Count tables: every total the file states, checked against the sum of its parts.
  public var totalsChecks: [StatedTotal] = []
  /// Count tables: values taken from outside the table (`tahun` -> `2023 (title line)`), when
  /// the user asked for it with `--title-fields`.
  public var titleFields: [(field: String, value: String)] = []

  public init(path: String, kind: RecordKind, format: InputFile.Format) {
    self.path = path
    self.kind = kind
    self.format = format
  }

  /// Quarantined rows per reason (one reason per quarantined row: the first found).
  public var quarantinedByReason: [String: Int] {
    var counts: [String: Int] = [:]
    var seen = Set<SourceLocation>()
    for issue in issues where issue.quarantinesRow {
      var rowKey = issue.location
      rowKey.column = nil
      guard seen.insert(rowKey).inserted else { continue }
      counts[issue.reason, default: 0] += 1
    }
    return counts
  }

  /// rows read = accepted + quarantined, checked before anything is written.
  public var reconciles: Bool { rowsRead == accepted + quarantined }
}
