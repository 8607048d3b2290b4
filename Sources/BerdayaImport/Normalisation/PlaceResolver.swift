/// Resolves the place names of one region's rows (kecamatan, kelurahan) to gazetteer regions, or,
/// without a region, to one spelling per place.
///
/// With a region, the unit is the level below it: `--region 32` makes kab/kota the unit,
/// `--region 12.71` kecamatan, `--region 12.71.01` kelurahan/desa. Names go through the tiers of
/// `MatchMethod` (exact, folded, partial, fuzzy); when more than one region fits, or none fits
/// well enough, the answer is `ambiguous` or `unknown` with candidates, never a guess.
///
/// Without a region (`PlaceResolver.unregioned()`), names are trimmed, inner spaces collapsed, and
/// spellings that differ only in case are one place, shown in its most frequent spelling. That
/// needs the counts first: call `observe(_:count:)` for every distinct raw value, then
/// `resolveUnit(_:)` or `canonical(_:)`.
public struct PlaceResolver: Sendable {
  /// The region the rows belong to; nil for an unregioned resolver.
  public let region: Region?
  /// The level of the units (`region`'s children); nil for an unregioned resolver.
  public var unitLevel: RegionLevel? { region?.level.childLevel }

  private let gazetteer: Gazetteer?
  private let units: PlaceMatcher
  /// For a regency: every kelurahan/desa of it, and those of each kecamatan.
  private let villagesOfRegion: PlaceMatcher?
  private let villagesByDistrict: [String: PlaceMatcher]
  /// Unregioned: case-folded spelling -> (tidy spelling -> count).
  private var spellings: [String: [String: Int]] = [:]

  /// A resolver for the units of `region` (which must not be a village).
  public init(region: Region, gazetteer: Gazetteer) {
    precondition(region.level != .village, "a village has no units below it")
    self.region = region
    self.gazetteer = gazetteer
    units = PlaceMatcher(regions: gazetteer.children(of: region))
    if region.level == .regency {
      var byDistrict: [String: PlaceMatcher] = [:]
      var all: [Region] = []
      for district in gazetteer.children(of: region) {
        let villages = gazetteer.children(of: district)
        byDistrict[district.code] = PlaceMatcher(regions: villages)
        all += villages
      }
      villagesByDistrict = byDistrict
      villagesOfRegion = PlaceMatcher(regions: all)
    } else {
      villagesByDistrict = [:]
      villagesOfRegion = nil
    }
  }

  private init() {
    region = nil
    gazetteer = nil
    units = PlaceMatcher(regions: [])
    villagesOfRegion = nil
    villagesByDistrict = [:]
  }

  /// A resolver without a region: it only merges spellings that differ in case and spacing.
  public static func unregioned() -> PlaceResolver { PlaceResolver() }

  /// Counts `count` occurrences of `raw` (unregioned: they decide the displayed spelling; with a
  /// region this does nothing, so an importer can call it regardless).
  public mutating func observe(_ raw: String, count: Int = 1) {
    guard region == nil else { return }
    let tidy = PlaceNameFolder.tidy(raw)
    guard !tidy.isEmpty else { return }
    spellings[Self.caseKey(tidy), default: [:]][tidy, default: 0] += count
  }

  /// Resolves a unit name (a kecamatan for a regency's rows; a kab/kota for a province's).
  public func resolveUnit(_ raw: String) -> PlaceResolution {
    guard region != nil else { return resolveSpelling(raw) }
    return units.match(raw)
  }

  /// The unit's canonical name, or nil when it is ambiguous or unknown.
  public func canonical(_ raw: String) -> String? {
    resolveUnit(raw).canonicalName
  }

  /// Resolves a kelurahan/desa name, within `kecamatan` when the row's kecamatan resolved.
  ///
  /// A name that matches exactly or after folding in another kecamatan of the region, but not in
  /// the row's, is `kelurahanInOtherKecamatan`: the row contradicts itself and the caller reports
  /// it. For a resolver of one kecamatan (`--region 12.71.01`) this is `resolveUnit`. Without a
  /// region, the spelling is merged as for units (observe kelurahan values separately, in a
  /// resolver of their own).
  public func resolveKelurahan(_ raw: String, kecamatan: Region?) -> PlaceResolution {
    guard let region else { return resolveSpelling(raw) }
    if region.level == .district { return units.match(raw) }
    guard let kecamatan else {
      return villages(of: region).match(raw)
    }
    let own = villagesByDistrict[kecamatan.code] ?? PlaceMatcher(regions: gazetteer?.children(of: kecamatan) ?? [])
    let ownResult = own.match(raw)
    if case .matched(_, let method) = ownResult, method == .exact || method == .folded { return ownResult }

    let elsewhere = villages(of: region).match(raw, depth: .certain)
    switch elsewhere {
    case .matched(let village, _):
      if village.parentCode != kecamatan.code, let actual = gazetteer?.parent(of: village) {
        return .kelurahanInOtherKecamatan(kelurahan: village, stated: kecamatan, actual: actual)
      }
    case .ambiguous(let villages):
      let outside = villages.filter { $0.parentCode != kecamatan.code }
      if outside.count == villages.count, case .unknown = ownResult { return .ambiguous(villages) }
    case .canonicalSpelling, .kelurahanInOtherKecamatan, .unknown:
      break
    }
    return ownResult
  }

  /// The villages of the region: precomputed for a regency, assembled for a province (slower;
  /// a province's rows rarely name kelurahan).
  private func villages(of region: Region) -> PlaceMatcher {
    if let villagesOfRegion { return villagesOfRegion }
    guard let gazetteer else { return PlaceMatcher(regions: []) }
    let districts = region.level == .province ? gazetteer.children(of: region).flatMap(gazetteer.children(of:)) : []
    return PlaceMatcher(regions: districts.flatMap(gazetteer.children(of:)))
  }

  private func resolveSpelling(_ raw: String) -> PlaceResolution {
    let tidy = PlaceNameFolder.tidy(raw)
    guard !tidy.isEmpty else { return .unknown(suggestions: []) }
    guard let counts = spellings[Self.caseKey(tidy)] else {
      return .canonicalSpelling(tidy, method: raw == tidy ? .exact : .folded)
    }
    // Most frequent first; equal counts go to the spelling that sorts first, for determinism.
    let best = counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? tidy
    return .canonicalSpelling(best, method: raw == best ? .exact : .folded)
  }

  private static func caseKey(_ tidy: String) -> String { tidy.lowercased() }
}
