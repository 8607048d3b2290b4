import Testing

@testable import BerdayaAnalysis

/// Published figures from DOMAIN.md; expected values computed in Python.
@Suite("GrowthRate")
struct GrowthRateTests {
  private func close(_ a: Double?, _ b: Double) -> Bool {
    guard let a else { return false }
    return abs(a - b) <= 1e-12
  }

  @Test("Medan binaan: the paper's own table (+15.8%, +12.7%)")
  func medan() {
    #expect(close(GrowthRate.relative(from: 1284, to: 1487), 0.15809968847352024))
    #expect(close(GrowthRate.relative(from: 1320, to: 1487), 0.12651515151515152))
    #expect(close(GrowthRate.relative(from: 1284, to: 1320), 0.028037383177570093))
    // Rounded as the paper's table prints them.
    #expect(((GrowthRate.relative(from: 1284, to: 1487) ?? 0) * 1000).rounded() == 158)
    #expect(((GrowthRate.relative(from: 1320, to: 1487) ?? 0) * 1000).rounded() == 127)
  }

  @Test("Binjai UMKM 2019 to 2020 and 2024")
  func binjai() {
    #expect(close(GrowthRate.relative(from: 9972, to: 18181), 0.8232049739269955))
    #expect(close(GrowthRate.relative(from: 9972, to: 21601), 1.1661652627356598))
  }

  @Test("no growth rate from zero, and none from non-finite values")
  func fromZero() {
    #expect(GrowthRate.relative(from: 0, to: 5) == nil)
    #expect(GrowthRate.relative(from: 0, to: 0) == nil)
    #expect(GrowthRate.relative(from: Double.nan, to: 1) == nil)
    #expect(GrowthRate.relative(from: 1, to: Double.infinity) == nil)
    #expect(GrowthRate.relative(from: 5, to: 0) == -1)
    #expect(GrowthRate.compoundAnnual(from: 0, to: 5, years: 2) == nil)
    #expect(GrowthRate.compoundAnnual(from: 5, to: 6, years: 0) == nil)
    #expect(GrowthRate.compoundAnnual(from: 5, to: -1, years: 1) == nil)
  }

  @Test("compound annual growth")
  func compoundAnnual() {
    #expect(close(GrowthRate.compoundAnnual(from: 9972, to: 20852, years: 2), 0.4460480468749435))
    #expect(close(GrowthRate.compoundAnnual(from: 1284, to: 1487, years: 2), 0.07615040234788761))
    #expect(close(GrowthRate.compoundAnnual(from: 9972, to: 21601, years: 5), 0.16718129066257914))
    // One year: the same as the relative change, exactly.
    #expect(
      GrowthRate.compoundAnnual(from: 9972, to: 18181, years: 1)
        == GrowthRate.relative(from: 9972, to: 18181))
    #expect(GrowthRate.compoundAnnual(from: 100, to: 0, years: 3) == -1)
  }
}
