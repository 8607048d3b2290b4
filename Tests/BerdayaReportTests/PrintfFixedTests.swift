import Foundation
import Testing

@testable import BerdayaReport

/// `PrintfFixed.sixDecimals` writes what the C library's `printf("%.6f")` writes, on the values a
/// report holds (rates, counts, Wilson bounds) and on those that make rounding hard: ties and
/// near-ties at the sixth decimal, negative zero, magnitudes around 10^9, infinities and NaN.
@Suite struct PrintfFixedTests {
  static func expectPrintf(_ value: Double, _ label: String = "") {
    let expected = String(format: "%.6f", value)
    let written = PrintfFixed.sixDecimals(value)
    #expect(written == expected, "\(value.debugDescription) \(label)")
  }

  @Test func edgeValues() {
    let values: [Double] = [
      0, -0.0, 1, -1, 0.5, 0.25, 1e-7, -1e-7, 4e-7, 5e-7, 6e-7, 1.5e-6, 2.5e-6, 0.0000005, 0.0000015,
      0.1234565, 0.1234575, 999_999_999.999_999, 999_999_999.999_999_5, 1e9, -1e9, 1e9 - 1, 123_456_789.123_456_5,
      .infinity, -.infinity, .nan, .leastNonzeroMagnitude, .greatestFiniteMagnitude, 2.0 / 3.0, 1.0 / 3.0,
      0.9999995, 0.99999949999, 9.9999995, 0.1 + 0.2,
    ]
    for value in values { Self.expectPrintf(value) }
  }

  /// Rates k/n as coverage, composites and Wilson bounds produce them.
  @Test func ratesOfCounts() {
    for n in 1...400 {
      for k in 0...n { Self.expectPrintf(Double(k) / Double(n), "\(k)/\(n)") }
    }
    for n in stride(from: 1_000, through: 2_000_000, by: 997) {
      for k in stride(from: 0, through: n, by: max(1, n / 50)) { Self.expectPrintf(Double(k) / Double(n), "\(k)/\(n)") }
    }
  }

  /// Odd multiples of half a millionth, the ties (or the binary values nearest them), and their neighbours.
  @Test func tiesAtTheSixthDecimal() {
    for k in stride(from: 1, through: 4_000_001, by: 2) where k % 997 == 1 || k < 20_000 {
      let tie = Double(k) / 2_000_000
      Self.expectPrintf(tie)
      Self.expectPrintf(tie.nextUp)
      Self.expectPrintf(tie.nextDown)
      Self.expectPrintf(-tie)
      Self.expectPrintf(tie * 1_000)
    }
  }

  /// Significands spread evenly over [1, 2) (a golden-ratio sequence, the same on every run) at every
  /// binary magnitude from 2^-40 to 2^32, both signs; and whole numbers up to 2 x 10^9.
  @Test func valuesAcrossMagnitudes() {
    for exponent in -40...32 {
      for step in 0..<2_000 {
        let fraction = Double((UInt64(step) &* 0x9E37_79B9_7F4A_7C15) >> 12) / 0x1p52
        let value = Double(sign: step % 2 == 0 ? .plus : .minus, exponent: exponent, significand: 1 + fraction)
        Self.expectPrintf(value)
      }
    }
    for step in 0..<5_000 { Self.expectPrintf(Double(step * 399_989 - 1_000_000_000)) }
  }
}
