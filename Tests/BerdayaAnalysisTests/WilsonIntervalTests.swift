import Testing

@testable import BerdayaAnalysis

/// Reference bounds computed independently in Python from the textbook formula
/// (centre ± half with z = 1.959963984540054), not from this code.
@Suite("WilsonInterval and Proportion")
struct WilsonIntervalTests {
  private func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-12) -> Bool {
    abs(a - b) <= tolerance
  }

  @Test(
    "95% bounds against hand-computed values",
    arguments: [
      (5, 10, 0.236593090512564, 0.7634069094874361),
      (1, 128, 0.0013804318928742412, 0.04292625943886061),
      (127, 128, 0.9570737405611394, 0.9986195681071257),
      (3, 7, 0.15821985525146975, 0.7495416354723428),
      (12, 250, 0.02766820153069461, 0.08201230121318728),
      (917, 1487, 0.5916954941045842, 0.6410589667718183),
    ])
  func bounds(successes: Int, trials: Int, lower: Double, upper: Double) throws {
    let interval = try #require(WilsonInterval.compute(successes: successes, trials: trials))
    #expect(close(interval.lower, lower), "\(successes)/\(trials) lower \(interval.lower)")
    #expect(close(interval.upper, upper), "\(successes)/\(trials) upper \(interval.upper)")
  }

  @Test("exact 0 at zero successes")
  func zeroSuccesses() throws {
    let interval = try #require(WilsonInterval.compute(successes: 0, trials: 10))
    #expect(interval.lower == 0)
    #expect(close(interval.upper, 0.2775327998628892))
    let one = try #require(WilsonInterval.compute(successes: 0, trials: 1))
    #expect(one.lower == 0)
    #expect(close(one.upper, 0.7934506856227626))
  }

  @Test("exact 1 at n successes")
  func allSuccesses() throws {
    let interval = try #require(WilsonInterval.compute(successes: 10, trials: 10))
    #expect(interval.upper == 1)
    #expect(close(interval.lower, 0.7224672001371107))
    let one = try #require(WilsonInterval.compute(successes: 1, trials: 1))
    #expect(one.upper == 1)
    #expect(close(one.lower, 0.20654931437723745))
  }

  @Test("symmetric: k of n mirrors n - k of n")
  func symmetry() throws {
    for n in [1, 2, 7, 50, 999] {
      for k in 0...n where k % max(1, n / 7) == 0 {
        let a = try #require(WilsonInterval.compute(successes: k, trials: n))
        let b = try #require(WilsonInterval.compute(successes: n - k, trials: n))
        #expect(close(a.lower, 1 - b.upper, 1e-14) && close(a.upper, 1 - b.lower, 1e-14))
        #expect(a.lower >= 0 && a.upper <= 1 && a.lower <= Double(k) / Double(n))
        #expect(a.upper >= Double(k) / Double(n))
      }
    }
  }

  @Test("no interval without trials")
  func noTrials() {
    #expect(WilsonInterval.compute(successes: 0, trials: 0) == nil)
  }

  @Test("other confidence levels")
  func otherConfidence() throws {
    let ninety = try #require(WilsonInterval.compute(successes: 5, trials: 10, confidence: 0.90))
    #expect(close(ninety.lower, 0.2692718211382673) && close(ninety.upper, 0.7307281788617327))
    let ninetyNine = try #require(WilsonInterval.compute(successes: 3, trials: 7, confidence: 0.99))
    #expect(close(ninetyNine.lower, 0.11637368051613817))
    #expect(close(ninetyNine.upper, 0.8102850959116124))
  }

  @Test("Proportion keeps its base and has no value without one")
  func proportion() throws {
    let p = Proportion(numerator: 5, denominator: 10)
    #expect(p.value == 0.5)
    let interval = try #require(p.wilsonInterval())
    #expect(close(interval.lower, 0.236593090512564))
    #expect(Proportion(numerator: 0, denominator: 0).value == nil)
    #expect(Proportion(numerator: 0, denominator: 0).wilsonInterval() == nil)
    // Reach over an external population can exceed it; the rate shows, the interval does not.
    let over = Proportion(numerator: 12, denominator: 10)
    #expect(over.value == 1.2)
    #expect(over.wilsonInterval() == nil)
  }

  @Test("the definition names the formula in both languages")
  func definition() {
    #expect(WilsonInterval.definition.formula.contains("z^2/(4n^2)"))
    #expect(!WilsonInterval.definition.textID.isEmpty && !WilsonInterval.definition.textEN.isEmpty)
  }
}
