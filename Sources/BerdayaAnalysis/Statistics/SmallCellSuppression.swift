/// Small-cell suppression with complementary suppression, for every published table (issue 6,
/// `--min-cell N`, default 5).
///
/// - Input: the denominator of each cell (enterprises registered), the count a reader could use to
///   single out an enterprise; the cell's numerators and rates are withheld with it.
/// - Output: per cell, `nil` (publish) or the ``SuppressionReason``.
/// - Rules, for threshold N:
///   1. Primary: withhold a cell with 0 < n < N. A 0 is published: it describes no enterprise, and
///      a sector absent from a kecamatan is usually public knowledge anyway, so hiding it protects
///      nobody and would hide real gaps in coverage.
///   2. Complementary (row and column totals are published): while some row or column has exactly
///      one withheld cell, withhold the smallest other non-zero, published cell in it (ties: the
///      lowest index). Rows are scanned before columns, in index order, until nothing changes.
///      Zeros are not candidates (rule 1's reasoning: withholding a known 0 hides nothing). A line
///      with no candidate is reported as exposed, for the caller to withhold its total.
///   N ≤ 1 withholds nothing (`--min-cell 0` turns suppression off).
///
/// This is the common "no line with a single suppression" rule, not an optimal or
/// interval-audited pattern: with several withheld cells a determined reader can still bound them
/// by linear programming. Totals themselves are cells of their own list: run the list version on
/// the row totals (with the grand total published) to protect a small kecamatan as a whole.
public enum SmallCellSuppression {
  /// The reasons for each cell of a table whose row and column totals are published.
  ///
  /// `denominators[row][column]`: rows are kecamatan, columns sectors; all rows must have the same
  /// count and every denominator must be ≥ 0. See ``plan(denominators:threshold:)`` for the
  /// exposed lines.
  public static func apply(denominators: [[Int]], threshold: Int) -> [[SuppressionReason?]] {
    plan(denominators: denominators, threshold: threshold).reasons
  }

  /// The reasons for each entry of a list whose total is published.
  public static func apply(denominators: [Int], threshold: Int) -> [SuppressionReason?] {
    plan(denominators: denominators, threshold: threshold).reasons
  }

  /// Suppression of a table whose row and column totals are published, with the lines that could
  /// not be protected.
  public static func plan(denominators: [[Int]], threshold: Int) -> SuppressionPlan {
    let rowCount = denominators.count
    let columnCount = denominators.first?.count ?? 0
    for (row, cells) in denominators.enumerated() {
      precondition(
        cells.count == columnCount,
        "suppression table row \(row) has \(cells.count) cells, row 0 has \(columnCount)")
      for cell in cells { precondition(cell >= 0, "a cell denominator is a count, got \(cell)") }
    }
    var reasons = [[SuppressionReason?]](
      repeating: [SuppressionReason?](repeating: nil, count: columnCount), count: rowCount)
    guard threshold > 1 else {
      return SuppressionPlan(reasons: reasons, exposedRows: [], exposedColumns: [])
    }

    for row in 0..<rowCount {
      for column in 0..<columnCount where isSmall(denominators[row][column], threshold: threshold) {
        reasons[row][column] = .primary
      }
    }

    var changed = true
    while changed {
      changed = false
      for row in 0..<rowCount {
        let cells = (0..<columnCount).map { (row: row, column: $0) }
        if complementLine(cells, denominators: denominators, reasons: &reasons) { changed = true }
      }
      for column in 0..<columnCount {
        let cells = (0..<rowCount).map { (row: $0, column: column) }
        if complementLine(cells, denominators: denominators, reasons: &reasons) { changed = true }
      }
    }

    let exposedRows = (0..<rowCount).filter { row in
      reasons[row].count { $0 != nil } == 1
    }
    let exposedColumns = (0..<columnCount).filter { column in
      reasons.count { $0[column] != nil } == 1
    }
    return SuppressionPlan(
      reasons: reasons, exposedRows: exposedRows, exposedColumns: exposedColumns)
  }

  /// Suppression of a list whose total is published, with whether the total still reveals a cell.
  public static func plan(denominators: [Int], threshold: Int) -> ListSuppressionPlan {
    for cell in denominators {
      precondition(cell >= 0, "a cell denominator is a count, got \(cell)")
    }
    guard threshold > 1 else {
      return ListSuppressionPlan(reasons: denominators.map { _ in nil }, isExposed: false)
    }
    var table = [
      denominators.map { isSmall($0, threshold: threshold) ? SuppressionReason.primary : nil }
    ]
    let cells = denominators.indices.map { (row: 0, column: $0) }
    _ = complementLine(cells, denominators: [denominators], reasons: &table)
    let exposed = table[0].count { $0 != nil } == 1
    return ListSuppressionPlan(reasons: table[0], isExposed: exposed)
  }

  /// Primary rule: a non-empty cell below the threshold.
  private static func isSmall(_ denominator: Int, threshold: Int) -> Bool {
    denominator > 0 && denominator < threshold
  }

  /// If the line has exactly one withheld cell, withholds its smallest other non-zero published
  /// cell (lowest index on ties) and returns true; otherwise changes nothing and returns false.
  private static func complementLine(
    _ cells: [(row: Int, column: Int)], denominators: [[Int]],
    reasons: inout [[SuppressionReason?]]
  ) -> Bool {
    var withheld = 0
    var candidate: (row: Int, column: Int, value: Int)?
    for cell in cells {
      if reasons[cell.row][cell.column] != nil {
        withheld += 1
        continue
      }
      let value = denominators[cell.row][cell.column]
      guard value > 0 else { continue }
      if candidate.map({ value < $0.value }) ?? true {
        candidate = (cell.row, cell.column, value)
      }
    }
    guard withheld == 1, let candidate else { return false }
    reasons[candidate.row][candidate.column] = .complementary
    return true
  }
}
