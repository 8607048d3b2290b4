import BerdayaModel

/// An empowerment framework: named dimensions, the programme kinds each covers, and their weights.
///
/// Frameworks are data (DOMAIN.md): Friedmann is the default, Ismawan's five strategies is built
/// in, and a researcher can load their own (seed 001 files exhibitions under protecting).
public struct Framework: Hashable, Sendable {
  /// One dimension of a framework.
  public struct Dimension: Hashable, Sendable {
    /// Stable id used in file columns (`enabling`).
    public var id: String
    public var labelID: String
    public var labelEN: String
    public var kinds: Set<ProgrammeKind>
    /// Weight in the composite index (relative; normalised when the index is computed).
    public var weight: Double

    public init(id: String, labelID: String, labelEN: String, kinds: Set<ProgrammeKind>, weight: Double = 1) {
      self.id = id
      self.labelID = labelID
      self.labelEN = labelEN
      self.kinds = kinds
      self.weight = weight
    }
  }

  public var id: String
  public var name: String
  public var dimensions: [Dimension]

  public init(id: String, name: String, dimensions: [Dimension]) {
    self.id = id
    self.name = name
    self.dimensions = dimensions
  }

  /// The index of the dimension a kind belongs to, or nil (monitoring, unknown kinds).
  public func dimensionIndex(of kind: ProgrammeKind) -> Int? {
    dimensions.firstIndex { $0.kinds.contains(kind) }
  }

  /// Friedmann's enabling / empowering / protecting (seeds 000, 001), as DOMAIN.md maps it.
  public static let friedmann = Framework(
    id: "friedmann", name: "Friedmann",
    dimensions: [
      Dimension(
        id: "enabling", labelID: "Menciptakan iklim (enabling)", labelEN: "Enabling",
        kinds: [.pelatihan, .pendampingan, .sosialisasi]),
      Dimension(
        id: "empowering", labelID: "Memperkuat potensi (empowering)", labelEN: "Empowering",
        kinds: [.bantuanPeralatan, .bantuanModal, .rekomendasiKredit, .pameran, .galeri, .ecommerce]),
      Dimension(
        id: "protecting", labelID: "Melindungi (protecting)", labelEN: "Protecting",
        kinds: [.nib, .sertifikasiHalal, .sentraKelompok]),
    ])

  /// Ismawan's five empowerment strategies (seed 003).
  public static let ismawan = Framework(
    id: "ismawan", name: "Ismawan",
    dimensions: [
      Dimension(
        id: "sdm", labelID: "Pengembangan sumber daya manusia", labelEN: "Human-resource development",
        kinds: [.pelatihan, .pendampingan]),
      Dimension(
        id: "kelembagaan", labelID: "Pengembangan kelembagaan kelompok",
        labelEN: "Group institutional development", kinds: [.sentraKelompok, .nib, .sertifikasiHalal]),
      Dimension(
        id: "modal", labelID: "Pemupukan modal", labelEN: "Capital fostering",
        kinds: [.bantuanModal, .rekomendasiKredit, .bantuanPeralatan]),
      Dimension(
        id: "usaha", labelID: "Pengembangan usaha produktif", labelEN: "Productive business development",
        kinds: [.pameran, .galeri, .ecommerce]),
      Dimension(
        id: "informasi", labelID: "Penyediaan informasi tepat guna", labelEN: "Appropriate information",
        kinds: [.sosialisasi]),
    ])
}
