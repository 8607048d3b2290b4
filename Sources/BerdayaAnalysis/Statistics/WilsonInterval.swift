/// The Wilson score interval for a binomial proportion: the uncertainty of every published rate.
///
/// - Numerator: successes k (e.g. enterprises reached).
/// - Denominator: trials n (e.g. binaan registered); `nil` when n = 0.
/// - Unit: a pair of fractions in [0, 1].
/// - Formula, with p̂ = k/n and z the two-sided critical value (1.959963984540054 at 95%):
///
///       centre = (p̂ + z²/(2n)) / (1 + z²/n)
///       half   = z / (1 + z²/n) · √(p̂(1 − p̂)/n + z²/(4n²))
///       (lower, upper) = (centre − half, centre + half)
///
/// Unlike the normal (Wald) interval it never leaves [0, 1] and is not zero-width at 0 or n, so a
/// kecamatan with 3 of 4 enterprises reached is not read as "75%, certain" (DOMAIN.md). The bounds
/// are pinned to exactly 0 at k = 0 and exactly 1 at k = n, where the formula is exact in theory
/// but floating point can land an ulp away.
public enum WilsonInterval {
  /// The definition printed in the method section.
  public static let definition = StatisticDefinition(
    id: "wilson_95",
    nameID: "Interval Wilson 95%",
    nameEN: "95% Wilson interval",
    formula:
      "p = k/n; c = (p + z^2/(2n)) / (1 + z^2/n); h = z/(1 + z^2/n) * sqrt(p(1-p)/n + z^2/(4n^2)); "
      + "[c - h, c + h], z = 1.959964",
    textID:
      "Selang kepercayaan skor Wilson untuk proporsi k dari n; tidak keluar dari [0, 1] dan tetap "
      + "lebar pada 0 dan n, sehingga kecamatan kecil tidak dibaca berlebihan. Tidak dihitung bila n = 0.",
    textEN:
      "Wilson score confidence interval for a proportion of k out of n; it stays inside [0, 1] and "
      + "keeps a width at 0 and n, so small kecamatan are not over-read. Not computed when n = 0.")

  /// The Wilson score interval for `successes` out of `trials`, or `nil` when `trials` is 0.
  ///
  /// `successes` must lie in `0...trials`; `confidence` strictly between 0 and 1.
  public static func compute(
    successes: Int, trials: Int, confidence: Double = 0.95
  ) -> (lower: Double, upper: Double)? {
    precondition(trials >= 0, "trials is a count, got \(trials)")
    precondition(
      successes >= 0 && successes <= trials, "successes must lie in 0...\(trials), got \(successes)"
    )
    guard trials > 0 else { return nil }
    let z = StandardNormal.criticalValue(confidence: confidence)
    let n = Double(trials)
    let p = Double(successes) / n
    let z2 = z * z
    let scale = 1 + z2 / n
    let centre = (p + z2 / (2 * n)) / scale
    let half = z / scale * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot()
    let lower = successes == 0 ? 0 : max(0, centre - half)
    let upper = successes == trials ? 1 : min(1, centre + half)
    return (lower, upper)
  }
}
