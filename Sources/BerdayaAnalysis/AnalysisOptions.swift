import BerdayaModel

/// What to compute: the framework, the period, and the indicator parameters.
public struct AnalysisOptions: Sendable {
  public var framework: Framework = .friedmann
  /// Activities dated in [from, to] count; nil bounds are open. With no bounds, every activity
  /// counts, dated or not.
  public var from: CalendarDate?
  public var to: CalendarDate?
  /// Registrations count as of this date (default: `to`; with no period, every registration).
  public var asOf: CalendarDate?
  /// Days after a training within which mentoring or monitoring counts as follow-up.
  public var followUpDays = 90
  /// Days after equipment aid within which the first monitoring visit is due (seed 001).
  public var equipmentVisitDays = 45
  /// Target coverage rate for the gap-to-target indicator.
  public var target = 0.5
  /// Months after which a binaan must register again (seed 000: six).
  public var reRegistrationMonths = 6

  public init() {}

  /// The date registrations are counted at, if any.
  public var effectiveAsOf: CalendarDate? { asOf ?? to }

  /// Whether an activity on `date` falls in the period (undated activities only without a period).
  @inlinable public func inPeriod(_ date: CalendarDate?) -> Bool {
    guard from != nil || to != nil else { return true }
    guard let date else { return false }
    if let from, date < from { return false }
    if let to, date > to { return false }
    return true
  }
}
