/// One normalisation decision: a raw value, what it became, how, and on how many rows.
public struct NormalisationDecision: Hashable, Sendable {
  /// The column: "kecamatan", "kelurahan", "sektor", "jenis_kegiatan".
  public var field: String
  public var raw: String
  /// The canonical value; nil when the value was not resolved (ambiguous, unknown).
  public var canonical: String?
  /// `exact`, `folded`, `partial`, `fuzzy:1`, `ambiguous`, `unknown`, `kelurahan_in_other_kecamatan`, ...
  public var method: String
  public var count: Int
  /// Names a person should look at (the candidates of an ambiguous match, suggestions).
  public var candidates: [String]

  public init(field: String, raw: String, canonical: String?, method: String, count: Int, candidates: [String]) {
    self.field = field
    self.raw = raw
    self.canonical = canonical
    self.method = method
    self.count = count
    self.candidates = candidates
  }
}
