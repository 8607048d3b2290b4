/// Optimal-string-alignment distance (Damerau-Levenshtein with adjacent transpositions, no
/// substring edited twice) between two folded keys.
enum EditDistance {
  /// The distance between `a` and `b`, or `limit + 1` as soon as it is known to exceed `limit`.
  static func distance(_ a: [UInt8], _ b: [UInt8], limit: Int = .max - 1) -> Int {
    if a.isEmpty { return min(b.count, limit &+ 1) }
    if b.isEmpty { return min(a.count, limit &+ 1) }
    if abs(a.count - b.count) > limit { return limit &+ 1 }
    let width = b.count + 1
    var previous2 = [Int](repeating: 0, count: width)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: width)
    for i in 1...a.count {
      current[0] = i
      var rowMinimum = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = min(value, previous2[j - 2] + 1)
        }
        current[j] = value
        rowMinimum = min(rowMinimum, value)
      }
      if rowMinimum > limit { return limit &+ 1 }
      swap(&previous2, &previous)
      swap(&previous, &current)
    }
    return min(previous[b.count], limit &+ 1)
  }
}
