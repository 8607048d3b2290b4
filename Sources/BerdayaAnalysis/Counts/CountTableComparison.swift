/// One count table held against another that covers the same units and years: the first summed
/// over its categories, the second as it stands (the Jabar category table against its projection
/// table). Published tables that should agree often differ by rounding; this says where and by how much.
public struct CountTableComparison: Hashable, Sendable {
  /// Unit x year cells both tables have.
  public var cellsCompared: Int
  /// Cells where the two differ.
  public var cellsDiffering: Int
  /// The largest absolute difference.
  public var largestDifference: Int
  /// The first differing cell, in unit then year order: (unit, year, first table, second table).
  public var example: (unit: String, year: Int, first: Int, second: Int)?

  /// Compares the unit x year sums of `first` with those of `second`.
  public init(_ first: [CountCell], _ second: [CountCell]) {
    let a = Self.sums(first)
    let b = Self.sums(second)
    var compared = 0
    var differing = 0
    var largest = 0
    var example: (unit: String, year: Int, first: Int, second: Int)?
    for key in a.keys.sorted(by: { ($0.unit, $0.year) < ($1.unit, $1.year) }) {
      guard let left = a[key], let right = b[key] else { continue }
      compared += 1
      guard left != right else { continue }
      differing += 1
      largest = max(largest, abs(left - right))
      if example == nil { example = (key.unit, key.year, left, right) }
    }
    cellsCompared = compared
    cellsDiffering = differing
    largestDifference = largest
    self.example = example
  }

  private struct Key: Hashable {
    var unit: String
    var year: Int
  }

  private static func sums(_ cells: [CountCell]) -> [Key: Int] {
    var sums: [Key: Int] = [:]
    for cell in cells { sums[Key(unit: cell.unit, year: cell.year), default: 0] += cell.count }
    return sums
  }

  public static func == (lhs: Self, rhs: Self) -> Bool {
    lhs.cellsCompared == rhs.cellsCompared && lhs.cellsDiffering == rhs.cellsDiffering
      && lhs.largestDifference == rhs.largestDifference && lhs.example?.unit == rhs.example?.unit
      && lhs.example?.year == rhs.example?.year
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(cellsCompared)
    hasher.combine(cellsDiffering)
    hasher.combine(largestDifference)
  }

  /// True when the two tables share any unit and year.
  public var overlaps: Bool { cellsCompared > 0 }
}
