/// One published claim checked against the data: the published and the computed value, their
/// difference and the verdict (`berdaya reproduce`).
public struct ClaimCheck: Sendable {
  /// What the value measures, which decides how it is written.
  public enum Unit: String, Sendable {
    /// Enterprises, activities, participations: `1.284`.
    case count
    /// A rate or growth as a fraction: `0.158` is written `+15,8%`, a difference in percentage points.
    case fraction
    /// Rupiah: `Rp 15.000.000`.
    case rupiah
  }

  /// The outcome of the check.
  public enum Verdict: Sendable, Equatable {
    /// |computed − published| ≤ tolerance.
    case matches
    case differs
    /// The data cannot give the figure; the reason in Indonesian and English.
    case cannotBeComputed(reasonID: String, reasonEN: String)

    /// The machine-readable name: `matches`, `differs`, `cannot_be_computed`.
    public var code: String {
      switch self {
      case .matches: "matches"
      case .differs: "differs"
      case .cannotBeComputed: "cannot_be_computed"
      }
    }
  }

  public var id: String
  /// Where the figure was published (study, table or page).
  public var source: String
  public var indicator: String
  /// The claim's keys as `name=value`, sorted by name.
  public var keys: [String]
  public var unit: Unit
  public var published: Double
  /// nil when the figure cannot be computed.
  public var computed: Double?
  public var tolerance: Double
  public var verdict: Verdict

  /// Compares `computed` with `published`; nil `computed` needs a reason.
  public init(
    id: String, source: String, indicator: String, keys: [String], unit: Unit, published: Double, computed: Double?,
    tolerance: Double, reasonID: String = "", reasonEN: String = ""
  ) {
    self.id = id
    self.source = source
    self.indicator = indicator
    self.keys = keys
    self.unit = unit
    self.published = published
    self.computed = computed
    self.tolerance = tolerance
    if let computed {
      // The epsilon absorbs binary rounding of decimal tolerances (0.36 ± 0.005).
      verdict = abs(computed - published) <= tolerance + 1e-9 ? .matches : .differs
    } else {
      verdict = .cannotBeComputed(reasonID: reasonID, reasonEN: reasonEN)
    }
  }

  /// computed − published, when computed.
  public var difference: Double? { computed.map { $0 - published } }
}
