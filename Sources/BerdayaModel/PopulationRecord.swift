/// An external count of enterprises (all UMKM, e.g. from BPS) for one place, sector and year.
public struct PopulationRecord: Hashable, Sendable {
  public var location: SourceLocation
  public var kecamatan: String?
  public var sector: Sector?
  public var year: Int?
  public var count: Int?

  public init(location: SourceLocation) { self.location = location }
}
