import Testing

@testable import BerdayaAnalysis

@Suite struct RadixSortTests {
  @Test func sortsLikeTheStandardLibrary() {
    var generator = SplitMix(seed: 7)
    for count in [0, 1, 2, 3, 255, 256, 257, 10_000] {
      let keys = (0..<count).map { _ in generator.next() }
      #expect(RadixSort.sorted(keys) == keys.sorted(), "\(count) random keys")
    }
  }

  @Test func sortsContinuityKeysWhoseHighAndMiddleBytesAreAlike() {
    // (enterprise << 32 | day with its sign bit flipped), as the continuity events pack them.
    var generator = SplitMix(seed: 11)
    let keys = (0..<5_000).map { _ -> UInt64 in
      let enterprise = generator.next() % 1_000_000
      let day = 18_000 + generator.next() % 2_500
      return enterprise << 32 | (day ^ 0x8000_0000)
    }
    #expect(RadixSort.sorted(keys) == keys.sorted())
  }

  @Test func keepsDuplicatesAndExtremes() {
    let keys: [UInt64] = [.max, 0, 5, .max, 0, 1 << 63, 5, (1 << 63) - 1]
    #expect(RadixSort.sorted(keys) == [0, 0, 5, 5, (1 << 63) - 1, 1 << 63, .max, .max])
    #expect(RadixSort.sorted([42, 42, 42]) == [42, 42, 42])
  }

  /// A small deterministic generator (splitmix64), so a failure can be replayed.
  struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }
}
