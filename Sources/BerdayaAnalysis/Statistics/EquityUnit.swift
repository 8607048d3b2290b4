/// One unit (a kecamatan) in an equity comparison: its reach and its base for one dimension.
///
/// The same two counts as a ``Proportion``, named for what ``EquitySummary`` does with them: the
/// base is also the unit's weight.
public struct EquityUnit: Hashable, Sendable {
  /// Distinct enterprises reached (the rate's numerator).
  public var reached: Int
  /// Enterprises registered (the rate's denominator and the unit's weight).
  public var registered: Int

  /// Creates a unit from two non-negative counts.
  public init(reached: Int, registered: Int) {
    precondition(reached >= 0, "reached is a count, got \(reached)")
    precondition(registered >= 0, "registered is a count, got \(registered)")
    self.reached = reached
    self.registered = registered
  }

  /// The unit's reach as a proportion of its registered enterprises.
  public var proportion: Proportion { Proportion(numerator: reached, denominator: registered) }
}
