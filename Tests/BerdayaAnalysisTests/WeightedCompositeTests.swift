import Testing

@testable import BerdayaAnalysis

@Suite("WeightedComposite")
struct WeightedCompositeTests {
  @Test("equal weights give the plain mean")
  func equalWeights() throws {
    let index = try #require(WeightedComposite.index(rates: [0.2, 0.5, 0.8], weights: [1, 1, 1]))
    #expect(abs(index - 0.5) < 1e-15)
  }

  @Test("weights are relative and normalised")
  func weighted() throws {
    // (2·0.1 + 1·0.4 + 1·0.7) / 4 = 1.3 / 4
    let index = try #require(WeightedComposite.index(rates: [0.1, 0.4, 0.7], weights: [2, 1, 1]))
    #expect(abs(index - 0.325) < 1e-15)
    let scaled = try #require(
      WeightedComposite.index(rates: [0.1, 0.4, 0.7], weights: [0.5, 0.25, 0.25]))
    #expect(abs(scaled - 0.325) < 1e-15)
  }

  @Test("an unknown weighted rate makes the index unknown")
  func unknown() {
    #expect(WeightedComposite.index(rates: [0.2, nil, 0.8], weights: [1, 1, 1]) == nil)
  }

  @Test("a dimension with weight 0 is not part of the index")
  func zeroWeight() {
    #expect(WeightedComposite.index(rates: [0.2, nil, 0.8], weights: [1, 0, 1]) == 0.5)
  }

  @Test("no dimensions or no weight: no index")
  func empty() {
    #expect(WeightedComposite.index(rates: [], weights: []) == nil)
    #expect(WeightedComposite.index(rates: [0.3], weights: [0]) == nil)
  }
}
