import BerdayaModel

extension CoverageAccumulator {
  /// Continuity of trainings, equipment aid and e-commerce onboarding, over counted binaan.
  func continuity() -> Continuity {
    let followUpsByEnterprise = Self.daysByEnterprise(followUps)
    let visitsByEnterprise = Self.daysByEnterprise(visits)
    var trained = Set<Int32>()
    var followed = Set<Int32>()
    for (enterprise, day) in trainings where isCounted(Int(enterprise)) {
      trained.insert(enterprise)
      if Self.has(followUpsByEnterprise[enterprise], after: day, within: options.followUpDays) {
        followed.insert(enterprise)
      }
    }
    var aided = Set<Int32>()
    var firstVisit = Set<Int32>()
    var yearVisit = Set<Int32>()
    for (enterprise, day) in equipment where isCounted(Int(enterprise)) {
      aided.insert(enterprise)
      let days = visitsByEnterprise[enterprise]
      if Self.has(days, after: day, within: options.equipmentVisitDays) { firstVisit.insert(enterprise) }
      if Self.has(days, after: day + Int32(options.equipmentVisitDays), within: 365) { yearVisit.insert(enterprise) }
    }
    var withStatus = 0
    var active = 0
    var withoutStatus = 0
    // The latest onboarding per enterprise; on the same day the later row, and a row without a
    // status keeps the status known before it.
    var ecommerce: [Int32: (day: Int32, active: Bool?)] = [:]
    for event in ecommerceEvents {
      if let previous = ecommerce[event.enterprise], previous.day > event.day { continue }
      ecommerce[event.enterprise] = (event.day, event.active ?? ecommerce[event.enterprise]?.active)
    }
    for (enterprise, latest) in ecommerce where isCounted(Int(enterprise)) {
      guard let isActive = latest.active else {
        withoutStatus += 1
        continue
      }
      withStatus += 1
      if isActive { active += 1 }
    }
    return Continuity(
      trainingFollowUp: Proportion(numerator: followed.count, denominator: trained.count),
      equipmentFirstVisit: Proportion(numerator: firstVisit.count, denominator: aided.count),
      equipmentYearVisit: Proportion(numerator: yearVisit.count, denominator: aided.count),
      ecommerceActive: Proportion(numerator: active, denominator: withStatus),
      ecommerceWithoutStatus: withoutStatus)
  }

  private static func daysByEnterprise(_ events: [(Int32, Int32)]) -> [Int32: [Int32]] {
    var result: [Int32: [Int32]] = [:]
    for (enterprise, day) in events { result[enterprise, default: []].append(day) }
    return result
  }

  /// Whether some day in `days` lies in (day, day + within].
  private static func has(_ days: [Int32]?, after day: Int32, within: Int) -> Bool {
    days?.contains { $0 > day && $0 <= day + Int32(within) } ?? false
  }

  /// Per kecamatan: counted binaan whose latest registration is older than the re-registration interval.
  func reRegistration() -> [ReRegistrationRow] {
    guard let asOf = options.effectiveAsOf ?? lastActivity else { return [] }
    let due = asOf.adding(months: -options.reRegistrationMonths)
    var rows: [String: ReRegistrationRow] = [:]
    for index in 0..<table.count where isCounted(index) {
      let name = table.kecamatanName(index) ?? CoverageRow.unknownKey
      var row = rows[name] ?? ReRegistrationRow(kecamatan: name, registered: 0, overdue: 0, unknownDate: 0)
      row.registered += 1
      if let last = table.lastRegisteredOn[index] {
        if last < due { row.overdue += 1 }
      } else {
        row.unknownDate += 1
      }
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
    let allYears = Set(registrationYears.keys).union(yearActivities.keys)
    guard let first = allYears.min(), let last = allYears.max() else {
      return Trends(years: [], registeredUnknownDate: unknownDate)
    }
    let firstShown = max(first, (yearActivities.keys.min() ?? last) - 10)
    var cumulative = registrationYears.filter { $0.key < firstShown }.values.reduce(0, +)
    var years: [Trends.Year] = []
    for year in firstShown...last {
      cumulative += registrationYears[year] ?? 0
      var reached = Array(repeating: 0, count: dimensions)
      var reachedAny = 0
      if let masks = yearMasks[year] {
        for (index, mask) in masks.enumerated() where mask != 0 && table.isBinaan(index) {
          reachedAny += 1
          for d in 0..<dimensions where mask & (1 << d) != 0 { reached[d] += 1 }
        }
      }
      let cost = yearCost[year] ?? (0, 0)
      years.append(
        Trends.Year(
          year: year, registered: cumulative, activities: yearActivities[year] ?? 0, reached: reached,
          reachedAny: reachedAny, cost: Rupiah(cost.0), activitiesWithCost: cost.1))
    }
    return Trends(years: years, registeredUnknownDate: unknownDate)
  }
}
