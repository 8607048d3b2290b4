import BerdayaModel

/// Coverage of one cell (region, a kecamatan, a sector, or a kecamatan x sector pair).
///
/// `registered` is the denominator: binaan enterprises registered as of the as-of date. `reached[d]`
/// counts distinct of them reached by at least one activity of dimension d in the period.
public struct CoverageRow: Hashable, Sendable {
  /// nil = all (region or a roll-up); "" never occurs: an unknown key is `unknownKey`.
  public var kecamatan: String?
  public var sector: String?
  public var registered: Int
  /// Registry rows of the cell whatever their status (a cell with only non-binaan rows exists).
  public var rowsInRegistry: Int
  public var reached: [Int]
  /// Reached by at least one dimension.
  public var reachedAny: Int
  /// Registry enterprises of the cell reached per dimension whatever their status (members and
  /// not): the numerator of reach over all UMKM.
  public var reachedAllStatuses: [Int]
  /// All UMKM of the cell from a population file, when one was given.
  public var population: Int?

  public init(
    kecamatan: String?, sector: String?, registered: Int, rowsInRegistry: Int, reached: [Int], reachedAny: Int,
    reachedAllStatuses: [Int], population: Int?
  ) {
    self.kecamatan = kecamatan
    self.sector = sector
    self.registered = registered
    self.rowsInRegistry = rowsInRegistry
    self.reached = reached
    self.reachedAny = reachedAny
    self.reachedAllStatuses = reachedAllStatuses
    self.population = population
  }

  /// The key shown for an unknown kecamatan or sector.
  public static let unknownKey = "(tidak diketahui)"

  public func rate(_ dimension: Int) -> Proportion {
    Proportion(numerator: reached[dimension], denominator: registered)
  }

  /// Weighted mean of the dimension rates (framework weights); nil when nobody is registered.
  public func composite(weights: [Double]) -> Double? {
    guard registered > 0 else { return nil }
    return WeightedComposite.index(rates: reached.indices.map { rate($0).value }, weights: weights)
  }

  /// Reach over all UMKM (members and not) for dimension d, when a population is known.
  public func populationRate(_ dimension: Int) -> Proportion? {
    population.map { Proportion(numerator: min(reachedAllStatuses[dimension], $0), denominator: $0) }
  }
}
