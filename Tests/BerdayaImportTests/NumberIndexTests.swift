import Testing

@testable import BerdayaImport

/// The number index answers as a dictionary would, through growth and reservation, for the numbers
/// it holds: NIB and NIK values, registration codes, 0 and the largest numbers.
@Suite struct NumberIndexTests {
  @Test(arguments: [nil, 0, 1, 900, 3_999])
  func agreesWithADictionary(reservingAfter held: Int?) {
    var index = NumberIndex(capacity: 4)
    var reference: [UInt64: Int] = [:]
    var generator = SystemRandomNumberGenerator()
    // NIK-like numbers that repeat (every fifth row reuses an earlier one), and the edges.
    let numbers: [UInt64] =
      [0, .max, 1 << 60, 1_271_014_311_005_456]
      + (0..<4_000).map { n in
        n % 5 == 0
          ? 1_271_000_000_000_000 + UInt64(n / 10) : UInt64.random(in: 1_000_000_000_000..<9_999_999_999_999, using: &generator)
      }
    for (value, number) in numbers.enumerated() {
      if value == held { index.reserveCapacity(keys: 3_000) }
      #expect(index.insertIfAbsent(number, hash32: NumberIndex.hash32(number), value) == reference[number, default: value])
      if reference[number] == nil { reference[number] = value }
    }
    #expect(index.count == reference.count)
    for (number, value) in reference { #expect(index[number, hash32: NumberIndex.hash32(number)] == value, "\(number)") }
    for missing: UInt64 in [1, .max - 1, 1_271_014_311_005_457, 1 << 59] where reference[missing] == nil {
      #expect(index[missing, hash32: NumberIndex.hash32(missing)] == nil)
    }
  }

  /// Numbers alike in all but their high bits (codes of one pattern's numbers differ only in their
  /// digits; NIK share their region prefix) are told apart wherever their probes meet.
  @Test func numbersAlikeButForTheirHighBitsStayApart() {
    var index = NumberIndex(capacity: 4)
    for n in 0..<3_000 { index.insertIfAbsent(UInt64(n) << 40, hash32: NumberIndex.hash32(UInt64(n) << 40), n) }
    for n in 0..<3_000 { #expect(index[UInt64(n) << 40, hash32: NumberIndex.hash32(UInt64(n) << 40)] == n) }
    for n in 3_000..<6_000 { #expect(index[UInt64(n) << 40, hash32: NumberIndex.hash32(UInt64(n) << 40)] == nil) }
  }

  @Test func replacesAValue() {
    var index = NumberIndex(capacity: 4)
    let nib: UInt64 = 9_120_000_000_003
    index.insertIfAbsent(nib, hash32: NumberIndex.hash32(nib), 4)
    index.replaceValue(nib, hash32: NumberIndex.hash32(nib), with: 2)
    #expect(index[nib, hash32: NumberIndex.hash32(nib)] == 2)
    #expect(index.insertIfAbsent(nib, hash32: NumberIndex.hash32(nib), 7) == 2)
    #expect(index.count == 1)
  }
}
