/// A level of the Kemendagri region hierarchy, from province down to village.
///
/// The same level goes by local words: a kecamatan is a kapanewon in DIY and a distrik in Papua; a
/// kelurahan or desa is a kalurahan in DIY and a gampong in Aceh. `init?(word:)` knows them.
public enum RegionLevel: Int, Hashable, Sendable, CaseIterable, Comparable, CustomStringConvertible {
  case province = 1
  case regency = 2
  case district = 3
  case village = 4

  /// The number of dotted segments a code of this level has (`12`, `12.71`, `12.71.01`, `12.71.01.1001`).
  public var segmentCount: Int { rawValue }

  /// The level of this level's children, nil for villages.
  public var childLevel: RegionLevel? { RegionLevel(rawValue: rawValue + 1) }

  /// The level of this level's parent, nil for provinces.
  public var parentLevel: RegionLevel? { RegionLevel(rawValue: rawValue - 1) }

  /// The level a word names, after case folding: `provinsi`; `kabupaten`, `kota`, `kab/kota`;
  /// `kecamatan`, `kapanewon`, `distrik`; `kelurahan`, `desa`, `kalurahan`, `gampong`, `nagari`.
  public init?(word: String) {
    let key = PlaceNameFolder.key(word)
    switch key {
    case "provinsi", "propinsi", "prov": self = .province
    case "kabupaten", "kab", "kota", "kabkota", "kabupatenkota", "regency": self = .regency
    case "kecamatan", "kec", "kapanewon", "kemantren", "distrik", "district": self = .district
    case "kelurahan", "kel", "desa", "kalurahan", "gampong", "nagari", "village", "keldesa", "desakel",
      "kelurahandesa", "desakelurahan":
      self = .village
    default: return nil
    }
  }

  /// The word offices use for the level (`kecamatan` for districts).
  public var word: String {
    switch self {
    case .province: "provinsi"
    case .regency: "kabupaten/kota"
    case .district: "kecamatan"
    case .village: "kelurahan/desa"
    }
  }

  public var description: String { word }

  public static func < (lhs: RegionLevel, rhs: RegionLevel) -> Bool { lhs.rawValue < rhs.rawValue }
}
