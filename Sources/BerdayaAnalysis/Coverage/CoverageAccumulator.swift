import BerdayaModel
internal import CPrefetch

/// Streams linked activities into per-enterprise state, then computes every indicator.
///
/// The state is per enterprise (a bit per dimension, per year for trends) plus the few dated
/// events the continuity indicators need; activity rows are never kept, so memory grows with the
/// number of enterprises, not of activities.
public final class CoverageAccumulator {
  let table: EnterpriseTable
  let options: AnalysisOptions
  /// The dimension of each known kind by `ProgrammeKind.knownIndex` (-1: none), and of the other
  /// kinds a framework names. Measured: a `[ProgrammeKind: Int]` hashed the kind of every row.
  private let dimensionOfKnown: [Int8]
  private let dimensionOfOther: [ProgrammeKind: Int]
  /// `isCounted` of every enterprise, a bit each, worked out once: 125 KB at a million enterprises
  /// stays in cache, where the status and registration date it comes from are two cache misses a row.
  private let countedBits: [UInt64]
  private var reachedMask: [UInt16]
  /// One tally per year of the activities, in the order the years first came. A short list
  /// searched from the year used last: dictionaries keyed by year hashed it three times per row.
  private(set) var years: [YearTally] = []
  /// The days of each tally's year (1 January up to the next), by slot: a row finds its year's
  /// slot by its day number. Measured at size L: working out each row's year from its day
  /// (civil_from_days) in the prefetch and again in the add was 1.6% of the job.
  private var yearDays: [Range<Int32>] = []
  private var lastYear = 0
  private(set) var counts = ActivityCounts()
  private(set) var firstActivity: CalendarDate?
  private(set) var lastActivity: CalendarDate?
  // Continuity: the dated events of trainings, follow-ups (mentoring or monitoring), equipment aid
  // and monitoring visits.
  private(set) var trainings = DatedEvents()
  private(set) var followUps = DatedEvents()
  private(set) var equipment = DatedEvents()
  private(set) var visits = DatedEvents()
  /// E-commerce onboardings in input order (the latest per enterprise is found at the end), by
  /// piece: `ecommercePieces` says where each piece's events begin and its place in the input.
  private(set) var ecommerceEvents: [(enterprise: Int32, day: Int32, active: Bool?)] = []
  private var ecommercePieces: [(order: Int, start: Int)] = [(0, 0)]

  public init(table: EnterpriseTable, options: AnalysisOptions) {
    precondition(options.framework.dimensions.count <= 16, "at most 16 dimensions fit the reach mask")
    self.table = table
    self.options = options
    dimensionOfKnown = ProgrammeKind.known.map { Int8(options.framework.dimensionIndex(of: $0) ?? -1) }
    var others: [ProgrammeKind: Int] = [:]
    for (index, dimension) in options.framework.dimensions.enumerated() {
      for kind in dimension.kinds where kind.knownIndex == nil && others[kind] == nil { others[kind] = index }
    }
    dimensionOfOther = others
    var bits = Array(repeating: UInt64(0), count: (table.count + 63) / 64)
    for index in 0..<table.count where Self.isCounted(index, table: table, asOf: options.effectiveAsOf) {
      bits[index >> 6] |= 1 << UInt64(index & 63)
    }
    countedBits = bits
    reachedMask = Array(repeating: 0, count: table.count)
    counts.costByDimension = Array(repeating: Rupiah(0), count: options.framework.dimensions.count)
  }

  /// Adds one linked activity.
  public func add(_ activity: LinkedActivity) {
    add(
      enterprise: activity.enterprise, kind: activity.kind, date: activity.date, cost: activity.cost,
      isActive: activity.isActive, kecamatan: { activity.kecamatan })
  }

  /// Adds one linked activity given by its parts (`LinkedActivity`'s), the place asked for only
  /// when the activity is counted by it (outside the registry). The pipeline's way: a
  /// `LinkedActivity` made for each row was copied once and destroyed twice through its value
  /// witnesses (its kind and place may hold a String), 1.9% of the instructions of the M job.
  public func add(
    enterprise: Int32?, kind: ProgrammeKind, date: CalendarDate?, cost: Rupiah?, isActive: Bool?,
    kecamatan: () -> String?
  ) {
    counts.total += 1
    let dimension = dimension(of: kind)
    if let date {
      firstActivity = min(firstActivity ?? date, date)
      lastActivity = max(lastActivity ?? date, date)
      let slot = yearSlot(day: date.dayNumber)
      years[slot].activities += 1
      if let cost {
        years[slot].cost &+= cost.value
        years[slot].activitiesWithCost += 1
      }
      if let dimension, let enterprise {
        if years[slot].masks.isEmpty { years[slot].masks = Array(repeating: 0, count: table.count) }
        years[slot].masks[Int(enterprise)] |= 1 << dimension
      }
    } else {
      counts.undated += 1
    }
    guard options.inPeriod(date) else {
      if date != nil { counts.outsidePeriod += 1 }
      return
    }
    counts.inPeriod += 1
    if let dimension, let cost { counts.costByDimension[dimension] = counts.costByDimension[dimension] + cost }
    guard let enterprise else {
      counts.unmatched += 1
      counts.unmatchedByKecamatan[kecamatan() ?? CoverageRow.unknownKey, default: 0] += 1
      return
    }
    if isCounted(Int(enterprise)) { counts.reachingBinaan += 1 } else { counts.reachingNonBinaan += 1 }
    if let dimension { reachedMask[Int(enterprise)] |= 1 << dimension } else { counts.withoutDimension += 1 }
    guard let day = date?.dayNumber else { return }
    switch kind {
    case .pelatihan: trainings.append(enterprise: enterprise, day: day)
    case .pendampingan: followUps.append(enterprise: enterprise, day: day)
    case .monitoring:
      followUps.append(enterprise: enterprise, day: day)
      visits.append(enterprise: enterprise, day: day)
    case .bantuanPeralatan: equipment.append(enterprise: enterprise, day: day)
    case .ecommerce: ecommerceEvents.append((enterprise, day, isActive))
    default: break
    }
  }

  /// Hints the cache at the per-enterprise state `add(activity)` will read and write for an activity
  /// of `enterprise` on `date`: whether the enterprise is counted, its reach mask, and its mask in the
  /// activity's year. Call it a row or two before the add. Measured: the masks are 2 bytes of a 2 MB array per year at a million
  /// enterprises, and the add waited on them; at 10 million the counted bits (1.25 MB) no longer
  /// stay in cache either, and the add waited on them for 6% of the run.
  ///
  /// The addresses are worked out inside `withUnsafeBufferPointer` and the hints given outside it:
  /// a C call inside made Swift retain and release each mutable array around it, twice a row. A
  /// hint at an address no longer valid is harmless (a prefetch never faults).
  public func prefetch(enterprise: Int32, date: CalendarDate?) {
    let enterprise = Int(enterprise)
    CPrefetch_read(countedBits.withUnsafeBufferPointer { $0.baseAddress! + (enterprise >> 6) })
    CPrefetch_read(reachedMask.withUnsafeBufferPointer { $0.baseAddress! + enterprise })
    guard let day = date?.dayNumber, let slot = knownYearSlot(day: day),
      let mask = years[slot].masks.withUnsafeBufferPointer({ enterprise < $0.count ? $0.baseAddress! + enterprise : nil })
    else { return }
    CPrefetch_read(mask)
  }

  /// The activities added next are those of the piece of the input at `order`: pieces added to
  /// accumulators in any order and merged give the result of one accumulator given the pieces in
  /// order. (Only e-commerce onboardings depend on the order: the last on a day counts.)
  public func startPiece(order: Int) {
    if ecommercePieces.last?.start == ecommerceEvents.count { ecommercePieces.removeLast() }
    ecommercePieces.append((order, ecommerceEvents.count))
  }

  /// Adds what `other` accumulated: the result is that of one accumulator given both streams, their
  /// pieces in order (`startPiece`; without pieces, `other`'s activities follow this one's).
  public func merge(_ other: CoverageAccumulator) {
    precondition(other.table.count == table.count, "accumulators of different registries")
    counts.add(other.counts)
    firstActivity = [firstActivity, other.firstActivity].compactMap { $0 }.min()
    lastActivity = [lastActivity, other.lastActivity].compactMap { $0 }.max()
    for (slot, tally) in other.years.enumerated() { years[yearSlot(day: other.yearDays[slot].lowerBound)].add(tally) }
    for index in reachedMask.indices { reachedMask[index] |= other.reachedMask[index] }
    trainings.append(contentsOf: other.trainings)
    followUps.append(contentsOf: other.followUps)
    equipment.append(contentsOf: other.equipment)
    visits.append(contentsOf: other.visits)
    mergeEcommerce(other)
  }

  /// The e-commerce events of both, piece by piece in input order (this one's first on equal order).
  private func mergeEcommerce(_ other: CoverageAccumulator) {
    typealias Piece = (order: Int, source: Int, events: ArraySlice<(enterprise: Int32, day: Int32, active: Bool?)>)
    func pieces(of accumulator: CoverageAccumulator, source: Int) -> [Piece] {
      let starts = accumulator.ecommercePieces
      return starts.indices.map { index in
        let end = index + 1 < starts.count ? starts[index + 1].start : accumulator.ecommerceEvents.count
        return (starts[index].order, source, accumulator.ecommerceEvents[starts[index].start..<end])
      }
    }
    let merged = (pieces(of: self, source: 0) + pieces(of: other, source: 1)).sorted {
      ($0.order, $0.source) < ($1.order, $1.source)
    }
    ecommerceEvents = merged.flatMap(\.events)
    var start = 0
    ecommercePieces = merged.map { piece in
      defer { start += piece.events.count }
      return (piece.order, start)
    }
  }

  private func dimension(of kind: ProgrammeKind) -> Int? {
    if let known = kind.knownIndex {
      let dimension = dimensionOfKnown[known]
      return dimension < 0 ? nil : Int(dimension)
    }
    return dimensionOfOther[kind]
  }

  /// The index of the tally of the year of `day` (a day number), made when the year is new.
  private func yearSlot(day: Int32) -> Int {
    if let known = knownYearSlot(day: day) {
      lastYear = known
    } else {
      let year = CalendarDate(dayNumber: day).year
      lastYear = years.count
      years.append(YearTally(year: year))
      yearDays.append(CalendarDate.startOfYear(year).dayNumber..<CalendarDate.startOfYear(year + 1).dayNumber)
    }
    return lastYear
  }

  /// The index of the tally of the year of `day`, nil when the year has none yet.
  private func knownYearSlot(day: Int32) -> Int? {
    if lastYear < yearDays.count, yearDays[lastYear].contains(day) { return lastYear }
    return yearDays.firstIndex { $0.contains(day) }
  }

  /// The tally of `year`, nil when no activity fell in it.
  func tally(of year: Int) -> YearTally? { years.first { $0.year == year } }

  /// Whether enterprise `index` is in the denominator: binaan, registered by the as-of date
  /// (an unknown registration date counts as registered, and is reported).
  func isCounted(_ index: Int) -> Bool { countedBits[index >> 6] & (1 << UInt64(index & 63)) != 0 }

  private static func isCounted(_ index: Int, table: EnterpriseTable, asOf: CalendarDate?) -> Bool {
    guard table.isBinaan(index) else { return false }
    guard let asOf, let registered = table.registeredOn[index] else { return true }
    return registered <= asOf
  }

  /// Computes every indicator. `population` gives all-UMKM counts (kecamatan, sector?, year).
  public func finish(population: [PopulationRecord] = []) -> AnalysisResult {
    let dimensions = options.framework.dimensions.count
    // Continuity (sorts and searches of the dated events) on a second thread, the coverage tables,
    // re-registration and trends on this one: each only reads the accumulator, so the result does
    // not depend on which ends first. Measured: the two halves took 0.3 s each at size L.
    var continuity: Continuity?
    var coverage: CoverageTables?
    var reRegistration: [ReRegistrationRow] = []
    var trends: Trends?
    ConcurrentParts.run(count: 2) { part in
      if part == 1 {
        continuity = self.continuity()
        return
      }
      coverage = CoverageTables.compute(
        table: self.table, reached: self.reachedMask, dimensions: dimensions, isCounted: self.isCounted,
        population: PopulationIndex(records: population, year: (self.options.effectiveAsOf ?? self.lastActivity)?.year))
      reRegistration = self.reRegistration()
      trends = self.trends(dimensions: dimensions)
    }
    guard let continuity, let coverage, let trends else { preconditionFailure("a part of the analysis did not run") }
    let units = coverage.byKecamatan.filter { $0.kecamatan != CoverageRow.unknownKey }
    let equity = (0..<dimensions).map { d in
      EquitySummary(units: units.map { EquityUnit(reached: $0.reached[d], registered: $0.registered) })
    }
    return AnalysisResult(
      framework: options.framework, options: options, firstActivity: firstActivity, lastActivity: lastActivity,
      asOf: options.effectiveAsOf, coverage: coverage, equity: equity, equityUnits: units.map { $0.kecamatan ?? "" },
      continuity: continuity, reRegistration: reRegistration, trends: trends,
      gaps: gaps(units: units), activityCounts: counts, unknowns: unknownCounts())
  }

  private func unknownCounts() -> UnknownCounts {
    var unknowns = UnknownCounts()
    unknowns.enterprises = table.count
    for index in 0..<table.count {
      if table.kecamatan[index] < 0 { unknowns.kecamatan += 1 }
      if table.sector[index] < 0 { unknowns.sector += 1 }
      if table.binaan[index] == nil { unknowns.status += 1 }
      if table.registeredOn[index] == nil { unknowns.registrationDate += 1 }
    }
    return unknowns
  }

  private func gaps(units: [CoverageRow]) -> [GapRow] {
    units.flatMap { row in
      row.reached.indices.map { d in
        let needed = Int((options.target * Double(row.registered)).rounded(.up))
        return GapRow(
          kecamatan: row.kecamatan ?? "", dimension: d, registered: row.registered, reached: row.reached[d],
          toReach: max(0, needed - row.reached[d]))
      }
    }
  }
}
