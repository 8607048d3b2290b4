/// The outcome of small-cell suppression on a two-way table (see ``SmallCellSuppression``).
public struct SuppressionPlan: Hashable, Sendable {
  /// Per cell, why it is withheld, or `nil` when it is published; same shape as the input.
  public var reasons: [[SuppressionReason?]]
  /// Rows left with exactly one withheld cell because no other cell in them could be withheld
  /// (the rest are zeros or already withheld): their published total still reveals that cell, so
  /// the caller must withhold the row total as well. Ascending.
  public var exposedRows: [Int]
  /// Columns left with exactly one withheld cell, as ``exposedRows``. Ascending.
  public var exposedColumns: [Int]

  public init(reasons: [[SuppressionReason?]], exposedRows: [Int], exposedColumns: [Int]) {
    self.reasons = reasons
    self.exposedRows = exposedRows
    self.exposedColumns = exposedColumns
  }

  /// Cells withheld for `reason`.
  public func count(_ reason: SuppressionReason) -> Int {
    reasons.reduce(0) { sum, row in sum + row.count { $0 == reason } }
  }
}
