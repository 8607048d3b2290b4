import BerdayaAnalysis
import BerdayaModel
import BerdayaReport
import Foundation

/// A small Medan-like project built by hand: five kecamatan (one with 3 binaan, so it is a small
/// cell), three sectors, registrations from 2019 to 2021, and 2021 activities of every dimension
/// plus monitoring visits and e-commerce statuses.
enum ReportFixture {
  /// Binaan per kecamatan: Medan Area is below the default threshold of 5.
  static let kecamatan: [(name: String, binaan: Int)] = [
    ("Medan Belawan", 40), ("Medan Kota", 30), ("Medan Tuntungan", 20), ("Medan Johor", 12), ("Medan Area", 3),
  ]
  static let sectors = ["Kuliner", "Jasa", "Dagang"]

  static func date(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
    guard let date = CalendarDate(year: year, month: month, day: day) else {
      preconditionFailure("bad fixture date \(year)-\(month)-\(day)")
    }
    return date
  }

  /// The analysis result; `renamed` replaces kecamatan names (to test escaping).
  static func result(renamed: [String: String] = [:]) -> AnalysisResult {
    var table = EnterpriseTable()
    table.kecamatanNames = kecamatan.map { renamed[$0.name] ?? $0.name }
    table.sectorNames = sectors
    var index = 0
    for (k, entry) in kecamatan.enumerated() {
      for i in 0..<entry.binaan {
        let year = 2019 + index % 3
        let registered = date(year, 1 + index % 12, 1 + index % 28)
        table.append(
          kecamatan: Int32(k), kelurahan: -1, sector: Int32(i % sectors.count), binaan: true, registeredOn: registered,
          lastRegisteredOn: index % 4 == 0 ? date(2021, 10, 1) : registered)
        index += 1
      }
    }
    // Two non-members, which count for nothing.
    table.append(
      kecamatan: 0, kelurahan: -1, sector: 0, binaan: false, registeredOn: date(2020, 1, 1), lastRegisteredOn: nil)
    table.append(
      kecamatan: 1, kelurahan: -1, sector: 1, binaan: false, registeredOn: date(2020, 1, 1), lastRegisteredOn: nil)

    var options = AnalysisOptions()
    options.from = date(2021, 1, 1)
    options.to = date(2021, 12, 31)
    options.asOf = date(2021, 12, 31)
    let accumulator = CoverageAccumulator(table: table, options: options)
    func add(_ enterprise: Int, _ kind: ProgrammeKind, _ when: CalendarDate, active: Bool? = nil, cost: Int64? = nil) {
      accumulator.add(
        LinkedActivity(
          enterprise: Int32(enterprise), kind: kind, date: when, cost: cost.map(Rupiah.init), isActive: active,
          kecamatan: nil))
    }
    // Enabling: every third enterprise trained, half of them mentored within a month.
    for e in stride(from: 0, to: 105, by: 3) {
      add(e, .pelatihan, date(2021, 3, 10), cost: 250_000)
      if e % 2 == 0 { add(e, .pendampingan, date(2021, 4, 1)) }
    }
    // Empowering: equipment aid for every seventh, monitored for some.
    for e in stride(from: 1, to: 105, by: 7) {
      add(e, .bantuanPeralatan, date(2021, 5, 1), cost: 1_500_000)
      if e % 2 == 1 { add(e, .monitoring, date(2021, 5, 20)) }
    }
    // Protecting: NIB for a few in Belawan only.
    for e in [2, 5, 8, 11] { add(e, .nib, date(2021, 6, 1)) }
    // E-commerce with and without status.
    for e in [4, 9, 14, 19, 24] { add(e, .ecommerce, date(2021, 7, 1), active: e % 2 == 0) }
    add(29, .ecommerce, date(2021, 7, 1))
    // 2020 activities (outside the period) for the trend.
    for e in stride(from: 0, to: 60, by: 5) { add(e, .sosialisasi, date(2020, 8, 17)) }
    // An activity that matched nobody.
    accumulator.add(
      LinkedActivity(
        enterprise: nil, kind: .pameran, date: date(2021, 9, 1), cost: nil, isActive: nil, kecamatan: "Medan Kota"))
    return accumulator.finish()
  }

  /// The context: Kota Medan, two input files with hashes that hold no 16-digit run.
  static func context(language: ReportLanguage = .indonesian, minCell: Int = 5) -> ReportContext {
    var context = ReportContext(title: "Laporan Cakupan Pemberdayaan UMKM Kota Medan 2021")
    context.regionName = "Kota Medan"
    context.regionCode = "12.71"
    context.language = language
    context.minCell = minCell
    context.inputs = [
      .init(
        path: "registri_umkm_2021.xlsx", kind: .registry, sheets: ["Data UMKM"], bytes: 48_213,
        sha256: "9f2c4e1ab07d3e6f5a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f", rowsRead: 110, accepted: 107,
        quarantined: 3, quarantinedByReason: ["nik_invalid": 2, "no_name": 1], valueIssuesByReason: ["date_unparsed": 4]),
      .init(
        path: "kegiatan_2021.csv", kind: .activities, sheets: [], bytes: 9_876,
        sha256: "a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2", rowsRead: 120, accepted: 118,
        quarantined: 2, quarantinedByReason: ["kind_unknown": 2], valueIssuesByReason: [:]),
    ]
    context.linkage = ["no_registrasi": 100, "nib": 12, "unmatched": 1]
    context.normalisation = ["kecamatan": ["exact": 100, "fuzzy": 3], "sektor": ["alias": 7]]
    context.options = ["--min-cell": String(minCell), "--lang": language.rawValue, "--target": "0.5"]
    context.command = "berdaya report --registry registri_umkm_2021.xlsx --activities kegiatan_2021.csv --out laporan"
    context.reportDate = date(2022, 1, 15)
    return context
  }
}
