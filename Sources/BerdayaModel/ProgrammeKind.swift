/// A kind of empowerment programme (DOMAIN.md), the unit the frameworks map to dimensions.
public enum ProgrammeKind: Hashable, Sendable, CustomStringConvertible {
  case pelatihan, pendampingan, sosialisasi
  case bantuanPeralatan, bantuanModal, rekomendasiKredit, pameran, galeri, ecommerce
  case nib, sertifikasiHalal, sentraKelompok
  case monitoring
  case other(String)

  public static let known: [ProgrammeKind] = [
    .pelatihan, .pendampingan, .sosialisasi, .bantuanPeralatan, .bantuanModal,
    .rekomendasiKredit, .pameran, .galeri, .ecommerce, .nib, .sertifikasiHalal,
    .sentraKelompok, .monitoring,
  ]

  /// The same kind, copied by its case. Swift copies an optional kind out of memory (a stored
  /// property of a record read in place) through the generic value witness of `Optional`, 116
  /// instructions a copy (callgrind); this switch, a dozen, where the importer copies one a row.
  @inlinable public var copy: ProgrammeKind {
    switch self {
    case .other(let text): .other(text)
    case let known: known
    }
  }

  /// The kind's position in `known`, nil for `other`: an array index where a dictionary would
  /// hash the kind (the analysis asks once per activity row).
  public var knownIndex: Int? {
    switch self {
    case .pelatihan: 0
    case .pendampingan: 1
    case .sosialisasi: 2
    case .bantuanPeralatan: 3
    case .bantuanModal: 4
    case .rekomendasiKredit: 5
    case .pameran: 6
    case .galeri: 7
    case .ecommerce: 8
    case .nib: 9
    case .sertifikasiHalal: 10
    case .sentraKelompok: 11
    case .monitoring: 12
    case .other: nil
    }
  }

  /// The canonical code used in data files and frameworks (`bantuan_peralatan`).
  public var code: String {
    switch self {
    case .pelatihan: "pelatihan"
    case .pendampingan: "pendampingan"
    case .sosialisasi: "sosialisasi"
    case .bantuanPeralatan: "bantuan_peralatan"
    case .bantuanModal: "bantuan_modal"
    case .rekomendasiKredit: "rekomendasi_kredit"
    case .pameran: "pameran"
    case .galeri: "galeri"
    case .ecommerce: "ecommerce"
    case .nib: "nib"
    case .sertifikasiHalal: "sertifikasi_halal"
    case .sentraKelompok: "sentra_kelompok"
    case .monitoring: "monitoring"
    case .other(let text): text
    }
  }

  /// The kind whose canonical code is exactly `code`, else `other(code)`.
  public init(code: String) {
    self = ProgrammeKind.known.first { $0.code == code } ?? .other(code)
  }

  public var description: String { code }
}
