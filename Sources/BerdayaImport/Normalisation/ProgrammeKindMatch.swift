import BerdayaModel

/// A programme kind found for an activity, and how it was found.
public struct ProgrammeKindMatch: Hashable, Sendable {
  /// Where the kind came from, from the most to the least certain.
  public enum Method: Hashable, Sendable, CustomStringConvertible {
    /// jenis_kegiatan is a canonical code (`bantuan_peralatan`, `Bantuan Peralatan`).
    case code
    /// jenis_kegiatan as a whole is an alias (`Bimtek`).
    case jenisAlias(pattern: String)
    /// An alias occurs among the words of jenis_kegiatan (`Bimtek Kewirausahaan`).
    case jenisKeyword(pattern: String)
    /// An alias occurs among the words of nama_kegiatan (`Pelatihan Packaging`).
    case nameKeyword(pattern: String)

    /// `code`, `jenis_alias:bimtek`, `jenis_keyword:bimtek`, `name_keyword:pelatihan`: the form
    /// the normalisation log writes (the pattern as its folded key).
    public var description: String {
      switch self {
      case .code: "code"
      case .jenisAlias(let pattern): "jenis_alias:\(pattern)"
      case .jenisKeyword(let pattern): "jenis_keyword:\(pattern)"
      case .nameKeyword(let pattern): "name_keyword:\(pattern)"
      }
    }
  }

  public let kind: ProgrammeKind
  public let method: Method

  public init(kind: ProgrammeKind, method: Method) {
    self.kind = kind
    self.method = method
  }
}
