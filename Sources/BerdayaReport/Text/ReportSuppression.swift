import BerdayaAnalysis

/// Which published rows of a report are withheld by small-cell suppression (`--min-cell`), worked
/// out once so that the Markdown tables, the charts, the maps and the workbook withhold the same
/// kecamatan and sectors.
///
/// The kecamatan tables (coverage, re-registration, gap to target) share one denominator per
/// kecamatan, binaan registered, and the region total is always published, so they share one
/// list plan from ``SmallCellSuppression/plan(denominators:threshold:)``; the sector table has
/// its own. Equity measures are recomputed over the published kecamatan only, because the best
/// and worst rates and their difference would otherwise reveal a withheld rate.
public struct ReportSuppression: Sendable {
  /// The threshold in force (0 or 1 = off).
  public var minCell: Int
  /// Why each kecamatan of `coverage.byKecamatan` is withheld; absent = published.
  public var kecamatan: [String: SuppressionReason]
  /// Why each sector of `coverage.bySector` is withheld; absent = published.
  public var sector: [String: SuppressionReason]
  /// True when the region total still reveals a single withheld kecamatan (no other could be
  /// withheld with it); the method section says so.
  public var kecamatanExposed: Bool
  /// The same for sectors.
  public var sectorExposed: Bool

  /// Plans suppression of `result`'s kecamatan and sector lists at `minCell`.
  public init(result: AnalysisResult, minCell: Int) {
    self.minCell = minCell
    let kecamatanRows = result.coverage.byKecamatan
    let kecamatanPlan = SmallCellSuppression.plan(
      denominators: kecamatanRows.map(\.registered), threshold: minCell)
    var kecamatan: [String: SuppressionReason] = [:]
    for (row, reason) in zip(kecamatanRows, kecamatanPlan.reasons) {
      if let reason { kecamatan[row.kecamatan ?? CoverageRow.unknownKey] = reason }
    }
    let sectorRows = result.coverage.bySector
    let sectorPlan = SmallCellSuppression.plan(denominators: sectorRows.map(\.registered), threshold: minCell)
    var sector: [String: SuppressionReason] = [:]
    for (row, reason) in zip(sectorRows, sectorPlan.reasons) {
      if let reason { sector[row.sector ?? CoverageRow.unknownKey] = reason }
    }
    self.kecamatan = kecamatan
    self.sector = sector
    self.kecamatanExposed = kecamatanPlan.isExposed
    self.sectorExposed = sectorPlan.isExposed
  }

  /// Whether suppression is on at all.
  public var isActive: Bool { minCell > 1 }

  /// Why a kecamatan's figures are withheld, or `nil` when they are published.
  ///
  /// A name the plan does not know (a table built from another source) falls back to the
  /// primary rule on its own denominator.
  public func reason(kecamatan name: String, registered: Int) -> SuppressionReason? {
    if let reason = kecamatan[name] { return reason }
    return isActive && registered > 0 && registered < minCell ? .primary : nil
  }

  /// Why a sector's figures are withheld, or `nil` when they are published.
  public func reason(sector name: String, registered: Int) -> SuppressionReason? {
    if let reason = sector[name] { return reason }
    return isActive && registered > 0 && registered < minCell ? .primary : nil
  }

  /// Why a single region-level proportion (continuity) is withheld: the primary rule only, as
  /// there is no published total to complement.
  public func reason(denominator: Int) -> SuppressionReason? {
    isActive && denominator > 0 && denominator < minCell ? .primary : nil
  }

  /// Kecamatan withheld per reason.
  public func kecamatanCount(_ reason: SuppressionReason) -> Int {
    kecamatan.values.count { $0 == reason }
  }

  /// Sectors withheld per reason.
  public func sectorCount(_ reason: SuppressionReason) -> Int {
    sector.values.count { $0 == reason }
  }

  /// The kecamatan rows whose figures are published and that count for equity (a known name,
  /// something registered), in the order of `result.coverage.byKecamatan`.
  public func publishedKecamatan(_ result: AnalysisResult) -> [CoverageRow] {
    result.coverage.byKecamatan.filter { row in
      let name = row.kecamatan ?? CoverageRow.unknownKey
      return name != CoverageRow.unknownKey && row.registered > 0 && kecamatan[name] == nil
    }
  }

  /// Equity per dimension as published: the analysis' own summary when no kecamatan is
  /// withheld, else recomputed over the published kecamatan; with the unit names the indices
  /// of each summary point into.
  public func equity(_ result: AnalysisResult) -> (summaries: [EquitySummary?], units: [String]) {
    let withheldKnown = kecamatan.keys.contains { $0 != CoverageRow.unknownKey }
    if !withheldKnown && result.equity.count == result.framework.dimensions.count {
      return (result.equity, result.equityUnits)
    }
    let rows = result.coverage.byKecamatan.filter { row in
      let name = row.kecamatan ?? CoverageRow.unknownKey
      return name != CoverageRow.unknownKey && kecamatan[name] == nil
    }
    let summaries = result.framework.dimensions.indices.map { d in
      EquitySummary(units: rows.map { EquityUnit(reached: $0.reached[d], registered: $0.registered) })
    }
    return (summaries, rows.map { $0.kecamatan ?? CoverageRow.unknownKey })
  }

  /// True when equity is recomputed over fewer kecamatan than the analysis used.
  public var equityRecomputed: Bool {
    kecamatan.keys.contains { $0 != CoverageRow.unknownKey }
  }
}
