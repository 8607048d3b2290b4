@testable import BerdayaImport
import Testing

/// The normaliser's cache gives what a dictionary of counted decisions gives, below and past the
/// number of values it searches in turn, and when the caches of two parts of a file are merged.
@Suite struct CountedDecisionsTests {
  /// Adds or counts each value as the normaliser does; the decision for `value` is its length.
  static func fill(_ values: [String]) -> (CountedDecisions<String, Int>, [String: (decision: Int, count: Int)]) {
    var table = CountedDecisions<String, Int>()
    var reference: [String: (decision: Int, count: Int)] = [:]
    for value in values {
      if let decision = table.count(value) {
        #expect(decision == value.count)
      } else {
        #expect(reference[value] == nil, "\(value) is known but was not found")
        table.add(value, value.count)
      }
      reference[value, default: (value.count, 0)].count += 1
    }
    return (table, reference)
  }

  static func dictionary(_ table: CountedDecisions<String, Int>) -> [String: (decision: Int, count: Int)] {
    Dictionary(uniqueKeysWithValues: table.entries.map { ($0.key, ($0.decision, $0.count)) })
  }

  @Test(arguments: [3, 16, 17, 200])
  func countsAgreeWithADictionary(distinct: Int) {
    let values = (0..<2_000).map { "jenis \(($0 * 7) % distinct)" }
    let (table, reference) = Self.fill(values)
    let found = Self.dictionary(table)
    #expect(found.count == distinct)
    #expect(found.mapValues(\.count) == reference.mapValues(\.count))
    #expect(found.mapValues(\.decision) == reference.mapValues(\.decision))
    #expect(table.entries.map(\.key).prefix(3) == ["jenis 0", "jenis \(7 % distinct)", "jenis \(14 % distinct)"])
  }

  @Test(arguments: [(5, 9), (10, 30), (40, 3)])
  func absorbedPartsCountAsOne(first: Int, second: Int) {
    let one = (0..<500).map { "kind \($0 % first)" }
    let two = (0..<700).map { "kind \(($0 * 3) % second)" }
    var (table, _) = Self.fill(one)
    let (other, _) = Self.fill(two)
    table.absorb(other)
    let (whole, reference) = Self.fill(one + two)
    #expect(Self.dictionary(table).mapValues(\.count) == reference.mapValues(\.count))
    #expect(Self.dictionary(table).mapValues(\.count) == Self.dictionary(whole).mapValues(\.count))
    // Values first met in the second part are found after the merge.
    var merged = table
    for value in Set(two) { #expect(merged.count(value) == value.count) }
  }
}
