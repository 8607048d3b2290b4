import BerdayaAnalysis

/// Which coverage rows a published table must hide: cells of the kecamatan x sector matrix whose
/// denominator is below the threshold, with complementary suppression so that no row or column
/// total reveals one, and likewise for the kecamatan and sector lists (whose total is the region).
public struct CoverageSuppression: Sendable {
  public var kecamatan: [Bool]
  public var sector: [Bool]
  public var cell: [Bool]
  /// Suppressed counts per table and reason, for the method section.
  public var counts: [(table: String, primary: Int, complementary: Int)]

  public init(_ coverage: CoverageTables, minCell: Int) {
    let kecamatanPlan = SmallCellSuppression.plan(denominators: coverage.byKecamatan.map(\.registered), threshold: minCell)
    let sectorPlan = SmallCellSuppression.plan(denominators: coverage.bySector.map(\.registered), threshold: minCell)
    kecamatan = kecamatanPlan.reasons.map { $0 != nil }
    sector = sectorPlan.reasons.map { $0 != nil }
    let rowIndex = Dictionary(uniqueKeysWithValues: coverage.byKecamatan.enumerated().map { ($1.kecamatan ?? "", $0) })
    let columnIndex = Dictionary(uniqueKeysWithValues: coverage.bySector.enumerated().map { ($1.sector ?? "", $0) })
    var matrix = Array(
      repeating: Array(repeating: 0, count: coverage.bySector.count), count: coverage.byKecamatan.count)
    for row in coverage.byCell {
      if let r = rowIndex[row.kecamatan ?? ""], let c = columnIndex[row.sector ?? ""] { matrix[r][c] = row.registered }
    }
    let cellPlan = SmallCellSuppression.plan(denominators: matrix, threshold: minCell)
    cell = coverage.byCell.map { row in
      guard let r = rowIndex[row.kecamatan ?? ""], let c = columnIndex[row.sector ?? ""] else { return false }
      return cellPlan.reasons[r][c] != nil
    }
    counts = [
      ("kecamatan", kecamatanPlan.count(.primary), kecamatanPlan.count(.complementary)),
      ("sector", sectorPlan.count(.primary), sectorPlan.count(.complementary)),
      ("cell", cellPlan.count(.primary), cellPlan.count(.complementary)),
    ]
  }
}
