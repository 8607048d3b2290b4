/// A published count of enterprises for one place, category and year: all UMKM from BPS as a
/// coverage denominator, or any aggregate table (binaan per kab/kota and jenis usaha).
public struct PopulationRecord: Hashable, Sendable {
  public var location: SourceLocation
  /// The unit: a kecamatan for a regency's table, a kab/kota for a province's, a kelurahan/desa
  /// for a kecamatan's.
  public var kecamatan: String?
  public var sector: Sector?
  /// The category as the table writes it (`JASA/LAINNYA`, `Mikro`), before the sector aliases.
  public var category: String?
  public var year: Int?
  public var count: Int?

  public init(location: SourceLocation) { self.location = location }
}
