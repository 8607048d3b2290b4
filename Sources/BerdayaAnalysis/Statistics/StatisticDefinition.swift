/// A printable definition of one statistic, for the method section of a report.
///
/// Every kernel in this folder publishes one (or one per measure) so that the report prints the
/// formula that was actually computed, in Indonesian and English, rather than a paraphrase kept
/// somewhere else.
public struct StatisticDefinition: Hashable, Sendable {
  /// Stable identifier used in file columns and JSON (`gini`, `wilson_95`).
  public var id: String
  /// Short name in Indonesian.
  public var nameID: String
  /// Short name in English.
  public var nameEN: String
  /// The formula in plain text (ASCII plus Greek letters and Σ), the same in both languages.
  public var formula: String
  /// One or two sentences in Indonesian: what it measures, its unit, and edge cases.
  public var textID: String
  /// The same in English.
  public var textEN: String

  public init(
    id: String, nameID: String, nameEN: String, formula: String, textID: String, textEN: String
  ) {
    self.id = id
    self.nameID = nameID
    self.nameEN = nameEN
    self.formula = formula
    self.textID = textID
    self.textEN = textEN
  }
}
