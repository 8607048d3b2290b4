import Testing

@testable import BerdayaImport

/// Enterprises counted per (kecamatan, kelurahan) id pair: a kelurahan under its first kecamatan,
/// and under any other, and under an unknown kecamatan (-1), each pair with its own count.
@Suite struct PlacePairCountsTests {
  @Test func eachPairKeepsItsOwnCount() {
    var counts = PlacePairCounts()
    for _ in 0..<3 { counts.add(kecamatan: 0, kelurahan: 5) }
    counts.add(kecamatan: 1, kelurahan: 5)
    counts.add(kecamatan: -1, kelurahan: 5)
    counts.add(kecamatan: -1, kelurahan: 2)
    counts.add(kecamatan: 1, kelurahan: 2)
    counts.add(kecamatan: 1, kelurahan: 2)
    let pairs = counts.pairs.map { "\($0.kecamatan)/\($0.kelurahan)=\($0.count)" }.sorted()
    #expect(pairs == ["-1/2=1", "-1/5=1", "0/5=3", "1/2=2", "1/5=1"])
  }

  @Test func nothingCountedHasNoPairs() {
    #expect(PlacePairCounts().pairs.isEmpty)
  }
}
