/// The columns of the two templates, in DOMAIN.md's canonical order.
///
/// Headers are spellings listed in `BerdayaImport/Resources/header-aliases.csv` (which this
/// target cannot import), so a filled template imports without a header override; a test pins
/// every header against that file.
enum TemplateColumns {
  /// The registry columns.
  static func registry(_ lists: TemplateLists) -> [TemplateColumn] {
    [
      TemplateColumn(
        header: "No Registrasi", canonical: "no_registrasi", content: .text, required: true, personal: false,
        meaningID: "Nomor registrasi binaan dari Dinas; unik per usaha.",
        meaningEN: "The office's registration number; unique per enterprise.", example: "UMKM-2021-0001"),
      TemplateColumn(
        header: "NIB", canonical: "nib", content: .text, required: false, personal: false,
        meaningID: "Nomor Induk Berusaha dari OSS, 13 angka; tulis sebagai teks agar angka 0 di depan tidak hilang.",
        meaningEN: "Business number from OSS, 13 digits; typed as text so leading zeros stay.",
        example: "1234567890123"),
      TemplateColumn(
        header: "NIK Pemilik", canonical: "nik_pemilik", content: .text, required: false, personal: true,
        meaningID: "NIK pemilik, 16 angka. Data pribadi: hanya untuk mencocokkan, tidak pernah masuk laporan.",
        meaningEN: "Owner's NIK, 16 digits. Personal data: used for matching only, never reported.",
        example: "1271010101800001"),
      TemplateColumn(
        header: "Nama Usaha", canonical: "nama_usaha", content: .text, required: true, personal: false,
        meaningID: "Nama usaha atau merek.", meaningEN: "Business or brand name.", example: "Kue Bolu Ibu Sari"),
      TemplateColumn(
        header: "Nama Pemilik", canonical: "nama_pemilik", content: .text, required: false, personal: true,
        meaningID: "Nama pemilik usaha. Data pribadi: tidak pernah masuk laporan.",
        meaningEN: "Owner's name. Personal data: never reported.", example: "Sari Lubis"),
      TemplateColumn(
        header: "Jenis Kelamin", canonical: "jenis_kelamin", content: .list(lists.gender), required: false,
        personal: false, meaningID: "Jenis kelamin pemilik: L (laki-laki) atau P (perempuan).",
        meaningEN: "Owner's sex: L (male) or P (female).", example: "P"),
      TemplateColumn(
        header: "Sektor", canonical: "sektor", content: .list(lists.sector), required: true, personal: false,
        meaningID: "Sektor usaha; pilih dari daftar.", meaningEN: "Business sector; pick from the list.",
        example: lists.sector.values.first ?? "Kuliner"),
      TemplateColumn(
        header: "Skala", canonical: "skala", content: .list(lists.scale), required: false, personal: false,
        meaningID: "Skala usaha menurut PP 7/2021: Mikro, Kecil atau Menengah.",
        meaningEN: "Scale per PP 7/2021: Mikro, Kecil or Menengah.", example: "Mikro"),
      TemplateColumn(
        header: "Kecamatan", canonical: "kecamatan", content: .list(lists.kecamatan), required: true,
        personal: false, meaningID: "Kecamatan tempat usaha; pilih dari daftar.",
        meaningEN: "Kecamatan of the business; pick from the list.",
        example: lists.kecamatan.values.first ?? "Medan Kota"),
      TemplateColumn(
        header: "Kelurahan", canonical: "kelurahan", content: .list(lists.kelurahan), required: false,
        personal: false, meaningID: "Kelurahan atau desa tempat usaha; pilih dari daftar.",
        meaningEN: "Kelurahan or desa of the business; pick from the list.",
        example: lists.kelurahan.values.first ?? "Teladan Barat"),
      TemplateColumn(
        header: "Alamat", canonical: "alamat", content: .text, required: false, personal: true,
        meaningID: "Alamat usaha. Data pribadi: tidak pernah masuk laporan.",
        meaningEN: "Business address. Personal data: never reported.", example: "Jl. Contoh No. 1"),
      TemplateColumn(
        header: "Tanggal Daftar", canonical: "tanggal_daftar", content: .date, required: true, personal: false,
        meaningID: "Tanggal pertama terdaftar sebagai binaan.", meaningEN: "Date first registered as binaan.",
        example: "2021-03-15"),
      TemplateColumn(
        header: "Tanggal Daftar Ulang", canonical: "tanggal_daftar_ulang", content: .date, required: false,
        personal: false, meaningID: "Tanggal daftar ulang terakhir (wajib tiap enam bulan).",
        meaningEN: "Date of the latest re-registration (due every six months).", example: "2021-09-15"),
      TemplateColumn(
        header: "Status Binaan", canonical: "status_binaan", content: .list(lists.status), required: true,
        personal: false, meaningID: "Ya bila usaha adalah binaan Dinas, Tidak bila bukan.",
        meaningEN: "Ya if the enterprise is an assisted member, Tidak if not.", example: "Ya"),
      TemplateColumn(
        header: "Omzet Bulanan (Rp)", canonical: "omzet_bulanan", content: .rupiah, required: false,
        personal: false, meaningID: "Omzet per bulan dalam rupiah, angka saja tanpa \"Rp\" dan titik.",
        meaningEN: "Monthly turnover in rupiah, digits only, without \"Rp\" or separators.",
        example: "2500000"),
      TemplateColumn(
        header: "Tenaga Kerja", canonical: "tenaga_kerja", content: .wholeNumber, required: false,
        personal: false, meaningID: "Jumlah tenaga kerja termasuk pemilik, bilangan bulat.",
        meaningEN: "Number of workers including the owner, a whole number.", example: "3"),
    ]
  }

  /// The activity columns: one row per enterprise reached by an activity.
  static func activities(_ lists: TemplateLists) -> [TemplateColumn] {
    [
      TemplateColumn(
        header: "ID Kegiatan", canonical: "id_kegiatan", content: .text, required: false, personal: false,
        meaningID: "Kode kegiatan; sama untuk semua peserta satu kegiatan.",
        meaningEN: "Activity code; the same for every participant of one activity.", example: "PLT-2021-07"),
      TemplateColumn(
        header: "Nama Kegiatan", canonical: "nama_kegiatan", content: .text, required: false, personal: false,
        meaningID: "Nama kegiatan atau program.", meaningEN: "Name of the activity or programme.",
        example: "Pelatihan Go Digital"),
      TemplateColumn(
        header: "Jenis Kegiatan", canonical: "jenis_kegiatan", content: .list(lists.kind), required: true,
        personal: false,
        meaningID: "Jenis program; pilih kode dari daftar (mis. pelatihan, bantuan_peralatan, monitoring).",
        meaningEN: "Programme kind; pick a code from the list (e.g. pelatihan, bantuan_peralatan, monitoring).",
        example: "pelatihan"),
      TemplateColumn(
        header: "Tanggal Kegiatan", canonical: "tanggal", content: .date, required: true, personal: false,
        meaningID: "Tanggal kegiatan (hari pertama bila beberapa hari).",
        meaningEN: "Date of the activity (its first day if it ran several days).", example: "2021-06-27"),
      TemplateColumn(
        header: "No Registrasi", canonical: "no_registrasi", content: .text, required: true, personal: false,
        meaningID: "Nomor registrasi binaan peserta, sama dengan di registri.",
        meaningEN: "The participant's registration number, as in the registry.", example: "UMKM-2021-0001"),
      TemplateColumn(
        header: "NIB", canonical: "nib", content: .text, required: false, personal: false,
        meaningID: "NIB peserta bila nomor registrasi tidak ada.",
        meaningEN: "The participant's NIB when there is no registration number.", example: "1234567890123"),
      TemplateColumn(
        header: "Kecamatan Kegiatan", canonical: "kecamatan_kegiatan", content: .list(lists.kecamatan),
        required: false, personal: false, meaningID: "Kecamatan tempat kegiatan berlangsung.",
        meaningEN: "Kecamatan where the activity took place.",
        example: lists.kecamatan.values.first ?? "Medan Kota"),
      TemplateColumn(
        header: "Biaya (Rp)", canonical: "biaya", content: .rupiah, required: false, personal: false,
        meaningID: "Biaya atau nilai bantuan untuk peserta ini, dalam rupiah, angka saja.",
        meaningEN: "Cost or value of aid for this participant, in rupiah, digits only.", example: "1500000"),
      TemplateColumn(
        header: "Mitra", canonical: "mitra", content: .text, required: false, personal: false,
        meaningID: "Mitra kegiatan (Shopee, Tokopedia, bank, ...).",
        meaningEN: "Partner (Shopee, Tokopedia, a bank, ...).", example: "Shopee"),
      TemplateColumn(
        header: "Status Akun", canonical: "status", content: .list(lists.accountStatus), required: false,
        personal: false, meaningID: "Untuk e-commerce: apakah akun masih aktif (aktif / tidak aktif).",
        meaningEN: "For e-commerce: whether the account is still active (aktif / tidak aktif).", example: "aktif"),
    ]
  }
}
