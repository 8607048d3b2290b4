import BerdayaModel

/// The canonical record columns of DOMAIN.md; real files' headers are mapped to these.
public enum CanonicalColumn: String, CaseIterable, Hashable, Sendable {
  // registry
  case noRegistrasi = "no_registrasi"
  case nib
  case nikPemilik = "nik_pemilik"
  case namaUsaha = "nama_usaha"
  case namaPemilik = "nama_pemilik"
  case jenisKelamin = "jenis_kelamin"
  case sektor
  case skala
  case kecamatan
  case kelurahan
  case alamat
  case tanggalDaftar = "tanggal_daftar"
  case tanggalDaftarUlang = "tanggal_daftar_ulang"
  case statusBinaan = "status_binaan"
  case omzetBulanan = "omzet_bulanan"
  case tenagaKerja = "tenaga_kerja"
  // activities
  case idKegiatan = "id_kegiatan"
  case namaKegiatan = "nama_kegiatan"
  case jenisKegiatan = "jenis_kegiatan"
  case tanggal
  case kecamatanKegiatan = "kecamatan_kegiatan"
  case biaya
  case mitra
  case status
  // population
  case tahun
  case jumlah

  /// The columns a file of `kind` may carry, in canonical order.
  public static func columns(for kind: RecordKind) -> [CanonicalColumn] {
    switch kind {
    case .registry:
      [
        .noRegistrasi, .nib, .nikPemilik, .namaUsaha, .namaPemilik, .jenisKelamin, .sektor, .skala,
        .kecamatan, .kelurahan, .alamat, .tanggalDaftar, .tanggalDaftarUlang, .statusBinaan,
        .omzetBulanan, .tenagaKerja,
      ]
    case .activities:
      [
        .idKegiatan, .namaKegiatan, .jenisKegiatan, .tanggal, .noRegistrasi, .nib, .nikPemilik,
        .namaUsaha, .kelurahan, .kecamatanKegiatan, .biaya, .mitra, .status,
      ]
    case .population:
      [.kecamatan, .sektor, .tahun, .jumlah]
    }
  }

  /// The column's position in `allCases`: a payload-free enum is stored as its case's
  /// declaration index, so this is a load rather than a lookup (pinned by a test).
  @inline(__always)
  var ordinal: Int { Int(unsafeBitCast(self, to: UInt8.self)) }

  /// Columns that hold personal data (UU 27/2022): read for matching, never published.
  public var isPersonal: Bool {
    switch self {
    case .nikPemilik, .namaPemilik, .alamat: true
    default: false
    }
  }
}
