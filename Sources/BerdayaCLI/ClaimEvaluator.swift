import BerdayaAnalysis
import BerdayaImport
import BerdayaModel
import BerdayaReport

/// Computes the figure a claim names from a project's data, with the same pipeline and analysis
/// as `berdaya report`; no claim is special-cased, only its indicator and keys decide.
///
/// Indicators and their keys:
/// - `registered`: binaan registered as of `as_of` (a date or a year, meaning its 31 December);
///   optional `kecamatan`, `sektor`.
/// - `growth_registered`: (registered at `to` − registered at `from`) / registered at `from`.
/// - `activities`: distinct activities (`id_kegiatan`) dated in `year` or `from`..`to`, optionally
///   with `name_contains`, `kind`, `kecamatan`; `distinct: id_kegiatan` may be written out.
/// - `participants`: activity rows (one per enterprise per activity), same filters.
/// - `cost`: the sum of `biaya` over those rows.
/// - `population`: all UMKM of the population files in `year`; optional `kecamatan`, `sektor`.
/// - `growth_population`: relative change of that count from year `from` to year `to`.
struct ClaimEvaluator {
  let facts: ProjectFacts
  let findingsPath: String

  /// The indicators a claim may name, with the keys each accepts.
  static let keysByIndicator: [String: Set<String>] = [
    "registered": ["as_of", "kecamatan", "sektor"],
    "growth_registered": ["from", "to", "kecamatan", "sektor"],
    "activities": ["year", "from", "to", "name_contains", "kind", "kecamatan", "distinct"],
    "participants": ["year", "from", "to", "name_contains", "kind", "kecamatan"],
    "cost": ["year", "from", "to", "name_contains", "kind", "kecamatan"],
    "population": ["year", "kecamatan", "sektor"],
    "growth_population": ["from", "to", "kecamatan", "sektor"],
  ]

  /// A figure, or why there is none (Indonesian, English).
  private enum Outcome {
    case value(Double)
    case none(String, String)
  }

  func check(_ claim: FindingsFile.Claim) throws -> ClaimCheck {
    let outcome: Outcome
    let unit: ClaimCheck.Unit
    if let allowed = Self.keysByIndicator[claim.indicator] {
      for (name, key) in claim.keys.sorted(by: { $0.key < $1.key }) where !allowed.contains(name) {
        throw error(
          key.line ?? claim.line,
          "claim '\(claim.id)': key '\(name)' does not apply to \(claim.indicator) (keys: \(allowed.sorted().joined(separator: ", ")))"
        )
      }
      (outcome, unit) = try compute(claim)
    } else {
      let known = Self.keysByIndicator.keys.sorted().joined(separator: ", ")
      outcome = .none(
        "data proyek tidak memuat indikator '\(claim.indicator)'; berdaya menghitung \(known)",
        "the project's data holds no indicator '\(claim.indicator)'; berdaya computes \(known)")
      unit = .count
    }
    let keys = claim.keys.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.value)" }
    switch outcome {
    case .value(let value):
      return ClaimCheck(
        id: claim.id, source: claim.source, indicator: claim.indicator, keys: keys, unit: unit,
        published: claim.published, computed: value, tolerance: claim.tolerance)
    case .none(let reasonID, let reasonEN):
      return ClaimCheck(
        id: claim.id, source: claim.source, indicator: claim.indicator, keys: keys, unit: unit,
        published: claim.published, computed: nil, tolerance: claim.tolerance, reasonID: reasonID, reasonEN: reasonEN)
    }
  }

  private func compute(_ claim: FindingsFile.Claim) throws -> (Outcome, ClaimCheck.Unit) {
    switch claim.indicator {
    case "registered":
      return (try registered(claim, at: try yearEndDate(claim, "as_of")), .count)
    case "growth_registered":
      return (
        growth(
          try registered(claim, at: try yearEndDate(claim, "from")),
          try registered(claim, at: try yearEndDate(claim, "to"))), .fraction
      )
    case "activities", "participants", "cost":
      return (try activityFigure(claim), claim.indicator == "cost" ? .rupiah : .count)
    case "population":
      return (try population(claim, year: try year(claim, "year")), .count)
    default:
      return (
        growth(
          try population(claim, year: try year(claim, "from")), try population(claim, year: try year(claim, "to"))),
        .fraction
      )
    }
  }

  // MARK: Registered enterprises

  private func registered(_ claim: FindingsFile.Claim, at date: CalendarDate) throws -> Outcome {
    let coverage = facts.coverage(asOf: date)
    if let raw = claim.keys["kecamatan"]?.value {
      let name = facts.places.canonicalKecamatan(raw) ?? raw
      guard let row = coverage.byKecamatan.first(where: { $0.kecamatan == name }) else {
        return .none("tidak ada kecamatan '\(raw)' di registri", "no kecamatan '\(raw)' in the registry")
      }
      if claim.keys["sektor"] != nil {
        return sectorCount(claim, rows: coverage.byCell.filter { $0.kecamatan == name })
      }
      return .value(Double(row.registered))
    }
    if claim.keys["sektor"] != nil { return sectorCount(claim, rows: coverage.bySector) }
    return .value(Double(coverage.region.registered))
  }

  private func sectorCount(_ claim: FindingsFile.Claim, rows: [CoverageRow]) -> Outcome {
    let raw = claim.keys["sektor"]?.value ?? ""
    guard let row = rows.first(where: { ($0.sector ?? "").lowercased() == raw.lowercased() }) else {
      let known = facts.table.sectorNames.sorted().joined(separator: ", ")
      return .none("tidak ada sektor '\(raw)' di registri (\(known))", "no sector '\(raw)' in the registry (\(known))")
    }
    return .value(Double(row.registered))
  }

  private func growth(_ from: Outcome, _ to: Outcome) -> Outcome {
    guard case .value(let start) = from else { return from }
    guard case .value(let end) = to else { return to }
    guard let rate = GrowthRate.relative(from: start, to: end) else {
      return .none("jumlah awal 0: pertumbuhan tidak terdefinisi", "the starting count is 0: growth is undefined")
    }
    return .value(rate)
  }

  // MARK: Activities

  private func activityFigure(_ claim: FindingsFile.Claim) throws -> Outcome {
    guard facts.hasActivityFiles else {
      return .none(
        "proyek tidak punya berkas kegiatan (inputs.activities)", "the project has no activity file (inputs.activities)"
      )
    }
    if let distinct = claim.keys["distinct"], distinct.value != "id_kegiatan" {
      throw error(distinct.line, "claim '\(claim.id)': distinct can only be id_kegiatan")
    }
    var from: CalendarDate?
    var to: CalendarDate?
    if claim.keys["year"] != nil {
      let year = try year(claim, "year")
      (from, to) = (CalendarDate.startOfYear(year), CalendarDate.endOfYear(year))
    }
    if claim.keys["from"] != nil { from = try date(claim, "from") }
    if claim.keys["to"] != nil { to = try date(claim, "to") }
    let needle = claim.keys["name_contains"]?.value.lowercased()
    let kind = claim.keys["kind"].map { ProgrammeKind(code: $0.value) }
    let kecamatan = claim.keys["kecamatan"].map { facts.places.canonicalKecamatan($0.value) ?? $0.value }
    let rows = facts.activities.filter { activity in
      if from != nil || to != nil {
        guard let date = activity.date else { return false }
        if let from, date < from { return false }
        if let to, date > to { return false }
      }
      if let needle, !(activity.name ?? "").lowercased().contains(needle) { return false }
      if let kind, activity.kind != kind { return false }
      if let kecamatan, activity.kecamatan != kecamatan { return false }
      return true
    }
    switch claim.indicator {
    case "participants":
      return .value(Double(rows.count))
    case "cost":
      let costs = rows.compactMap(\.cost)
      guard !costs.isEmpty else {
        return .none(
          "tidak satu pun dari \(rows.count) baris kegiatan yang cocok memuat biaya",
          "none of the \(rows.count) matching activity rows carries a cost")
      }
      return .value(Double(costs.reduce(Rupiah(0), +).value))
    default:
      // An activity without an id is told apart by its name and date.
      let ids = Set(rows.map { $0.id ?? "\($0.name ?? "")|\($0.date?.description ?? "")" })
      return .value(Double(ids.count))
    }
  }

  // MARK: Population

  private func population(_ claim: FindingsFile.Claim, year: Int) throws -> Outcome {
    guard facts.hasPopulationFiles else {
      return .none(
        "proyek tidak punya berkas populasi (inputs.population)",
        "the project has no population file (inputs.population)")
    }
    let kecamatan = claim.keys["kecamatan"].map { facts.places.canonicalKecamatan($0.value) ?? $0.value }
    let sector = claim.keys["sektor"]?.value.lowercased()
    let counts = facts.population.filter { record in
      guard record.year == year else { return false }
      if let kecamatan, record.kecamatan != kecamatan { return false }
      if let sector, record.sector?.name.lowercased() != sector { return false }
      return true
    }.compactMap(\.count)
    guard !counts.isEmpty else {
      return .none(
        "berkas populasi tidak memuat jumlah untuk \(year)", "the population files hold no count for \(year)")
    }
    return .value(Double(counts.reduce(0, +)))
  }

  // MARK: Keys

  private func error(_ line: Int?, _ message: String) -> YAMLFileError {
    YAMLFileError(file: findingsPath, line: line, message: message)
  }

  private func required(_ claim: FindingsFile.Claim, _ name: String) throws -> FindingsFile.Claim.Key {
    guard let key = claim.keys[name] else {
      throw error(claim.line, "claim '\(claim.id)': \(claim.indicator) needs the key \(name)")
    }
    return key
  }

  private func year(_ claim: FindingsFile.Claim, _ name: String) throws -> Int {
    let key = try required(claim, name)
    guard let year = Int(key.value), (1900...2100).contains(year) else {
      throw error(key.line, "claim '\(claim.id)': \(name) '\(key.value)' is not a year")
    }
    return year
  }

  private func date(_ claim: FindingsFile.Claim, _ name: String) throws -> CalendarDate {
    let key = try required(claim, name)
    guard let date = DateParser.parse(key.value) else {
      throw error(key.line, "claim '\(claim.id)': \(name) '\(key.value)' is not a date (use YYYY-MM-DD)")
    }
    return date
  }

  /// A date, or a year meaning its 31 December (a count "in 2019" is the count at the year's end).
  private func yearEndDate(_ claim: FindingsFile.Claim, _ name: String) throws -> CalendarDate {
    if let text = claim.keys[name]?.value, let year = Int(text), (1900...2100).contains(year) {
      return CalendarDate.endOfYear(year)
    }
    return try date(claim, name)
  }
}
