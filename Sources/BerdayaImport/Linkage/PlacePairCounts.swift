/// Enterprises counted per (kecamatan, kelurahan) pair of raw place ids, for normalisation (which
/// kecamatan a kelurahan lies in as the registry writes it).
///
/// A kelurahan is counted by its id, under the first kecamatan it came with; a pair with another
/// kecamatan (a kelurahan name written under two kecamatan) goes to a dictionary. Measured at size
/// XL (10M rows, 56k place names), a dictionary of every pair, hashed per row, was 12% of the
/// inserting thread.
struct PlacePairCounts {
  /// Per kelurahan id: the kecamatan id it was first counted under (-1 unknown, `unseen` before
  /// any), and the count there.
  private var first: [(kecamatan: Int32, count: Int32)] = []
  private var others: [Int64: Int] = [:]
  private static let unseen: Int32 = -2

  /// Counts one enterprise in `kelurahan` (an id) of `kecamatan` (an id, -1 unknown).
  mutating func add(kecamatan: Int32, kelurahan: Int32) {
    precondition(kelurahan >= 0 && kecamatan >= -1, "place ids out of range")
    let index = Int(kelurahan)
    if index >= first.count { first += repeatElement((kecamatan: Self.unseen, count: Int32(0)), count: index + 1 - first.count) }
    if first[index].kecamatan == Self.unseen { first[index].kecamatan = kecamatan }
    if first[index].kecamatan == kecamatan {
      first[index].count += 1
    } else {
      others[Int64(kecamatan) << 32 | Int64(kelurahan), default: 0] += 1
    }
  }

  /// Every pair counted, with its count, in no particular order.
  var pairs: [(kecamatan: Int32, kelurahan: Int32, count: Int)] {
    var pairs = first.enumerated().compactMap { kelurahan, first in
      first.kecamatan == Self.unseen ? nil : (first.kecamatan, Int32(kelurahan), Int(first.count))
    }
    for (key, count) in others { pairs.append((Int32(key >> 32), Int32(truncatingIfNeeded: key), count)) }
    return pairs
  }
}
