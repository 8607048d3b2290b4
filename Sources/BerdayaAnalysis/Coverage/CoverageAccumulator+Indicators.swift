import BerdayaModel

extension CoverageAccumulator {
  /// Continuity of trainings, equipment aid and e-commerce onboarding, over counted binaan.
  ///
  /// Events are (enterprise, day) pairs packed into one sortable integer each (`DatedEvents`) and
  /// sorted, so "a follow-up within N days" is a walk along the sorted follow-ups. Measured: per-enterprise dictionaries of day
  /// lists were 5% of the size-L job (a million small arrays).
  func continuity() -> Continuity {
    var followUpSearch = ForwardSearch(followUps.sortedKeys(enterprises: table.count))
    var trained = DistinctCount()
    var followed = DistinctCount()
    for key in trainings.sortedKeys(enterprises: table.count) {
      let (enterprise, day) = DatedEvents.unpack(key)
      guard isCounted(Int(enterprise)) else { continue }
      trained.add(enterprise)
      if followUpSearch.has(enterprise, after: day, within: options.followUpDays) { followed.add(enterprise) }
    }
    let visitKeys = visits.sortedKeys(enterprises: table.count)
    var firstVisitSearch = ForwardSearch(visitKeys)
    var yearVisitSearch = ForwardSearch(visitKeys)
    var aided = DistinctCount()
    var firstVisit = DistinctCount()
    var yearVisit = DistinctCount()
    let firstWindow = options.equipmentVisitDays
    for key in equipment.sortedKeys(enterprises: table.count) {
      let (enterprise, day) = DatedEvents.unpack(key)
      guard isCounted(Int(enterprise)) else { continue }
      aided.add(enterprise)
      if firstVisitSearch.has(enterprise, after: day, within: firstWindow) { firstVisit.add(enterprise) }
      if yearVisitSearch.has(enterprise, after: day + Int32(firstWindow), within: 365) { yearVisit.add(enterprise) }
    }
    var withStatus = 0
    var active = 0
    var withoutStatus = 0
    // The latest onboarding per enterprise; on the same day the later row, and a row without a
    // status keeps the status known before it. By enterprise index (no onboarding: `Int32.min`;
    // status -1 unknown, 0 inactive, 1 active): a dictionary looked each event up three times.
    var latestDay = [Int32](repeating: .min, count: table.count)
    var latestStatus = [Int8](repeating: -1, count: table.count)
    for event in ecommerceEvents {
      let enterprise = Int(event.enterprise)
      if latestDay[enterprise] > event.day { continue }
      latestDay[enterprise] = event.day
      if let isActive = event.active { latestStatus[enterprise] = isActive ? 1 : 0 }
    }
    for enterprise in latestDay.indices where latestDay[enterprise] != .min && isCounted(enterprise) {
      guard latestStatus[enterprise] >= 0 else {
        withoutStatus += 1
        continue
      }
      withStatus += 1
      if latestStatus[enterprise] == 1 { active += 1 }
    }
    return Continuity(
      trainingFollowUp: Proportion(numerator: followed.count, denominator: trained.count),
      equipmentFirstVisit: Proportion(numerator: firstVisit.count, denominator: aided.count),
      equipmentYearVisit: Proportion(numerator: yearVisit.count, denominator: aided.count),
      ecommerceActive: Proportion(numerator: active, denominator: withStatus),
      ecommerceWithoutStatus: withoutStatus)
  }

  /// Distinct enterprises among ids that arrive grouped (sorted).
  private struct DistinctCount {
    private(set) var count = 0
    private var last: Int32 = -1
    mutating func add(_ enterprise: Int32) {
      if enterprise != last { count += 1 }
      last = enterprise
    }
  }

  /// Sorted keys searched by queries that come in ascending order: the position only moves forward,
  /// so all the queries together walk the keys once. Measured: a binary search per training (1.35M
  /// of them in 1.45M follow-ups at size L) was 0.3 s, the longest step after the import.
  private struct ForwardSearch {
    let keys: [UInt64]
    private var position = 0

    init(_ keys: [UInt64]) { self.keys = keys }

    /// Whether the keys hold a day of `enterprise` in (day, day + within]; each call's
    /// (enterprise, day) is at or after the previous call's.
    mutating func has(_ enterprise: Int32, after day: Int32, within: Int) -> Bool {
      let low = DatedEvents.key(enterprise, day &+ 1)
      while position < keys.count && keys[position] < low { position += 1 }
      return position < keys.count && keys[position] <= DatedEvents.key(enterprise, day &+ Int32(within))
    }
  }

  /// Per kecamatan: counted binaan whose latest registration is older than the re-registration interval.
  func reRegistration() -> [ReRegistrationRow] {
    guard let asOf = options.effectiveAsOf ?? lastActivity else { return [] }
    let due = asOf.adding(months: -options.reRegistrationMonths)
    // Counted by kecamatan id (the last slot: unknown), then by name: keyed by name, a dictionary
    // hashed each enterprise's kecamatan name twice, 110M instructions of the report at size M.
    var byID = Array(repeating: (registered: 0, overdue: 0, unknownDate: 0), count: table.kecamatanNames.count + 1)
    for index in 0..<table.count where isCounted(index) {
      let id = Int(table.kecamatan[index])
      let slot = id < 0 ? byID.count - 1 : id
      byID[slot].registered += 1
      if let last = table.lastRegisteredOn[index] {
        if last < due { byID[slot].overdue += 1 }
      } else {
        byID[slot].unknownDate += 1
      }
    }
    var rows: [String: ReRegistrationRow] = [:]
    for (slot, counted) in byID.enumerated() where counted.registered > 0 {
      let name = slot == byID.count - 1 ? CoverageRow.unknownKey : table.kecamatanNames[slot]
      var row = rows[name] ?? ReRegistrationRow(kecamatan: name, registered: 0, overdue: 0, unknownDate: 0)
      row.registered += counted.registered
      row.overdue += counted.overdue
      row.unknownDate += counted.unknownDate
      rows[name] = row
    }
    return rows.values.sorted { $0.kecamatan.utf8.lexicographicallyPrecedes($1.kecamatan.utf8) }
  }

  /// Registered binaan at each year end, activities, reach and cost per year.
  func trends(dimensions: Int) -> Trends {
    var registrationYears: [Int: Int] = [:]
    var unknownDate = 0
    for index in 0..<table.count where table.isBinaan(index) {
      if let date = table.registeredOn[index] { registrationYears[date.year, default: 0] += 1 } else { unknownDate += 1 }
    }
    let activityYears = years.map(\.year)
    let allYears = Set(registrationYears.keys).union(activityYears)
    guard let first = allYears.min(), let last = allYears.max() else {
      return Trends(years: [], registeredUnknownDate: unknownDate)
    }
    let firstShown = max(first, (activityYears.min() ?? last) - 10)
    var cumulative = registrationYears.filter { $0.key < firstShown }.values.reduce(0, +)
    var shown: [Trends.Year] = []
    for year in firstShown...last {
      cumulative += registrationYears[year] ?? 0
      var reached = Array(repeating: 0, count: dimensions)
      var reachedAny = 0
      let tally = tally(of: year)
      if let masks = tally?.masks {
        for (index, mask) in masks.enumerated() where mask != 0 && table.isBinaan(index) {
          reachedAny += 1
          for d in 0..<dimensions where mask & (1 << d) != 0 { reached[d] += 1 }
        }
      }
      shown.append(
        Trends.Year(
          year: year, registered: cumulative, activities: tally?.activities ?? 0, reached: reached,
          reachedAny: reachedAny, cost: Rupiah(tally?.cost ?? 0), activitiesWithCost: tally?.activitiesWithCost ?? 0))
    }
    return Trends(years: shown, registeredUnknownDate: unknownDate)
  }
}
