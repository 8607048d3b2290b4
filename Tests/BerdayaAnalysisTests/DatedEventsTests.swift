import Testing

@testable import BerdayaAnalysis

/// Dated events come back sorted by enterprise, then day, as the standard library sorts their
/// (enterprise, day) pairs: days before 1970, repeated events, enterprises with none, one or
/// hundreds of events, and logs past a chunk's size merged from two accumulators.
@Suite struct DatedEventsTests {
  @Test func sortsLikeTheStandardLibrary() {
    var generator = SplitMix(seed: 7)
    for (count, enterprises) in [(0, 1), (1, 1), (2, 3), (300, 1), (300, 1_000), (10_000, 2_500)] {
      var events = DatedEvents()
      var pairs: [(Int32, Int32)] = []
      for _ in 0..<count {
        let pair = (Int32(generator.next() % UInt64(enterprises)), Int32(truncatingIfNeeded: generator.next() % 40_000) - 5_000)
        pairs.append(pair)
        events.append(enterprise: pair.0, day: pair.1)
      }
      Self.expectSorted(events, pairs, enterprises: enterprises, "\(count) events of \(enterprises) enterprises")
    }
  }

  @Test func keepsRepeatedEventsAndExtremeDays() {
    var events = DatedEvents()
    let pairs: [(Int32, Int32)] = [(3, .max), (0, .min), (3, -1), (3, 0), (0, .min), (2, 7), (3, .max), (2, 7)]
    for pair in pairs { events.append(enterprise: pair.0, day: pair.1) }
    Self.expectSorted(events, pairs, enterprises: 5, "extremes")
  }

  /// Events past a chunk's size, added to two logs and merged, sort as one list.
  @Test func mergedLogsAcrossChunksSortAsOneList() {
    var generator = SplitMix(seed: 17)
    var first = DatedEvents()
    var second = DatedEvents()
    var pairs: [(Int32, Int32)] = []
    for index in 0..<(DatedEvents.chunkSize * 2 + 1_000) {
      let pair = (Int32(generator.next() % 50_000), Int32(truncatingIfNeeded: generator.next() % 40_000) - 5_000)
      pairs.append(pair)
      if index % 3 == 0 { second.append(enterprise: pair.0, day: pair.1) } else { first.append(enterprise: pair.0, day: pair.1) }
    }
    first.append(contentsOf: second)
    #expect(first.count == pairs.count)
    Self.expectSorted(first, pairs, enterprises: 50_000, "merged")
  }

  private static func expectSorted(_ events: DatedEvents, _ pairs: [(Int32, Int32)], enterprises: Int, _ label: String) {
    let sorted = events.sortedKeys(enterprises: enterprises).map(DatedEvents.unpack)
    let expected = pairs.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
    #expect(sorted.map(\.enterprise) == expected.map(\.0), "\(label)")
    #expect(sorted.map(\.day) == expected.map(\.1), "\(label)")
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
