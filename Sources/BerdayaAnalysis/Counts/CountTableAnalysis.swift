/// A table of counts (unit x category x year) analysed on its own: totals, shares by category,
/// trends and growth per unit, and how evenly the counts spread across units.
///
/// Units keep the order they are given in (Kemendagri code order); categories the order of first
/// appearance; years ascend. Every figure is a sum of published counts: nothing is estimated.
public struct CountTableAnalysis: Sendable {
  public let units: [String]
  public let categories: [String]
  public let years: [Int]
  /// counts[unit][category][year]; 0 where the table has no number.
  public let counts: [[[Int]]]

  /// Arranges `cells` (a unit, category and year appearing twice are added up) with units in
  /// `unitOrder` first, then any others by name.
  public init(cells: [CountCell], unitOrder: [String]) {
    let present = Set(cells.map(\.unit))
    let ordered = unitOrder.filter(present.contains)
    units = ordered + present.subtracting(ordered).sorted()
    var categories: [String] = []
    var seen = Set<String>()
    for cell in cells where seen.insert(cell.category).inserted { categories.append(cell.category) }
    self.categories = categories
    years = Set(cells.map(\.year)).sorted()
    let unitIndex = Dictionary(uniqueKeysWithValues: units.enumerated().map { ($1, $0) })
    let categoryIndex = Dictionary(uniqueKeysWithValues: categories.enumerated().map { ($1, $0) })
    let yearIndex = Dictionary(uniqueKeysWithValues: years.enumerated().map { ($1, $0) })
    var counts = [[[Int]]](
      repeating: [[Int]](repeating: [Int](repeating: 0, count: years.count), count: categories.count), count: units.count)
    for cell in cells {
      guard let u = unitIndex[cell.unit], let c = categoryIndex[cell.category], let y = yearIndex[cell.year] else { continue }
      counts[u][c][y] += cell.count
    }
    self.counts = counts
  }

  /// Σ over categories: unitTotals[unit][year].
  public var unitTotals: [[Int]] {
    counts.map { byCategory in years.indices.map { y in byCategory.reduce(0) { $0 + $1[y] } } }
  }

  /// Σ over units: categoryTotals[category][year].
  public var categoryTotals: [[Int]] {
    categories.indices.map { c in years.indices.map { y in counts.reduce(0) { $0 + $1[c][y] } } }
  }

  /// Σ over units and categories, per year.
  public var yearTotals: [Int] {
    years.indices.map { y in counts.reduce(0) { sum, unit in sum + unit.reduce(0) { $0 + $1[y] } } }
  }

  /// Each category's share of the year's total (nil when the year's total is 0).
  public func categoryShares(year y: Int) -> [Double?] {
    let total = yearTotals[y]
    return categoryTotals.map { total > 0 ? Double($0[y]) / Double(total) : nil }
  }

  /// Each unit's growth from the first to the last year (nil with one year or a first count of 0).
  public var unitGrowth: [Double?] {
    guard let first = years.indices.first, let last = years.indices.last, first != last else {
      return units.map { _ in nil }
    }
    return unitTotals.map { GrowthRate.relative(from: $0[first], to: $0[last]) }
  }

  /// The total's growth from each year to the next (index 0 is years[0] -> years[1]).
  public var yearOnYearGrowth: [Double?] {
    let totals = yearTotals
    return totals.indices.dropFirst().map { GrowthRate.relative(from: totals[$0 - 1], to: totals[$0]) }
  }

  /// How evenly the year's counts spread across units: the Gini coefficient of the unit totals
  /// (every unit weighted 1), the units with none, and the largest unit's share.
  public func spread(year y: Int) -> EquitySummary? {
    EquitySummary(units: unitTotals.map { EquityUnit(reached: $0[y], registered: 1) })
  }

  /// Unit x category cells of the year that are 0, and that are above 0 but below `threshold`.
  public func smallCells(year y: Int, threshold: Int) -> (zero: Int, small: Int) {
    var zero = 0
    var small = 0
    for unit in counts {
      for category in unit {
        if category[y] == 0 { zero += 1 } else if category[y] < threshold { small += 1 }
      }
    }
    return (zero, small)
  }

  /// The suppression plan of the year's unit x category table, whose unit and category totals
  /// are published (the counts are the cells' own denominators).
  public func suppression(year y: Int, threshold: Int) -> SuppressionPlan {
    SmallCellSuppression.plan(denominators: counts.map { $0.map { $0[y] } }, threshold: threshold)
  }

  /// The withheld unit totals and category totals of the year, consistent with
  /// ``suppression(year:threshold:)``: each list is suppressed with the grand total published,
  /// and a line the cell plan could not protect (exposed) has its total withheld too.
  public func totalsSuppression(year y: Int, threshold: Int) -> (units: [SuppressionReason?], categories: [SuppressionReason?]) {
    let plan = suppression(year: y, threshold: threshold)
    func list(_ totals: [Int], exposed: [Int]) -> [SuppressionReason?] {
      // An exposed line's total must go: entered as a small count, the list plan also withholds
      // a complement for it, so the grand total cannot give it back.
      let entered = totals.enumerated().map { exposed.contains($0.offset) && $0.element >= threshold ? 1 : $0.element }
      var reasons = SmallCellSuppression.plan(denominators: entered, threshold: threshold).reasons
      for line in exposed where reasons[line] != nil && totals[line] >= threshold { reasons[line] = .complementary }
      return reasons
    }
    return (
      list(unitTotals.map { $0[y] }, exposed: plan.exposedRows),
      list(categoryTotals.map { $0[y] }, exposed: plan.exposedColumns)
    )
  }
}
