/// One line of the normalisation log: a raw value of a field, what it became, how, and how often.
public struct NormalisationLogEntry: Hashable, Sendable {
  /// The canonical column (`kecamatan`, `kelurahan`, `sektor`, `jenis_kegiatan`).
  public let field: String
  /// The value as the file wrote it.
  public let raw: String
  /// The value it was counted under; empty when it was not resolved.
  public let canonical: String
  /// `exact`, `folded`, `partial`, `fuzzy:1`, `alias`, `ambiguous`, `unknown`, ...
  public let method: String
  /// How many cells held this raw value.
  public internal(set) var count: Int
  /// For ambiguous and unknown values: the candidates (`12.71.05 Medan Barat`), in order.
  public let candidates: [String]

  public init(field: String, raw: String, canonical: String, method: String, count: Int, candidates: [String]) {
    self.field = field
    self.raw = raw
    self.canonical = canonical
    self.method = method
    self.count = count
    self.candidates = candidates
  }
}
