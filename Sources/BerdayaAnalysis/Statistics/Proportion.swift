/// A count over a base: the shape of every rate the reports publish.
///
/// - Numerator: the enterprises that have the property (e.g. reached by a dimension).
/// - Denominator: the enterprises at risk (e.g. binaan registered in the cell).
/// - Unit: a fraction in [0, 1] (reports format it as a percent).
/// - Formula: `value = numerator / denominator`; `nil` when the denominator is 0 (no base, no
///   rate: unknown is not zero).
///
/// The counts are kept next to the rate so that no figure stands without its base (issue 6).
/// A numerator above the denominator is allowed (an external population count can fall short of
/// the binaan reached), but such a value has no binomial interval.
public struct Proportion: Hashable, Sendable {
  /// The count with the property.
  public var numerator: Int
  /// The base the count is taken over.
  public var denominator: Int

  /// Creates a proportion of two non-negative counts.
  public init(numerator: Int, denominator: Int) {
    precondition(numerator >= 0, "a proportion's numerator is a count, got \(numerator)")
    precondition(denominator >= 0, "a proportion's denominator is a count, got \(denominator)")
    self.numerator = numerator
    self.denominator = denominator
  }

  /// `numerator / denominator`, or `nil` when the denominator is 0.
  public var value: Double? {
    denominator == 0 ? nil : Double(numerator) / Double(denominator)
  }

  /// The Wilson score interval of the proportion (see ``WilsonInterval``), or `nil` when the
  /// denominator is 0 or the numerator exceeds it.
  public func wilsonInterval(confidence: Double = 0.95) -> (lower: Double, upper: Double)? {
    guard numerator <= denominator else { return nil }
    return WilsonInterval.compute(successes: numerator, trials: denominator, confidence: confidence)
  }
}
