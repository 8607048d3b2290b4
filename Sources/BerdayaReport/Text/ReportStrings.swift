import BerdayaAnalysis
import BerdayaModel

/// Every label a reader of a report sees, in Indonesian and English, shared by the Markdown
/// report, the SVG charts and maps and the XLSX workbook.
///
/// Labels are properties (`strings.registeredBinaan`) or small functions where a number or a name
/// goes in (`strings.coverageBy(unit:)`); the sentences of the narrative are in
/// `ReportStrings+Narrative.swift`. Names from the data (kecamatan, sectors) are passed in as
/// they are; escaping them is the writer's job.
public struct ReportStrings: Hashable, Sendable {
  /// The language of every label.
  public var language: ReportLanguage
  /// The number formatting of the same language.
  public var format: ReportFormat

  /// Labels in `language`.
  public init(language: ReportLanguage) {
    self.language = language
    self.format = ReportFormat(language: language)
  }

  /// Picks the Indonesian or the English text.
  @inlinable public func pick(_ indonesian: String, _ english: String) -> String {
    language == .indonesian ? indonesian : english
  }

  // MARK: Section headings

  /// "Ringkasan" / "Summary".
  public var summary: String { pick("Ringkasan", "Summary") }
  /// "Temuan utama" / "Key findings".
  public var keyFindings: String { pick("Temuan utama", "Key findings") }
  /// "Cakupan per kecamatan" / "Coverage by kecamatan".
  public func coverageBy(unit: String) -> String { pick("Cakupan per \(unit)", "Coverage by \(unit)") }
  /// "Cakupan per sektor" / "Coverage by sector".
  public var coverageBySector: String { pick("Cakupan per sektor", "Coverage by sector") }
  /// "Kesenjangan terhadap target" / "Gap to target".
  public var gapToTarget: String { pick("Kesenjangan terhadap target", "Gap to target") }
  /// "Pemerataan antar-kecamatan" / "Equity across kecamatan".
  public func equityAcross(unit: String) -> String { pick("Pemerataan antar-\(unit)", "Equity across \(unit)") }
  /// "Keberlanjutan pendampingan" / "Continuity of assistance".
  public var continuity: String { pick("Keberlanjutan pendampingan", "Continuity of assistance") }
  /// "Daftar ulang" / "Re-registration".
  public var reRegistration: String { pick("Daftar ulang", "Re-registration") }
  /// "Tren" / "Trends".
  public var trends: String { pick("Tren", "Trends") }
  /// "Kualitas data" / "Data quality".
  public var dataQuality: String { pick("Kualitas data", "Data quality") }
  /// "Metode" / "Method".
  public var method: String { pick("Metode", "Method") }
  /// "Peta cakupan" / "Coverage maps".
  public var coverageMaps: String { pick("Peta cakupan", "Coverage maps") }

  // MARK: Column and row labels

  /// The unit label with a capital first letter ("Kecamatan").
  public func unitColumn(_ unit: String) -> String {
    guard let first = unit.first else { return unit }
    return first.uppercased() + unit.dropFirst()
  }
  /// "Sektor" / "Sector".
  public var sector: String { pick("Sektor", "Sector") }
  /// "Binaan terdaftar" / "Registered binaan".
  public var registeredBinaan: String { pick("Binaan terdaftar", "Registered binaan") }
  /// "Dimensi apa pun" / "Any dimension".
  public var anyDimension: String { pick("Dimensi apa pun", "Any dimension") }
  /// "Indeks komposit" / "Composite index".
  public var compositeIndex: String { pick("Indeks komposit", "Composite index") }
  /// "Total wilayah" / "Region total" (used when the region has no name).
  public var regionTotal: String { pick("Total wilayah", "Region total") }
  /// "Cakupan" / "Coverage".
  public var coverage: String { pick("Cakupan", "Coverage") }
  /// "Terjangkau" / "Reached".
  public var reached: String { pick("Terjangkau", "Reached") }
  /// "% (n/N; 95% CI)": how a rate cell reads.
  public var rateCellLegend: String { "% (n/N; 95% CI)" }
  /// "Indikator" / "Indicator".
  public var indicator: String { pick("Indikator", "Indicator") }
  /// "Nilai" / "Value".
  public var value: String { pick("Nilai", "Value") }
  /// "Ukuran" / "Measure".
  public var measure: String { pick("Ukuran", "Measure") }
  /// "Rumus" / "Formula".
  public var formula: String { pick("Rumus", "Formula") }
  /// "Definisi" / "Definition".
  public var definition: String { pick("Definisi", "Definition") }
  /// "Tahun" / "Year".
  public var year: String { pick("Tahun", "Year") }
  /// "Binaan terdaftar per 31 Desember" / "Registered binaan at 31 December".
  public var registeredAtYearEnd: String { pick("Binaan terdaftar per 31 Desember", "Registered binaan at 31 December") }
  /// "Pertumbuhan" / "Growth".
  public var growth: String { pick("Pertumbuhan", "Growth") }
  /// "Kegiatan" / "Activities".
  public var activities: String { pick("Kegiatan", "Activities") }
  /// "Binaan terjangkau" / "Binaan reached".
  public var binaanReached: String { pick("Binaan terjangkau", "Binaan reached") }
  /// "Biaya" / "Cost".
  public var cost: String { pick("Biaya", "Cost") }
  /// "Lewat jatuh tempo" / "Overdue".
  public var overdue: String { pick("Lewat jatuh tempo", "Overdue") }
  /// "Tanggal tidak diketahui" / "Date unknown".
  public var dateUnknown: String { pick("Tanggal tidak diketahui", "Date unknown") }
  /// "Masih harus dijangkau" / "Still to reach".
  public var stillToReach: String { pick("Masih harus dijangkau", "Still to reach") }
  /// "Berkas" / "File".
  public var file: String { pick("Berkas", "File") }
  /// "Jenis" / "Kind".
  public var kind: String { pick("Jenis", "Kind") }
  /// "Lembar" / "Sheets".
  public var sheets: String { pick("Lembar", "Sheets") }
  /// "Baris dibaca" / "Rows read".
  public var rowsRead: String { pick("Baris dibaca", "Rows read") }
  /// "Diterima" / "Accepted".
  public var accepted: String { pick("Diterima", "Accepted") }
  /// "Dikarantina" / "Quarantined".
  public var quarantined: String { pick("Dikarantina", "Quarantined") }
  /// "Alasan" / "Reason".
  public var reason: String { pick("Alasan", "Reason") }
  /// "Baris" / "Rows".
  public var rows: String { pick("Baris", "Rows") }
  /// "Ukuran (bita)" / "Size (bytes)".
  public var sizeBytes: String { pick("Ukuran (bita)", "Size (bytes)") }
  /// "Metode" / "Method".
  public var methodColumn: String { pick("Metode", "Method") }
  /// "Kolom" / "Field".
  public var field: String { pick("Kolom", "Field") }
  /// "Jumlah" / "Count".
  public var count: String { pick("Jumlah", "Count") }
  /// "Dimensi" / "Dimension".
  public var dimension: String { pick("Dimensi", "Dimension") }
  /// "Jenis program" / "Programme kinds".
  public var programmeKinds: String { pick("Jenis program", "Programme kinds") }
  /// "Bobot" / "Weight".
  public var weight: String { pick("Bobot", "Weight") }
  /// "Tabel" / "Table".
  public var table: String { pick("Tabel", "Table") }
  /// "Baris diterbitkan" / "Rows published".
  public var rowsPublished: String { pick("Baris diterbitkan", "Rows published") }
  /// "Pilihan" / "Option".
  public var option: String { pick("Pilihan", "Option") }
  /// "Terbaik" / "Best"; "Terendah" / "Worst".
  public var best: String { pick("Tertinggi", "Best") }
  /// "Terendah" / "Worst".
  public var worst: String { pick("Terendah", "Worst") }
  /// "ya" / "yes".
  public var yes: String { pick("ya", "yes") }
  /// "tidak" / "no".
  public var no: String { pick("tidak", "no") }

  // MARK: Suppression and missing values

  /// The text shown instead of a small cell's counts: `<5`.
  public func smallCell(_ minCell: Int) -> String { "<" + format.count(minCell) }

  /// The note under a table with withheld rows.
  public func suppressionNote(minCell: Int) -> String {
    pick(
      "\(smallCell(minCell)): kurang dari \(minCell) binaan terdaftar, jumlah dan persentase tidak ditampilkan. "
        + "\(ReportFormat.missing): disembunyikan agar total tidak membuka sel kecil (penyembunyian pelengkap).",
      "\(smallCell(minCell)): fewer than \(minCell) registered binaan, counts and rates not shown. "
        + "\(ReportFormat.missing): withheld so that the total does not reveal a small cell (complementary suppression)."
    )
  }

  /// "disembunyikan (n<5)" / "suppressed (n<5)": a chart's label for a withheld bar or area.
  public func suppressedLabel(minCell: Int) -> String {
    pick("disembunyikan (n<\(minCell))", "suppressed (n<\(minCell))")
  }

  /// "disembunyikan (pelengkap)" / "suppressed (complementary)".
  public var suppressedComplementaryLabel: String {
    pick("disembunyikan (pelengkap)", "suppressed (complementary)")
  }

  /// "tidak ada binaan" / "no binaan": a unit with nothing registered.
  public var noBinaan: String { pick("tidak ada binaan", "no binaan") }

  /// "tidak ada data" / "no data": a map area with no figures.
  public var noData: String { pick("tidak ada data", "no data") }

  /// The name of a suppression reason.
  public func suppressionReason(_ reason: SuppressionReason) -> String {
    pick(reason.definition.nameID, reason.definition.nameEN)
  }

  // MARK: Names of things

  /// A framework dimension's label.
  public func dimension(_ dimension: Framework.Dimension) -> String {
    pick(dimension.labelID, dimension.labelEN)
  }

  /// A statistic's name.
  public func name(_ definition: StatisticDefinition) -> String {
    pick(definition.nameID, definition.nameEN)
  }

  /// A statistic's definition text.
  public func text(_ definition: StatisticDefinition) -> String {
    pick(definition.textID, definition.textEN)
  }

  /// A programme kind's name.
  public func programmeKind(_ kind: ProgrammeKind) -> String {
    switch kind {
    case .pelatihan: pick("Pelatihan", "Training")
    case .pendampingan: pick("Pendampingan", "Mentoring")
    case .sosialisasi: pick("Sosialisasi", "Information session")
    case .bantuanPeralatan: pick("Bantuan peralatan", "Equipment aid")
    case .bantuanModal: pick("Bantuan modal", "Capital aid")
    case .rekomendasiKredit: pick("Rekomendasi kredit", "Credit recommendation")
    case .pameran: pick("Pameran", "Exhibition")
    case .galeri: pick("Galeri produk", "Product gallery")
    case .ecommerce: pick("Orientasi e-commerce", "E-commerce onboarding")
    case .nib: pick("NIB (Nomor Induk Berusaha)", "Business number (NIB)")
    case .sertifikasiHalal: pick("Sertifikasi halal", "Halal certification")
    case .sentraKelompok: pick("Sentra / kelompok usaha", "Group centre")
    case .monitoring: pick("Kunjungan monitoring", "Monitoring visit")
    case .other(let code): code
    }
  }

  /// An input file kind's name.
  public func recordKind(_ kind: RecordKind) -> String {
    switch kind {
    case .registry: pick("Registri UMKM", "Enterprise registry")
    case .activities: pick("Kegiatan", "Activities")
    case .population: pick("Populasi UMKM", "UMKM population")
    }
  }

  /// A linkage method's name; unknown codes are returned as they are.
  public func linkageMethod(_ code: String) -> String {
    switch code {
    case "no_registrasi": pick("Nomor registrasi", "Registration number")
    case "nib": "NIB"
    case "nik": pick("NIK pemilik (hanya untuk pencocokan)", "Owner's NIK (matching only)")
    case "nama_usaha+kelurahan": pick("Nama usaha + kelurahan", "Business name + kelurahan")
    case "unmatched": pick("Tidak cocok dengan registri", "Matched no registry entry")
    default: code
    }
  }
}
