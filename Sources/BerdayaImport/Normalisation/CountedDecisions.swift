/// Decisions made once per distinct raw value, each with how many values it was made for: the
/// normaliser's caches, asked once per row.
///
/// A file holds a dozen distinct programme kinds or sectors, so the first `linearLimit` values are
/// found by comparing them in turn; past that a dictionary finds them. Measured: a dictionary
/// lookup per activity row (SipHash over an `InlineText`) was 10% of the instructions of reading
/// activities into records.
struct CountedDecisions<Key: Hashable, Decision> {
  private(set) var keys: [Key] = []
  private(set) var decisions: [Decision] = []
  private(set) var counts: [Int] = []
  /// Positions in `keys`, kept once there are more than `linearLimit` of them.
  private var positions: [Key: Int] = [:]
  private static var linearLimit: Int { 16 }

  /// The decision for `key` with its count raised by one; nil when none was made yet.
  mutating func count(_ key: Key) -> Decision? {
    guard let position = position(of: key) else { return nil }
    counts[position] += 1
    return decisions[position]
  }

  /// Records the decision for a key not met before, counted once.
  mutating func add(_ key: Key, _ decision: Decision, count: Int = 1) {
    keys.append(key)
    decisions.append(decision)
    counts.append(count)
    if keys.count > Self.linearLimit {
      if positions.isEmpty {
        for (position, key) in keys.enumerated() { positions[key] = position }
      } else {
        positions[key] = keys.count - 1
      }
    }
  }

  /// Adds the counts of `other`, whose decisions for keys met in both are the same.
  mutating func absorb(_ other: CountedDecisions) {
    for (position, key) in other.keys.enumerated() {
      if let mine = self.position(of: key) {
        counts[mine] += other.counts[position]
      } else {
        add(key, other.decisions[position], count: other.counts[position])
      }
    }
  }

  /// Every key with its decision and count, in the order first met.
  var entries: some Sequence<(key: Key, decision: Decision, count: Int)> {
    keys.indices.lazy.map { (self.keys[$0], self.decisions[$0], self.counts[$0]) }
  }

  private func position(of key: Key) -> Int? {
    guard positions.isEmpty else { return positions[key] }
    return keys.firstIndex(of: key)
  }
}
