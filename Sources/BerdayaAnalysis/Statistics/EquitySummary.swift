/// How evenly one dimension's coverage is spread across units (kecamatan): WHO HEAT-style summary
/// measures of inequality.
///
/// - Numerators: reached_j, the distinct enterprises a dimension reached in unit j.
/// - Denominators: registered_j, the binaan registered in unit j, which are also the weights.
/// - Units: rates and rate differences are fractions (shown as percent / percentage points);
///   the ratio, Gini, Theil and PAF are unitless; the counts are numbers of units.
/// - Formulas (r_j = reached_j/registered_j, w_j = registered_j, W = Σ w_j, p_j = w_j/W,
///   μ = Σ reached_j / W; best = the highest r_j, worst = the lowest):
///
///       difference = r_best − r_worst                 ratio = r_best / r_worst
///       Gini       = Σ_i Σ_j w_i w_j |r_i − r_j| / (2 W² μ)
///       Theil      = Σ_j p_j (r_j/μ) ln(r_j/μ)        (0 ln 0 = 0)
///       MDB        = Σ_j p_j |r_j − r_best|
///       PAR        = r_best − μ                       PAF = PAR / μ
///       zero reach = #{ j : reached_j = 0 }           top share = max_j reached_j / Σ_j reached_j
///
/// Only units with registered > 0 take part: a unit with no binaan has no rate (unknown is not
/// zero), and is counted in ``unitsExcluded`` instead. Ties for best, worst and top reach go to the
/// unit that comes first in the input, so the result does not depend on hashing.
///
/// The Theil index is HEAT's, where r_j/μ is the unit's rate relative to the regional one; written
/// with raw rates (Σ p_j r_j ln(r_j/μ)) it would be μ times HEAT's value and change with the
/// overall level of coverage. With the best unit as reference, MDB equals PAR by construction
/// (every unit is at or below the best); both are reported because HEAT reports both.
///
/// The Gini sum runs over pairs, O(n²) for n units: n is the number of kecamatan (a few dozen), and
/// the pairwise form gives exactly 0 for equal rates, which a sorted O(n log n) form does not.
public struct EquitySummary: Hashable, Sendable {
  /// Units with registered > 0, the ones every measure is computed over.
  public var unitsCounted: Int
  /// Units left out because nothing is registered in them.
  public var unitsExcluded: Int
  /// Σ reached over the counted units.
  public var reachedTotal: Int
  /// Σ registered over the counted units (W).
  public var registeredTotal: Int
  /// μ = reachedTotal / registeredTotal, the regional rate.
  public var regionalRate: Double

  /// Index (into the input) of the unit with the highest rate.
  public var bestUnit: Int
  /// The highest rate.
  public var bestRate: Double
  /// Index (into the input) of the unit with the lowest rate.
  public var worstUnit: Int
  /// The lowest rate.
  public var worstRate: Double

  /// r_best − r_worst.
  public var difference: Double
  /// r_best / r_worst, `nil` when the worst rate is 0.
  public var ratio: Double?
  /// Weighted Gini coefficient of the rates, `nil` when nothing is reached (μ = 0).
  public var gini: Double?
  /// Theil index of the rates, `nil` when nothing is reached (μ = 0).
  public var theil: Double?
  /// Σ p_j |r_j − r_best|.
  public var meanDifferenceFromBest: Double
  /// r_best − μ.
  public var populationAttributableRisk: Double
  /// PAR / μ, `nil` when μ = 0.
  public var populationAttributableFraction: Double?
  /// Counted units with nothing reached.
  public var zeroReachUnits: Int
  /// Index (into the input) of the unit with the most enterprises reached, `nil` when none is.
  public var topReachUnit: Int?
  /// max reached / Σ reached, `nil` when nothing is reached.
  public var topReachShare: Double?

  /// The definitions of all measures, in the order a method section lists them.
  public static let definitions: [StatisticDefinition] = EquityMeasure.allCases.map(\.definition)

  /// The definition of one measure.
  public static func definition(of measure: EquityMeasure) -> StatisticDefinition {
    measure.definition
  }

  /// Summarises `units`; `nil` when no unit has anything registered.
  ///
  /// The indices in the result (``bestUnit``, ``worstUnit``, ``topReachUnit``) point into `units`.
  public init?(units: [EquityUnit]) {
    // Counted units as (input index, reached, weight, rate).
    var counted: [(index: Int, reached: Int, weight: Double, rate: Double)] = []
    counted.reserveCapacity(units.count)
    var reachedTotal = 0
    var registeredTotal = 0
    for (index, unit) in units.enumerated() where unit.registered > 0 {
      let rate = Double(unit.reached) / Double(unit.registered)
      counted.append((index, unit.reached, Double(unit.registered), rate))
      reachedTotal += unit.reached
      registeredTotal += unit.registered
    }
    guard let first = counted.first else { return nil }

    var best = first
    var worst = first
    var top = first
    var zeroReach = 0
    for unit in counted {
      if unit.rate > best.rate { best = unit }
      if unit.rate < worst.rate { worst = unit }
      if unit.reached > top.reached { top = unit }
      if unit.reached == 0 { zeroReach += 1 }
    }

    let totalWeight = Double(registeredTotal)
    let mu = Double(reachedTotal) / totalWeight

    var pairSum = 0.0  // Σ_{i<j} w_i w_j |r_i − r_j|, half the double sum
    for i in counted.indices {
      for j in counted.indices where j > i {
        pairSum += counted[i].weight * counted[j].weight * abs(counted[i].rate - counted[j].rate)
      }
    }

    var theil = 0.0
    var distanceFromBest = 0.0
    for unit in counted {
      if unit.rate > 0 && mu > 0 {
        let relative = unit.rate / mu
        theil += unit.weight * relative * Libm.log(relative)
      }
      distanceFromBest += unit.weight * abs(unit.rate - best.rate)
    }

    self.unitsCounted = counted.count
    self.unitsExcluded = units.count - counted.count
    self.reachedTotal = reachedTotal
    self.registeredTotal = registeredTotal
    self.regionalRate = mu
    self.bestUnit = best.index
    self.bestRate = best.rate
    self.worstUnit = worst.index
    self.worstRate = worst.rate
    self.difference = best.rate - worst.rate
    self.ratio = worst.rate > 0 ? best.rate / worst.rate : nil
    // 2 · pairSum is the double sum, so G = 2 · pairSum / (2 W² μ) = pairSum / (W² μ).
    self.gini = mu > 0 ? pairSum / (totalWeight * totalWeight * mu) : nil
    self.theil = mu > 0 ? theil / totalWeight : nil
    self.meanDifferenceFromBest = distanceFromBest / totalWeight
    self.populationAttributableRisk = best.rate - mu
    self.populationAttributableFraction = mu > 0 ? (best.rate - mu) / mu : nil
    self.zeroReachUnits = zeroReach
    self.topReachUnit = reachedTotal > 0 ? top.index : nil
    self.topReachShare = reachedTotal > 0 ? Double(top.reached) / Double(reachedTotal) : nil
  }
}
