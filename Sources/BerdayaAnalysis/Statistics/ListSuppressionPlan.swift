/// The outcome of small-cell suppression on a list with a published total.
public struct ListSuppressionPlan: Hashable, Sendable {
  /// Per entry, why it is withheld, or `nil` when it is published; same count as the input.
  public var reasons: [SuppressionReason?]
  /// True when exactly one entry is withheld and no other could be: the published total then
  /// reveals it, so the caller must withhold the total as well.
  public var isExposed: Bool

  public init(reasons: [SuppressionReason?], isExposed: Bool) {
    self.reasons = reasons
    self.isExposed = isExposed
  }

  /// Entries withheld for `reason`.
  public func count(_ reason: SuppressionReason) -> Int {
    reasons.count { $0 == reason }
  }
}
