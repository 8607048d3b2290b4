import Testing

@testable import BerdayaAnalysis

/// Reference values: Python's `statistics.NormalDist().inv_cdf`, which implements the same AS241.
@Suite("StandardNormal")
struct StandardNormalTests {
  @Test(
    "quantile matches AS241 in all three regions",
    arguments: [
      (0.975, 1.9599639845400536), (0.3, -0.5244005127080407), (0.5, 0.0),
      (0.9, 1.2815515655446008), (1e-10, -6.361340902404056), (0.999999, 4.753424308817089),
      (1e-300, -37.0470962993612), (0.02, -2.0537489106318225),
    ])
  func quantile(p: Double, expected: Double) {
    let z = StandardNormal.quantile(p)
    #expect(abs(z - expected) <= 4 * expected.ulp, "p = \(p): \(z) vs \(expected)")
  }

  @Test("the 95% critical value is the correctly rounded constant")
  func criticalValue95() {
    #expect(StandardNormal.criticalValue(confidence: 0.95) == 1.959963984540054)
  }

  @Test(
    "other confidence levels", arguments: [(0.90, 1.6448536269514715), (0.99, 2.5758293035489)])
  func criticalValues(confidence: Double, expected: Double) {
    #expect(abs(StandardNormal.criticalValue(confidence: confidence) - expected) < 1e-14)
  }
}
