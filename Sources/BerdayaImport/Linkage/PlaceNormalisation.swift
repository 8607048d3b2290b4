/// Resolves the registry's kecamatan and kelurahan names once per distinct spelling, and keeps
/// every decision for the normalisation log.
public struct PlaceNormalisation: Sendable {
  private var resolver: PlaceResolver
  private var kelurahanResolver: PlaceResolver
  /// Every place-name decision (raw -> canonical, method, count, candidates).
  public private(set) var log = NormalisationLog()

  /// With a region, names resolve against the gazetteer; without, spellings that differ only in
  /// case and spacing are merged.
  public init(resolver: PlaceResolver) {
    self.resolver = resolver
    kelurahanResolver = resolver.region == nil ? .unregioned() : resolver
  }

  /// Raw kecamatan -> (canonical name, region if any) for the resolved ones.
  mutating func resolveKecamatans(_ counts: [String: Int]) -> [String: (name: String, region: Region?)] {
    for (raw, count) in counts { resolver.observe(raw, count: count) }
    var result: [String: (name: String, region: Region?)] = [:]
    for (raw, count) in counts.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
      let resolution = resolver.resolveUnit(raw)
      record("kecamatan", raw, resolution, count)
      if let name = resolution.canonicalName { result[raw] = (name, resolution.region) }
    }
    return result
  }

  /// (raw kecamatan, raw kelurahan) -> canonical kelurahan name; a kelurahan that lies in another
  /// kecamatan than its row says is logged and left unresolved.
  mutating func resolveKelurahans(_ counts: [PlacePair: Int], kecamatans: [String: (name: String, region: Region?)])
    -> [PlacePair: String]
  {
    for (pair, count) in counts { kelurahanResolver.observe(pair.kelurahan, count: count) }
    var result: [PlacePair: String] = [:]
    let ordered = counts.sorted { a, b in
      a.key.kelurahan != b.key.kelurahan
        ? a.key.kelurahan.utf8.lexicographicallyPrecedes(b.key.kelurahan.utf8)
        : (a.key.kecamatan ?? "").utf8.lexicographicallyPrecedes((b.key.kecamatan ?? "").utf8)
    }
    for (pair, count) in ordered {
      let kecamatan = pair.kecamatan.flatMap { kecamatans[$0]?.region }
      let resolution = kelurahanResolver.resolveKelurahan(pair.kelurahan, kecamatan: kecamatan)
      record("kelurahan", pair.kelurahan, resolution, count)
      result[pair] = resolution.canonicalName ?? PlaceNameFolder.tidy(pair.kelurahan)
    }
    return result
  }

  /// Resolves one place outside the registry (an activity's or a population row's kecamatan).
  public func canonicalKecamatan(_ raw: String) -> String? { resolver.resolveUnit(raw).canonicalName }

  private mutating func record(_ field: String, _ raw: String, _ resolution: PlaceResolution, _ count: Int) {
    // An exact match is not a decision worth a log line unless the spelling changed.
    if case .matched(_, .exact) = resolution, resolution.canonicalName == raw { return }
    log.record(
      field: field, raw: raw, canonical: resolution.canonicalName, method: resolution.methodDescription,
      count: count, candidates: resolution.candidates.map(\.name))
  }
}
