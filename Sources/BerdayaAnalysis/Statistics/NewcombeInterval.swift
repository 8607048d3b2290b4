/// Newcombe's hybrid score interval for a difference of two independent proportions: the
/// uncertainty of a coverage change between two projects or periods (`berdaya compare`).
///
/// - Numerator: the difference d = p₂ − p₁ of two rates (e.g. coverage in 2022 minus 2021).
/// - Denominators: the two bases n₁, n₂; `nil` when either is 0.
/// - Unit: a pair of fractions in [−1, 1].
/// - Formula (Newcombe 1998, method 10), with (l₁, u₁) and (l₂, u₂) the Wilson intervals of p₁, p₂:
///
///       lower = d − √((p₂ − l₂)² + (u₁ − p₁)²)
///       upper = d + √((u₂ − p₂)² + (p₁ − l₁)²)
///
/// It inherits the Wilson interval's good coverage at small n and at 0 or n, where the Wald
/// interval of a difference collapses or leaves [−1, 1]. The two samples are treated as
/// independent, which overstates the width when the same enterprises appear in both periods.
public enum NewcombeInterval {
  /// The definition printed in the comparison's method note.
  public static let definition = StatisticDefinition(
    id: "newcombe_95",
    nameID: "Interval Newcombe 95% untuk selisih",
    nameEN: "95% Newcombe interval of a difference",
    formula: "d = p2 - p1; [d - sqrt((p2-l2)^2 + (u1-p1)^2), d + sqrt((u2-p2)^2 + (p1-l1)^2)], (l, u) = Wilson 95%",
    textID:
      "Selang skor hibrida Newcombe untuk selisih dua proporsi, dibangun dari interval Wilson kedua "
      + "proporsi; kedua periode diperlakukan sebagai sampel yang saling bebas.",
    textEN:
      "Newcombe's hybrid score interval for a difference of two proportions, built from the Wilson "
      + "intervals of both; the two periods are treated as independent samples.")

  /// The interval of `second − first`, or `nil` when either denominator is 0 or a numerator
  /// exceeds its denominator.
  public static func compute(
    first: Proportion, second: Proportion, confidence: Double = 0.95
  ) -> (lower: Double, upper: Double)? {
    guard let p1 = first.value, let p2 = second.value,
      let (l1, u1) = first.wilsonInterval(confidence: confidence),
      let (l2, u2) = second.wilsonInterval(confidence: confidence)
    else { return nil }
    let d = p2 - p1
    let lower = d - ((p2 - l2) * (p2 - l2) + (u1 - p1) * (u1 - p1)).squareRoot()
    let upper = d + ((u2 - p2) * (u2 - p2) + (p1 - l1) * (p1 - l1)).squareRoot()
    return (max(-1, lower), min(1, upper))
  }
}
