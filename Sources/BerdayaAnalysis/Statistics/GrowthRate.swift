/// Growth of a count between two dates: the trend figures (registered enterprises per year end).
///
/// - Numerator: the change `to − from` (relative), or the ratio `to / from` (compound annual).
/// - Denominator: the starting count `from`.
/// - Unit: a fraction per period (0.158 = +15.8%); compound annual growth is per year.
/// - Formulas:
///
///       relative       = (to − from) / from
///       compoundAnnual = (to / from)^(1/years) − 1
///
/// Both are `nil` when `from` is not positive (growth from nothing has no rate) or an input is
/// not finite. DOMAIN.md pins Medan's binaan 1,284 → 1,487 = +15.8% and 1,320 → 1,487 = +12.7%,
/// the figures the paper's own table gives (its text says +36% and +167%; the report shows both).
public enum GrowthRate {
  /// Definition of the relative change, for the method section.
  public static let relativeDefinition = StatisticDefinition(
    id: "growth_relative",
    nameID: "Pertumbuhan",
    nameEN: "Growth",
    formula: "(to - from) / from",
    textID:
      "Perubahan relatif jumlah dari tahun awal ke tahun akhir, dalam persen dari jumlah awal; "
      + "tidak dihitung bila jumlah awal 0.",
    textEN:
      "Relative change of a count from the first year to the last, as a percent of the first; "
      + "not computed when the first count is 0.")

  /// Definition of the compound annual growth rate, for the method section.
  public static let compoundAnnualDefinition = StatisticDefinition(
    id: "growth_compound_annual",
    nameID: "Pertumbuhan majemuk tahunan",
    nameEN: "Compound annual growth",
    formula: "(to / from)^(1 / years) - 1",
    textID:
      "Laju pertumbuhan tahunan tetap yang membawa jumlah awal ke jumlah akhir dalam rentang "
      + "tahun yang diberikan; tidak dihitung bila jumlah awal 0.",
    textEN:
      "The constant yearly rate that takes the first count to the last over the given number of "
      + "years; not computed when the first count is 0.")

  /// `(to − from) / from`, or `nil` when `from` is not positive or an input is not finite.
  public static func relative(from: Double, to: Double) -> Double? {
    guard from > 0, from.isFinite, to.isFinite else { return nil }
    return (to - from) / from
  }

  /// `(to − from) / from` for counts, or `nil` when `from` is 0.
  public static func relative(from: Int, to: Int) -> Double? {
    relative(from: Double(from), to: Double(to))
  }

  /// `(to / from)^(1/years) − 1`, or `nil` when `from` or `years` is not positive, `to` is
  /// negative, or an input is not finite.
  ///
  /// `years` may be fractional (data to July: 1.5 years from one year end).
  public static func compoundAnnual(from: Double, to: Double, years: Double) -> Double? {
    guard from > 0, to >= 0, years > 0, from.isFinite, to.isFinite, years.isFinite else {
      return nil
    }
    if years == 1 { return (to - from) / from }
    return Libm.pow(to / from, 1 / years) - 1
  }

  /// `(to / from)^(1/years) − 1` for counts, or `nil` when `from` is 0 or `years` not positive.
  public static func compoundAnnual(from: Int, to: Int, years: Double) -> Double? {
    compoundAnnual(from: Double(from), to: Double(to), years: years)
  }
}
