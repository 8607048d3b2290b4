import BerdayaAnalysis

/// What a report of count tables shows besides the counts: the units and their codes, the checks
/// made on the files, and where each file comes from. Built by the CLI from the import.
public struct CountReportInput: Sendable {
  /// One count table as the method part cites it.
  public struct Source: Hashable, Sendable {
    /// The path relative to the project.
    public var path: String
    /// Publisher, portal and dataset as the project names them; nil when the project gives none.
    public var citation: String?
    public var rowsRead: Int
    public var accepted: Int
    public var sha256: String
    /// Fields taken from outside the table: `tahun: 2023 (title line)`.
    public var titleFields: [String]

    public init(path: String, citation: String?, rowsRead: Int, accepted: Int, sha256: String, titleFields: [String]) {
      self.path = path
      self.citation = citation
      self.rowsRead = rowsRead
      self.accepted = accepted
      self.sha256 = sha256
      self.titleFields = titleFields
    }
  }

  /// The table analysed (the first count table, with any later ones that add units or years).
  public var analysis: CountTableAnalysis
  /// Unit name -> Kemendagri code, for every unit that resolved.
  public var unitCodes: [String: String]
  /// Unit names as written that resolved to no Kemendagri unit of the region.
  public var unresolvedUnits: [String]
  /// Units of the region the table does not mention.
  public var missingUnits: [String]
  public var sources: [Source]
  /// Totals the files state, checked: messages of those that disagree, and how many were checked.
  public var totalsChecked: Int
  public var totalsDisagreeing: [String]
  /// Later tables covering the same units and years as the first, compared with it, not added.
  public var comparisons: [(path: String, comparison: CountTableComparison)]

  public init(
    analysis: CountTableAnalysis, unitCodes: [String: String], unresolvedUnits: [String], missingUnits: [String],
    sources: [Source], totalsChecked: Int, totalsDisagreeing: [String],
    comparisons: [(path: String, comparison: CountTableComparison)]
  ) {
    self.analysis = analysis
    self.unitCodes = unitCodes
    self.unresolvedUnits = unresolvedUnits
    self.missingUnits = missingUnits
    self.sources = sources
    self.totalsChecked = totalsChecked
    self.totalsDisagreeing = totalsDisagreeing
    self.comparisons = comparisons
  }
}
