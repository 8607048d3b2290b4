/// A business sector as the offices' registries use it, after the sector aliases are applied.
///
/// Sector words an office uses that the alias file does not know stay visible as `other`.
public enum Sector: Hashable, Sendable, CustomStringConvertible {
  case kuliner, dagang, jasa, produksi, agribisnis, kerajinan, fashion
  case other(String)

  public static let known: [Sector] = [
    .kuliner, .dagang, .jasa, .produksi, .agribisnis, .kerajinan, .fashion,
  ]

  /// The canonical name (`Kuliner`), or the office's own word for `other`.
  public var name: String {
    switch self {
    case .kuliner: "Kuliner"
    case .dagang: "Dagang"
    case .jasa: "Jasa"
    case .produksi: "Produksi"
    case .agribisnis: "Agribisnis"
    case .kerajinan: "Kerajinan"
    case .fashion: "Fashion"
    case .other(let text): text
    }
  }

  /// The sector's place in `known`; nil for `other`. A switch: `known.firstIndex(of:)` compared the
  /// sectors one by one through their synthesized equality, 134 instructions a registry row.
  public var knownIndex: Int? {
    switch self {
    case .kuliner: 0
    case .dagang: 1
    case .jasa: 2
    case .produksi: 3
    case .agribisnis: 4
    case .kerajinan: 5
    case .fashion: 6
    case .other: nil
    }
  }

  /// The sector whose canonical name is exactly `name`, else `other(name)`.
  public init(name: String) {
    self = Sector.known.first { $0.name == name } ?? .other(name)
  }

  public var description: String { name }
}
