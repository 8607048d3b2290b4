import BerdayaAnalysis

/// The labels only the workbook needs (sheet names, interval columns, block titles), in
/// Indonesian and English; every label shared with the Markdown report comes from ``base``.
struct WorkbookStrings {
  /// The labels shared by every report.
  let base: ReportStrings

  init(language: ReportLanguage) {
    base = ReportStrings(language: language)
  }

  func pick(_ indonesian: String, _ english: String) -> String { base.pick(indonesian, english) }

  // MARK: Sheet names (at most 31 characters, none of [ ] : * ? / \)

  var summarySheet: String { pick("Ringkasan", "Summary") }
  func coverageSheet(unit: String) -> String { String(pick("Cakupan per \(unit)", "Coverage by \(unit)").prefix(31)) }
  var sectorSheet: String { pick("Per sektor", "By sector") }
  func matrixSheet(unit: String) -> String { String(pick("Matriks \(unit) x sektor", "Matrix \(unit) x sector").prefix(31)) }
  func cellSheet(unit: String) -> String { String(pick("Sel \(unit) x sektor", "Cells \(unit) x sector").prefix(31)) }
  var chartSheet: String { pick("Grafik", "Charts") }
  var equitySheet: String { pick("Kesetaraan", "Equity") }
  var continuitySheet: String { pick("Keberlanjutan", "Continuity") }
  var reRegistrationSheet: String { pick("Daftar ulang", "Re-registration") }
  var trendSheet: String { pick("Tren", "Trends") }
  var gapSheet: String { pick("Kesenjangan target", "Gap to target") }
  var dataQualitySheet: String { pick("Kualitas data", "Data quality") }
  var methodSheet: String { pick("Metode", "Method") }

  // MARK: Column labels

  /// "n (terjangkau)": a rate's numerator column.
  var reachedN: String { pick("Terjangkau (n)", "Reached (n)") }
  /// "N (terdaftar)": a rate's denominator column.
  var registeredN: String { pick("Binaan terdaftar (N)", "Registered binaan (N)") }
  var lower: String { pick("Batas bawah 95%", "Lower 95%") }
  var upper: String { pick("Batas atas 95%", "Upper 95%") }
  var note: String { pick("Catatan", "Note") }
  var population: String { pick("Populasi UMKM", "UMKM population") }
  var reachedAllStatuses: String { pick("Terjangkau, semua status (n)", "Reached, any status (n)") }
  var populationRate: String { pick("Jangkauan atas populasi", "Reach over population") }
  var rank: String { pick("Urutan", "Rank") }
  var unitOfMeasure: String { pick("Satuan", "Unit") }
  var percentagePoints: String { pick("poin persentase", "percentage points") }
  var fraction: String { pick("proporsi", "fraction") }
  var ratio: String { pick("rasio", "ratio") }
  var index: String { pick("indeks", "index") }
  var units: String { pick("jumlah", "count") }
  var name: String { pick("nama", "name") }
  var previousYear: String { pick("Tahun sebelumnya (basis)", "Previous year (base)") }
  var change: String { pick("Perubahan", "Change") }
  var activitiesWithCost: String { pick("Kegiatan berbiaya", "Activities with a cost") }
  var target: String { pick("Target cakupan", "Target coverage") }
  var neededForTarget: String { pick("Binaan untuk mencapai target", "Binaan needed for the target") }
  var overdueShare: String { pick("Porsi lewat jatuh tempo", "Share overdue") }
  var exposed: String { pick("Total masih membuka satu sel", "Total still reveals one cell") }
  var path: String { pick("Berkas", "File") }
  var sha256: String { "SHA-256" }
  var code: String { pick("Kode", "Code") }

  // MARK: Block titles and notes

  var headline: String { pick("Cakupan seluruh wilayah", "Coverage across the region") }
  func weakestThree(unit: String) -> String { pick("Tiga \(unit) terlemah per dimensi", "Three weakest \(unit) per dimension") }
  var dataQualityCounts: String { pick("Jumlah kualitas data", "Data-quality counts") }
  var registeredBlock: String { pick("Binaan terdaftar (N) per sel", "Registered binaan (N) per cell") }
  func rateBlock(_ dimension: String) -> String { pick("Cakupan \(dimension) per sel", "\(dimension) coverage per cell") }
  var compositeBlock: String { pick("Indeks komposit per sel", "Composite index per cell") }
  func matrixNote(cellSheet: String) -> String {
    pick(
      "Jumlah terjangkau (n) dan batas 95% tiap sel ada di lembar '\(cellSheet)'.",
      "Each cell's reached count (n) and 95% bounds are on the sheet '\(cellSheet)'.")
  }
  var chartData: String { pick("Data grafik (hanya baris yang diterbitkan)", "Chart data (published rows only)") }
  var coverageAllDimensions: String { pick("Cakupan per dimensi", "Coverage by dimension") }
  var equityMeasures: String { pick("Ukuran pemerataan per dimensi", "Equity measures per dimension") }
  var equityRecomputed: String {
    pick(
      "Dihitung ulang atas kecamatan yang angkanya diterbitkan (penyembunyian sel kecil).",
      "Recomputed over the kecamatan whose figures are published (small-cell suppression).")
  }
  var definitions: String { pick("Definisi", "Definitions") }
  var inputFiles: String { pick("Berkas masukan", "Input files") }
  var quarantineByReason: String { pick("Baris dikarantina per alasan", "Quarantined rows by reason") }
  var valueIssuesByReason: String { pick("Nilai dibaca sebagai tidak diketahui per alasan", "Values read as unknown by reason") }
  var linkage: String { pick("Penautan kegiatan ke registri", "Linkage of activities to the registry") }
  var normalisation: String { pick("Normalisasi nama wilayah dan sektor", "Normalisation of place and sector names") }
  var recordCounts: String { pick("Jumlah catatan", "Record counts") }
  var unmatchedByUnit: String { pick("Kegiatan tanpa pasangan di registri per kecamatan kegiatan", "Activities matching no registry entry, by activity kecamatan") }
  var noPersonalData: String {
    pick(
      "Lembar ini hanya berisi jumlah: tidak ada NIK, nama pemilik, alamat atau data pribadi lain.",
      "This sheet holds counts only: no NIK, owner names, addresses or other personal data.")
  }
  var mapping: String { pick("Pemetaan jenis program ke dimensi", "Programme kind to dimension mapping") }
  var noDimension: String { pick("(tidak ada dimensi: keberlanjutan)", "(no dimension: continuity)") }
  var indicatorDefinitions: String { pick("Definisi indikator", "Indicator definitions") }
  var suppressionBlock: String { pick("Penyembunyian sel kecil per tabel", "Small-cell suppression per table") }
  var optionsBlock: String { pick("Pilihan analisis", "Analysis options") }
  var rerun: String { pick("Perintah untuk mengulang laporan", "Command that re-runs this report") }
  var toolVersion: String { pick("Versi alat", "Tool version") }
  var regionCode: String { pick("Kode wilayah", "Region code") }
  var cellsTable: String { pick("Sel kecamatan x sektor", "Kecamatan x sector cells") }
  var trendChartReach: String { pick("Binaan terjangkau per tahun dan dimensi", "Binaan reached per year and dimension") }
  var quarantinedTotal: String { pick("Baris dikarantina (semua berkas)", "Rows quarantined (all files)") }
  var enterprisesInRegistry: String { pick("Usaha di registri (setelah deduplikasi)", "Enterprises in the registry (after de-duplication)") }
  var binaanCounted: String { pick("Binaan terdaftar yang dihitung", "Registered binaan counted") }
  var mergedDuplicates: String { pick("Baris registri digabung sebagai duplikat", "Registry rows merged as duplicates") }
  var possibleDuplicates: String { pick("Kelompok kemungkinan duplikat", "Possible duplicate groups") }
  var unknownKecamatan: String { pick("Usaha tanpa kecamatan dikenal", "Enterprises without a known kecamatan") }
  var unknownSector: String { pick("Usaha tanpa sektor dikenal", "Enterprises without a known sector") }
  var unknownStatus: String { pick("Usaha tanpa status binaan", "Enterprises without a binaan status") }
  var unknownDate: String { pick("Usaha tanpa tanggal daftar", "Enterprises without a registration date") }
  var activitiesTotal: String { pick("Baris kegiatan", "Activity rows") }
  var activitiesInPeriod: String { pick("Kegiatan dalam periode", "Activities in the period") }
  var activitiesOutside: String { pick("Kegiatan di luar periode", "Activities outside the period") }
  var activitiesUndated: String { pick("Kegiatan tanpa tanggal", "Undated activities") }
  var activitiesBinaan: String { pick("Kegiatan yang menjangkau binaan", "Activities reaching binaan") }
  var activitiesNonBinaan: String { pick("Kegiatan yang menjangkau non-binaan", "Activities reaching non-binaan") }
  var activitiesUnmatched: String { pick("Kegiatan tanpa pasangan di registri", "Activities matching no registry entry") }
  var activitiesNoDimension: String { pick("Kegiatan tanpa dimensi (mis. monitoring)", "Activities in no dimension (e.g. monitoring)") }
  var followUpDays: String { pick("Hari tindak lanjut pelatihan", "Training follow-up days") }
  var equipmentDays: String { pick("Hari kunjungan pertama bantuan peralatan", "Equipment-aid first-visit days") }
  var reRegistrationMonths: String { pick("Bulan sampai daftar ulang", "Months until re-registration") }
  var periodFrom: String { pick("Periode dari", "Period from") }
  var periodTo: String { pick("Periode sampai", "Period to") }
  var title: String { pick("Judul", "Title") }
  var company: String { "Dinas Koperasi dan UKM" }
  var subject: String { pick("Cakupan program pemberdayaan UMKM", "Coverage of UMKM empowerment programmes") }
  func reRegistrationTitle(months: Int) -> String {
    pick("Binaan yang belum daftar ulang dalam \(months) bulan", "Binaan not re-registered within \(months) months")
  }
  func gapTitle(target: String) -> String {
    pick("Binaan yang masih harus dijangkau untuk cakupan \(target)", "Binaan still to reach for \(target) coverage")
  }

  /// Coverage itself has no ``StatisticDefinition`` in the analysis; this is its method entry.
  var coverageDefinition: StatisticDefinition {
    StatisticDefinition(
      id: "coverage", nameID: "Cakupan", nameEN: "Coverage",
      formula: "n / N; n = binaan reached by >= 1 activity of the dimension in the period, N = binaan registered as of the as-of date",
      textID:
        "Banyaknya UMKM binaan berbeda yang terjangkau sedikitnya satu kegiatan dimensi itu dalam periode, "
        + "dibagi binaan terdaftar per tanggal hitung. Dengan berkas populasi juga dibagi seluruh UMKM.",
      textEN:
        "Distinct binaan reached by at least one activity of the dimension in the period, over binaan "
        + "registered as of the as-of date. With a population file also over all UMKM.")
  }

  /// Why a table is suppressed the way it is, for the method sheet.
  var listRule: String {
    pick(
      "Daftar dengan total wilayah: sel kecil + pelengkap agar total wilayah tidak membuka satu sel.",
      "List with a region total: small cells + complementary so that the region total reveals no single cell.")
  }
  var matrixRule: String {
    pick(
      "Tabel dua arah: sel kecil + pelengkap per baris dan kolom.",
      "Two-way table: small cells + complementary per row and column.")
  }
  var singleRule: String {
    pick("Proporsi tunggal: hanya aturan sel kecil.", "Single proportions: the small-cell rule only.")
  }
}
