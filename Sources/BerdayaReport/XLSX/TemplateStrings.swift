import BerdayaModel

/// The texts of the input templates: messages of the validations and the instructions sheet.
///
/// Indonesian by default (the people who fill them in work in Indonesian); English on request.
/// Headers are not translated: they are the importer's spellings.
struct TemplateStrings {
  let language: ReportLanguage

  func pick(_ indonesian: String, _ english: String) -> String {
    language == .indonesian ? indonesian : english
  }

  var instructionsSheet: String { pick("Petunjuk", "Instructions") }
  var subject: String { pick("Templat data UMKM", "UMKM data template") }
  func title(_ kind: RecordKind) -> String {
    switch kind {
    case .registry: pick("Templat registri UMKM binaan", "Registry template for UMKM binaan")
    case .activities: pick("Templat kegiatan pemberdayaan UMKM", "Template for UMKM empowerment activities")
    case .population: pick("Templat populasi UMKM", "UMKM population template")
    }
  }

  /// The numbered general rules at the top of the instructions sheet.
  func general(sheetName: String) -> [String] {
    [
      pick(
        "Isi data di lembar '\(sheetName)', satu baris per \(sheetName == XLSXTemplate.activitySheet ? "peserta per kegiatan" : "usaha"), mulai baris 2. Jangan mengubah, menghapus atau menambah judul kolom di baris 1.",
        "Fill in the sheet '\(sheetName)', one row per \(sheetName == XLSXTemplate.activitySheet ? "participant per activity" : "enterprise"), from row 2. Do not change, delete or add the column headers in row 1."),
      pick(
        "Kolom dengan daftar pilihan (panah di sel) hanya menerima nilai dari daftar. Daftar diambil dari data wilayah Kemendagri dan daftar sektor/jenis program Berdaya.",
        "Columns with a drop-down (arrow in the cell) accept only values from their list, taken from the Kemendagri region data and Berdaya's sector and programme lists."),
      pick(
        "Tanggal ditulis sebagai tanggal dengan format tahun-bulan-hari (yyyy-mm-dd), misalnya 2021-07-31. Jangan menulis tanggal sebagai teks seperti '31 Juli 2021'.",
        "Dates are entered as dates in year-month-day form (yyyy-mm-dd), e.g. 2021-07-31. Do not type a date as text such as '31 July 2021'."),
      pick(
        "Angka (omzet, biaya, tenaga kerja) ditulis tanpa 'Rp', titik ribuan atau satuan: 2500000, bukan Rp 2.500.000.",
        "Numbers (turnover, cost, workers) are typed without 'Rp', thousands separators or units: 2500000, not Rp 2.500.000."),
      pick(
        "NIB dan NIK ditulis lengkap (13 dan 16 angka); kolomnya berformat teks agar angka 0 di depan tidak hilang.",
        "NIB and NIK are typed in full (13 and 16 digits); their columns are text so leading zeros stay."),
      pick(
        "Kolom berlatar jingga berisi data pribadi (UU 27/2022 tentang Pelindungan Data Pribadi). Berdaya hanya memakainya untuk mencocokkan dan menghapus duplikat; data ini tidak pernah muncul di laporan, grafik atau tabel indikator. Simpan dan kirim berkas ini hanya melalui saluran resmi.",
        "Columns with an orange header hold personal data (Law 27/2022 on Personal Data Protection). Berdaya uses them only for matching and de-duplication; they never appear in a report, chart or indicator table. Store and send this file through official channels only."),
      pick(
        "Kolom wajib harus terisi di setiap baris; baris tanpa kolom wajib dipindahkan ke karantina saat impor dan tidak dihitung.",
        "Required columns must be filled in every row; a row missing one is quarantined on import and not counted."),
    ]
  }

  var columnsHeading: String { pick("Arti setiap kolom", "What each column means") }
  var column: String { pick("Kolom", "Column") }
  var canonical: String { pick("Nama baku", "Canonical name") }
  var required: String { pick("Wajib", "Required") }
  var personal: String { pick("Data pribadi", "Personal data") }
  var meaning: String { pick("Arti dan cara mengisi", "Meaning and how to fill it in") }
  var example: String { pick("Contoh", "Example") }
  var yes: String { pick("ya", "yes") }
  var no: String { pick("tidak", "no") }

  var pickMessage: String { pick("Pilih dari daftar.", "Pick a value from the list.") }
  var notInList: String {
    pick("Nilai ini tidak ada di daftar. Pilih dari daftar pilihan.", "This value is not in the list. Pick one from the list.")
  }
  var dateMessage: String { pick("Tanggal, format yyyy-mm-dd (mis. 2021-07-31).", "A date, as yyyy-mm-dd (e.g. 2021-07-31).") }
  var dateError: String {
    pick("Isi dengan tanggal antara 1950-01-01 dan 2100-12-31.", "Enter a date between 1950-01-01 and 2100-12-31.")
  }
  var wholeMessage: String { pick("Bilangan bulat, 0 atau lebih.", "A whole number, 0 or more.") }
  var wholeError: String { pick("Isi dengan bilangan bulat 0 atau lebih.", "Enter a whole number, 0 or more.") }
  var rupiahMessage: String { pick("Rupiah, angka saja (mis. 2500000).", "Rupiah, digits only (e.g. 2500000).") }
  var rupiahError: String { pick("Isi dengan angka 0 atau lebih, tanpa 'Rp' atau titik.", "Enter a number 0 or more, without 'Rp' or separators.") }
}
