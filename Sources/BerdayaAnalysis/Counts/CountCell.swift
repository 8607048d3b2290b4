/// One number of a count table: enterprises of one category in one unit in one year.
public struct CountCell: Hashable, Sendable {
  /// The unit's canonical name (a kab/kota for a province, a kecamatan for a regency).
  public var unit: String
  /// The category as published (`KULINER`, `Mikro`); empty when the table has none.
  public var category: String
  public var year: Int
  public var count: Int

  public init(unit: String, category: String, year: Int, count: Int) {
    self.unit = unit
    self.category = category
    self.year = year
    self.count = count
  }
}
