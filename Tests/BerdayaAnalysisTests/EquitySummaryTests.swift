import Testing

@testable import BerdayaAnalysis

/// Hand-computed cases; the 3-unit values were also checked in Python from the formulas.
@Suite("EquitySummary")
struct EquitySummaryTests {
  private func close(_ a: Double?, _ b: Double, _ tolerance: Double = 1e-12) -> Bool {
    guard let a else { return false }
    return abs(a - b) <= tolerance
  }

  private func units(_ pairs: [(Int, Int)]) -> [EquityUnit] {
    pairs.map { EquityUnit(reached: $0.0, registered: $0.1) }
  }

  /// A: 2/10 = 0.2, B: 9/30 = 0.3, C: 1/20 = 0.05, D: nothing registered.
  /// W = 60, μ = 12/60 = 0.2, p = (1/6, 1/2, 1/3).
  @Test("a 3-unit case, every measure by hand")
  func threeUnits() throws {
    let s = try #require(EquitySummary(units: units([(2, 10), (9, 30), (1, 20), (0, 0)])))
    #expect(s.unitsCounted == 3)
    #expect(s.unitsExcluded == 1)
    #expect(s.reachedTotal == 12 && s.registeredTotal == 60)
    #expect(close(s.regionalRate, 0.2))
    #expect(s.bestUnit == 1 && close(s.bestRate, 0.3))
    #expect(s.worstUnit == 2 && close(s.worstRate, 0.05))
    #expect(close(s.difference, 0.25))
    #expect(close(s.ratio, 6))
    // Pairs: 10·30·0.1 + 10·20·0.15 + 30·20·0.25 = 30 + 30 + 150 = 210; double sum 420;
    // G = 420 / (2 · 3600 · 0.2) = 7/24.
    #expect(close(s.gini, 7.0 / 24.0))
    // T = 1/6·1·ln 1 + 1/2·1.5·ln 1.5 + 1/3·0.25·ln 0.25
    #expect(close(s.theil, 0.18857430098779893))
    // MDB = 1/6·0.1 + 1/2·0 + 1/3·0.25 = 0.1 = PAR = 0.3 − 0.2; PAF = 0.1 / 0.2.
    #expect(close(s.meanDifferenceFromBest, 0.1))
    #expect(close(s.populationAttributableRisk, 0.1))
    #expect(close(s.populationAttributableFraction, 0.5))
    #expect(s.zeroReachUnits == 0)
    #expect(s.topReachUnit == 1)
    #expect(close(s.topReachShare, 0.75))
  }

  @Test("equal rates: no inequality")
  func equalRates() throws {
    let s = try #require(EquitySummary(units: units([(1, 10), (3, 30), (2, 20)])))
    #expect(s.gini == 0)
    #expect(s.theil == 0)
    #expect(s.difference == 0)
    #expect(s.ratio == 1)
    #expect(s.meanDifferenceFromBest == 0)
    #expect(abs(s.populationAttributableRisk) < 1e-15)
    #expect(s.zeroReachUnits == 0)
    #expect(close(s.topReachShare, 0.5))
    // Ties go to the first unit.
    #expect(s.bestUnit == 0 && s.worstUnit == 0)
  }

  @Test("all reach in one unit of equal-sized units: G = (n−1)/n, T = ln n")
  func concentratedEqualWeights() throws {
    let s = try #require(
      EquitySummary(units: units([(0, 10), (0, 10), (3, 10), (0, 10), (0, 10)])))
    #expect(close(s.gini, 0.8))
    #expect(close(s.theil, 1.6094379124341003))  // ln 5
    #expect(s.topReachUnit == 2)
    #expect(s.topReachShare == 1)
    #expect(s.zeroReachUnits == 4)
    #expect(s.ratio == nil)
    #expect(s.bestUnit == 2 && s.worstUnit == 0)
  }

  /// Reach only in the unit with weight share p = 20/200 = 0.1: G = 1 − p, T = ln(1/p).
  @Test("all reach in one unit of unequal units")
  func concentratedUnequalWeights() throws {
    let s = try #require(
      EquitySummary(units: units([(0, 10), (5, 20), (0, 30), (0, 40), (0, 100)])))
    #expect(close(s.gini, 0.9))
    #expect(close(s.theil, 2.302585092994046))  // ln 10
    #expect(s.topReachShare == 1)
    #expect(s.zeroReachUnits == 4)
    #expect(close(s.regionalRate, 0.025))
    // PAR = 0.25 − 0.025; PAF = 0.225 / 0.025 = 9.
    #expect(close(s.populationAttributableRisk, 0.225))
    #expect(close(s.meanDifferenceFromBest, 0.225))
    #expect(close(s.populationAttributableFraction, 9))
    #expect(close(s.difference, 0.25))
  }

  @Test("nothing reached: inequality measures undefined, counts still given")
  func nothingReached() throws {
    let s = try #require(EquitySummary(units: units([(0, 10), (0, 5)])))
    #expect(s.gini == nil && s.theil == nil && s.ratio == nil)
    #expect(s.populationAttributableFraction == nil)
    #expect(s.topReachShare == nil && s.topReachUnit == nil)
    #expect(s.zeroReachUnits == 2)
    #expect(s.difference == 0 && s.populationAttributableRisk == 0)
  }

  @Test("nothing registered: no summary")
  func nothingRegistered() {
    #expect(EquitySummary(units: []) == nil)
    #expect(EquitySummary(units: units([(0, 0), (0, 0)])) == nil)
  }

  @Test("one unit: no inequality")
  func oneUnit() throws {
    let s = try #require(EquitySummary(units: units([(0, 0), (4, 8)])))
    #expect(s.unitsCounted == 1 && s.unitsExcluded == 1)
    #expect(s.gini == 0 && s.theil == 0 && s.difference == 0)
    #expect(s.bestUnit == 1 && s.topReachUnit == 1 && s.topReachShare == 1)
  }

  @Test("Gini and Theil do not depend on the order of units or the scale of coverage")
  func invariance() throws {
    let base = [(2, 10), (9, 30), (1, 20), (7, 11)]
    let a = try #require(EquitySummary(units: units(base)))
    let b = try #require(EquitySummary(units: units(base.reversed())))
    #expect(close(a.gini, b.gini ?? -1) && close(a.theil, b.theil ?? -1))
    // Doubling every base halves every rate: Gini and Theil are scale-free, the difference halves.
    let c = try #require(EquitySummary(units: units(base.map { ($0.0, $0.1 * 2) })))
    #expect(close(a.gini, c.gini ?? -1) && close(a.theil, c.theil ?? -1))
    #expect(close(c.difference, a.difference / 2))
    #expect(close(a.meanDifferenceFromBest, a.populationAttributableRisk))
  }

  @Test("every measure has a definition in both languages")
  func definitions() {
    #expect(EquitySummary.definitions.count == EquityMeasure.allCases.count)
    #expect(Set(EquitySummary.definitions.map(\.id)).count == EquityMeasure.allCases.count)
    for definition in EquitySummary.definitions {
      #expect(!definition.nameID.isEmpty && !definition.nameEN.isEmpty)
      #expect(
        !definition.textID.isEmpty && !definition.textEN.isEmpty && !definition.formula.isEmpty)
    }
    #expect(EquitySummary.definition(of: .gini).formula.contains("2 W^2 mu"))
  }
}
