/// The outcome of resolving one raw place name. Only `matched` and `canonicalSpelling` give a
/// name to count under; the other cases are reported, never guessed.
public enum PlaceResolution: Hashable, Sendable {
  /// One region of the gazetteer.
  case matched(Region, method: MatchMethod)
  /// Without a region: the most frequent spelling of the names that differ only in case.
  case canonicalSpelling(String, method: MatchMethod)
  /// The kelurahan exists, but in another kecamatan than the row says. `kelurahan` is the
  /// region found; `stated` is the row's kecamatan and `actual` the one the kelurahan lies in.
  case kelurahanInOtherKecamatan(kelurahan: Region, stated: Region, actual: Region)
  /// More than one region fits equally well: the candidates, in code order.
  case ambiguous([Region])
  /// Nothing fits well enough: the nearest names, closest first (may be empty).
  case unknown(suggestions: [Region])

  /// The name to count under, or nil when the value was not resolved.
  public var canonicalName: String? {
    switch self {
    case .matched(let region, _): region.name
    case .canonicalSpelling(let name, _): name
    case .kelurahanInOtherKecamatan, .ambiguous, .unknown: nil
    }
  }

  /// The region matched, or nil.
  public var region: Region? {
    if case .matched(let region, _) = self { return region }
    return nil
  }

  /// The method, as the normalisation log writes it: `exact`, `folded`, `partial`, `fuzzy:1`,
  /// `kelurahan_in_other_kecamatan`, `ambiguous`, `unknown`.
  public var methodDescription: String {
    switch self {
    case .matched(_, let method), .canonicalSpelling(_, let method): method.description
    case .kelurahanInOtherKecamatan: "kelurahan_in_other_kecamatan"
    case .ambiguous: "ambiguous"
    case .unknown: "unknown"
    }
  }

  /// The regions a reader should look at: the candidates of an ambiguous match, the suggestions
  /// for an unknown one, the kelurahan and both kecamatan of a misplaced kelurahan.
  public var candidates: [Region] {
    switch self {
    case .matched, .canonicalSpelling: []
    case .kelurahanInOtherKecamatan(let kelurahan, let stated, let actual): [kelurahan, actual, stated]
    case .ambiguous(let regions): regions
    case .unknown(let suggestions): suggestions
    }
  }
}
