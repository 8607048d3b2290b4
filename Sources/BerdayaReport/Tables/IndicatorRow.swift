/// One tidy indicator value: what, where, its base, its value and interval, and whether it is hidden.
public struct IndicatorRow: Hashable, Sendable {
  public var indicator: String
  /// region, kecamatan, sector, cell, year.
  public var level: String
  public var kecamatan: String?
  public var sector: String?
  public var dimension: String?
  public var year: Int?
  public var numerator: Int?
  public var denominator: Int?
  public var value: Double?
  public var lower: Double?
  public var upper: Double?
  /// True when the cell is small (or could reveal a small one): no counts or rates are shown.
  public var suppressed: Bool
}
