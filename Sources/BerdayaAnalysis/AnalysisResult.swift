import BerdayaModel

/// Everything the analysis computed for one period; the exporters and the CLI write it.
public struct AnalysisResult: Sendable {
  public var framework: Framework
  public var options: AnalysisOptions
  /// First and last activity date seen, and the as-of date used.
  public var firstActivity: CalendarDate?
  public var lastActivity: CalendarDate?
  public var asOf: CalendarDate?
  public var coverage: CoverageTables
  /// Per dimension, across kecamatan with registered enterprises; nil when fewer than one such.
  public var equity: [EquitySummary?]
  public var equityUnits: [String]
  public var continuity: Continuity
  public var reRegistration: [ReRegistrationRow]
  public var trends: Trends
  public var gaps: [GapRow]
  public var activityCounts: ActivityCounts
  public var unknowns: UnknownCounts
}

/// Coverage at every level; every table's rows sum (over known and unknown keys) to the region.
public struct CoverageTables: Sendable {
  public var region: CoverageRow
  public var byKecamatan: [CoverageRow]
  public var bySector: [CoverageRow]
  /// Every (kecamatan, sector) pair present in the registry, sorted byte-wise by kecamatan then sector.
  public var byCell: [CoverageRow]

  public init(region: CoverageRow, byKecamatan: [CoverageRow], bySector: [CoverageRow], byCell: [CoverageRow]) {
    self.region = region
    self.byKecamatan = byKecamatan
    self.bySector = bySector
    self.byCell = byCell
  }
}

/// Continuity of assistance (seed 001: training without follow-up, aid without monitoring).
public struct Continuity: Sendable {
  /// Trained enterprises with mentoring or monitoring within `followUpDays` after a training.
  public var trainingFollowUp: Proportion
  /// Equipment-aid recipients with a monitoring visit within `equipmentVisitDays`.
  public var equipmentFirstVisit: Proportion
  /// Equipment-aid recipients with a (further) monitoring visit within a year after the aid.
  public var equipmentYearVisit: Proportion
  /// E-commerce onboardings whose latest status is active, among those with a status.
  public var ecommerceActive: Proportion
  /// E-commerce onboardings without any status (not in the denominator above).
  public var ecommerceWithoutStatus: Int

  public init(
    trainingFollowUp: Proportion, equipmentFirstVisit: Proportion, equipmentYearVisit: Proportion,
    ecommerceActive: Proportion, ecommerceWithoutStatus: Int
  ) {
    self.trainingFollowUp = trainingFollowUp
    self.equipmentFirstVisit = equipmentFirstVisit
    self.equipmentYearVisit = equipmentYearVisit
    self.ecommerceActive = ecommerceActive
    self.ecommerceWithoutStatus = ecommerceWithoutStatus
  }
}

/// Re-registration due in one kecamatan: binaan whose latest registration is older than six months.
public struct ReRegistrationRow: Hashable, Sendable {
  public var kecamatan: String
  public var registered: Int
  public var overdue: Int
  /// Binaan with no registration date at all (cannot be judged).
  public var unknownDate: Int

  public init(kecamatan: String, registered: Int, overdue: Int, unknownDate: Int) {
    self.kecamatan = kecamatan
    self.registered = registered
    self.overdue = overdue
    self.unknownDate = unknownDate
  }
}

/// Year-by-year figures and growth rates.
public struct Trends: Sendable {
  public struct Year: Hashable, Sendable {
    public var year: Int
    /// Binaan registered as of 31 December (registration date known).
    public var registered: Int
    /// Activity rows (participations) dated in the year.
    public var activities: Int
    /// Distinct binaan reached per dimension in the year.
    public var reached: [Int]
    public var reachedAny: Int
    /// Sum of activity costs in the year, and how many activities carried one.
    public var cost: Rupiah
    public var activitiesWithCost: Int

    public init(
      year: Int, registered: Int, activities: Int, reached: [Int], reachedAny: Int, cost: Rupiah, activitiesWithCost: Int
    ) {
      self.year = year
      self.registered = registered
      self.activities = activities
      self.reached = reached
      self.reachedAny = reachedAny
      self.cost = cost
      self.activitiesWithCost = activitiesWithCost
    }
  }

  public var years: [Year]
  /// Registered binaan whose registration date is unknown (not in any year's count).
  public var registeredUnknownDate: Int

  public init(years: [Year], registeredUnknownDate: Int) {
    self.years = years
    self.registeredUnknownDate = registeredUnknownDate
  }

  /// Relative growth of registered enterprises from one year end to another.
  public func registeredGrowth(from: Int, to: Int) -> Double? {
    guard let a = years.first(where: { $0.year == from }), let b = years.first(where: { $0.year == to }) else {
      return nil
    }
    return GrowthRate.relative(from: a.registered, to: b.registered)
  }
}

/// Enterprises still to reach in one kecamatan and dimension for the target rate.
public struct GapRow: Hashable, Sendable {
  public var kecamatan: String
  public var dimension: Int
  public var registered: Int
  public var reached: Int
  /// ceil(target x registered) - reached, at least 0.
  public var toReach: Int

  public init(kecamatan: String, dimension: Int, registered: Int, reached: Int, toReach: Int) {
    self.kecamatan = kecamatan
    self.dimension = dimension
    self.registered = registered
    self.reached = reached
    self.toReach = toReach
  }
}

/// How the activity rows were used.
public struct ActivityCounts: Hashable, Sendable {
  public var total = 0
  public var inPeriod = 0
  public var outsidePeriod = 0
  public var undated = 0
  /// In the period and linked to a binaan counted in the denominator.
  public var reachingBinaan = 0
  /// Linked to a registry enterprise that is not binaan (or not yet registered at the as-of date).
  public var reachingNonBinaan = 0
  /// Matched no registry enterprise: reach outside the registry, per kecamatan of the activity.
  public var unmatched = 0
  public var unmatchedByKecamatan: [String: Int] = [:]
  /// Kinds in no dimension of the framework (monitoring, for example).
  public var withoutDimension = 0
  /// Cost of activities in the period, per dimension; and per dimension the enterprises reached.
  public var costByDimension: [Rupiah] = []

  public init() {}

  /// Adds the counts of more activities (another part of the same input).
  mutating func add(_ other: ActivityCounts) {
    total += other.total
    inPeriod += other.inPeriod
    outsidePeriod += other.outsidePeriod
    undated += other.undated
    reachingBinaan += other.reachingBinaan
    reachingNonBinaan += other.reachingNonBinaan
    unmatched += other.unmatched
    unmatchedByKecamatan.merge(other.unmatchedByKecamatan, uniquingKeysWith: +)
    withoutDimension += other.withoutDimension
    for (index, cost) in other.costByDimension.enumerated() {
      costByDimension[index] = costByDimension[index] + cost
    }
  }
}

/// Unknown values the tables carry (unknown is never zero): known + unknown = total is checked.
public struct UnknownCounts: Hashable, Sendable {
  public var enterprises = 0
  public var kecamatan = 0
  public var sector = 0
  public var status = 0
  public var registrationDate = 0

  public init() {}
}
