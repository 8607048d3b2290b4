/// The composite empowerment index of a cell: the weighted mean of its dimension coverages.
///
/// - Numerator: Σ wᵢ·rᵢ over the framework's dimensions (rᵢ a coverage rate, wᵢ its weight).
/// - Denominator: Σ wᵢ.
/// - Unit: a fraction in [0, 1] when the rates are (the same unit as the rates).
/// - Formula: `index = Σ wᵢ rᵢ / Σ wᵢ`; weights are relative (equal weights by default, DOMAIN.md)
///   and are normalised here.
///
/// Unknown is not zero: if any dimension with a positive weight has an unknown rate (no
/// denominator), the index is `nil` rather than renormalised over the known dimensions, because a
/// renormalised index silently changes meaning from cell to cell and is not comparable. A
/// dimension with weight 0 is not part of the index, so its rate may be unknown.
public enum WeightedComposite {
  /// The definition printed in the method section.
  public static let definition = StatisticDefinition(
    id: "composite_index",
    nameID: "Indeks komposit",
    nameEN: "Composite index",
    formula: "sum_i(w_i * r_i) / sum_i(w_i)",
    textID:
      "Rata-rata tertimbang cakupan tiap dimensi (bobot sama secara bawaan). Tidak dihitung bila "
      + "cakupan salah satu dimensi berbobot tidak diketahui.",
    textEN:
      "Weighted mean of the dimension coverages (equal weights by default). Not computed when the "
      + "coverage of any weighted dimension is unknown.")

  /// The weighted mean of `rates`, or `nil` if a positively weighted rate is `nil`, there are no
  /// dimensions, or the weights sum to 0.
  ///
  /// `rates` and `weights` must have the same count; weights must be finite and non-negative.
  public static func index(rates: [Double?], weights: [Double]) -> Double? {
    precondition(
      rates.count == weights.count,
      "composite index: \(rates.count) rates but \(weights.count) weights")
    var weightedSum = 0.0
    var weightSum = 0.0
    for (rate, weight) in zip(rates, weights) {
      precondition(
        weight >= 0 && weight.isFinite, "composite weights must be finite and >= 0, got \(weight)")
      if weight == 0 { continue }
      guard let rate else { return nil }
      weightedSum += weight * rate
      weightSum += weight
    }
    guard weightSum > 0 else { return nil }
    return weightedSum / weightSum
  }
}
