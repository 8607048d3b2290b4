import BerdayaAnalysis
import Testing

@Suite struct NewcombeIntervalTests {
  /// Newcombe (1998), Statistics in Medicine 17:873-890, Table II, method 10: the interval of
  /// a/m − b/n, which is second − first here.
  @Test(arguments: [
    (56, 70, 48, 80, 0.0524, 0.3339),
    (9, 10, 3, 10, 0.1705, 0.8090),
    (5, 56, 0, 29, -0.0381, 0.1926),
    (0, 10, 0, 20, -0.1611, 0.2775),
    (10, 10, 0, 20, 0.6791, 1.0),
  ])
  func publishedExamples(a: Int, m: Int, b: Int, n: Int, lower: Double, upper: Double) throws {
    let interval = try #require(
      NewcombeInterval.compute(
        first: Proportion(numerator: b, denominator: n), second: Proportion(numerator: a, denominator: m)))
    #expect(abs(interval.lower - lower) < 0.00006, "\(a)/\(m) - \(b)/\(n): lower \(interval.lower)")
    #expect(abs(interval.upper - upper) < 0.00006, "\(a)/\(m) - \(b)/\(n): upper \(interval.upper)")
  }

  /// No base, no interval.
  @Test func emptyDenominatorGivesNoInterval() {
    #expect(
      NewcombeInterval.compute(
        first: Proportion(numerator: 0, denominator: 0), second: Proportion(numerator: 1, denominator: 2)) == nil)
  }
}
