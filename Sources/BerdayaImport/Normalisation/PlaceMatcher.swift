/// Matches raw names against a fixed set of candidate regions, tier by tier: exact, folded,
/// partial, fuzzy. The first tier that finds anything decides; more than one hit is ambiguous.
struct PlaceMatcher: Sendable {
  /// The tiers to run: the kelurahan check in other kecamatan uses only the certain ones.
  enum Depth: Sendable {
    case certain  // exact and folded
    case all
  }

  /// The largest edit distance accepted, and the share of the key's length it may be (20%).
  static let maximumDistance = 2
  static let maximumDistanceShare = 0.2
  /// The runner-up must be at least this much farther than the best (else ambiguous).
  static let requiredMargin = 2
  /// Partial matches need a key at least this long ("Kota" alone may well be partial, "Ko" not).
  static let minimumPartialKeyLength = 3
  static let suggestionCount = 3

  let candidates: [PlaceCandidate]

  init(regions: [Region]) {
    candidates = regions.map(PlaceCandidate.init)
  }

  var regions: [Region] { candidates.map(\.region) }

  func match(_ raw: String, depth: Depth = .all) -> PlaceResolution {
    let tidy = PlaceNameFolder.tidy(raw)
    guard !tidy.isEmpty else { return .unknown(suggestions: []) }
    if let result = decide(candidates.filter { $0.tidyName == tidy }, method: .exact) { return result }
    let folded = PlaceNameFolder.fold(tidy)
    guard !folded.key.isEmpty else { return .unknown(suggestions: []) }
    if let result = decide(candidates.filter { $0.folded.fullKey == folded.fullKey }, method: .folded) {
      return result
    }
    let compatible = candidates.filter { $0.folded.kindAgrees(with: folded) }
    if let result = decide(compatible.filter { $0.folded.key == folded.key }, method: .folded) { return result }
    guard depth == .all else { return .unknown(suggestions: []) }

    if folded.key.utf8.count >= Self.minimumPartialKeyLength {
      let partial = compatible.filter { $0.containsWords(folded.words) }
      if let result = decide(partial, method: .partial) { return result }
    }
    return fuzzy(folded, among: compatible)
  }

  /// nil when there is no hit; the match when there is one; ambiguous when there are several.
  private func decide(_ hits: [PlaceCandidate], method: MatchMethod) -> PlaceResolution? {
    switch hits.count {
    case 0: nil
    case 1: .matched(hits[0].region, method: method)
    default: .ambiguous(hits.map(\.region).sorted { $0.code < $1.code })
    }
  }

  private func fuzzy(_ folded: FoldedPlaceName, among pool: [PlaceCandidate]) -> PlaceResolution {
    let key = Array(folded.key.utf8)
    let limit = max(key.count, Self.maximumDistance + Self.requiredMargin + 4)
    var scored: [(distance: Int, region: Region)] = pool.map { candidate in
      let distance = candidate.fuzzyKeys.map { EditDistance.distance(key, $0, limit: limit) }.min() ?? limit
      return (distance, candidate.region)
    }
    scored.sort { ($0.distance, $0.region.code) < ($1.distance, $1.region.code) }
    guard let best = scored.first else { return .unknown(suggestions: []) }
    let allowed = min(Self.maximumDistance, Int(Double(key.count) * Self.maximumDistanceShare))
    if best.distance <= allowed {
      let close = scored.filter { $0.distance < best.distance + Self.requiredMargin }
      if close.count == 1 { return .matched(best.region, method: .fuzzy(distance: best.distance)) }
      return .ambiguous(close.map(\.region).sorted { $0.code < $1.code })
    }
    return .unknown(suggestions: scored.prefix(Self.suggestionCount).map(\.region))
  }
}
