import BerdayaImport
import BerdayaModel
import Foundation
import Testing

/// The seven real published count tables under Fixtures/realdata (sources in its README): their
/// row counts and totals pinned, or, for the Sleman file refused by design, the exact message.
@Suite struct RealCountTableTests {
  static let binaan = "realdata/jabar-diskuk/diskuk-od_17367_jml_ush_mikro_kecil_menengah_umkm_binaan__jenis_ush_data.csv"
  static let kategori = "realdata/jabar-diskuk/diskuk-od_17371_jml_ush_mikro_kecil_menengah_umkm__kabupatenkota_kateg_data.csv"
  static let proyeksi = "realdata/jabar-diskuk/diskuk-od_17372_proyeksi_jml_ush_mikro_kecil_menengah_umkm__kabupatenk_data.csv"

  static func counts(_ name: String, titleFields: Set<TitleField> = []) throws -> (FileImportSummary, [PopulationRecord]) {
    var records: [PopulationRecord] = []
    let input = InputFile(path: try ImporterFixture.path(name), kind: .population, titleFields: titleFields)
    let summary = try AggregateTableImporter(importer: try ImporterFixture.importer()).importCounts(input) {
      records.append($0)
    }
    return (summary, records)
  }

  static func totals(_ records: [PopulationRecord], byYear: Bool = true) -> [Int: Int] {
    Dictionary(grouping: records, by: { $0.year ?? 0 }).mapValues { $0.reduce(0) { $0 + ($1.count ?? 0) } }
  }

  @Test func jabarBinaanByJenisUsaha() throws {
    let (summary, records) = try Self.counts(Self.binaan)
    #expect(summary.rowsRead == 1215 && summary.accepted == 1215 && summary.quarantined == 0 && summary.reconciles)
    #expect(summary.issues.isEmpty)
    #expect(Self.totals(records) == [2019: 2481, 2020: 5514, 2021: 3606])
    #expect(Set(records.compactMap(\.kecamatan)).count == 27)
    #expect(Set(records.compactMap(\.category)).count == 15)
    #expect(records.compactMap(\.count).max() == 201)
    #expect(records.filter { $0.count == 0 }.count == 506)
    #expect(records.filter { (1...4).contains($0.count ?? -1) }.count == 293)
    #expect(records.first?.kecamatan == "KABUPATEN BOGOR" && records.first?.category == "AGRIBISNIS")
    #expect(records.first?.sector == .agribisnis)
    #expect(summary.totalsChecks.isEmpty)
  }

  @Test func jabarCategoryTableAcceptsItsValueColumnUnderEitherName() throws {
    let (summary, records) = try Self.counts(Self.kategori)
    #expect(summary.rowsRead == 1350 && summary.accepted == 1350 && summary.reconciles)
    #expect(Set(records.compactMap(\.category)).count == 10)
    #expect(records.contains { $0.category == "JASA/LAINNYA" && $0.sector == .jasa })
    #expect(Self.totals(records)[2017] == 4_921_572)
    let columns = summary.tables.first?.columns.map(\.header) ?? []
    #expect(columns == ["nama_kabupaten_kota", "kategori_usaha", "jumlah_umkm", "tahun"])
  }

  @Test func jabarProjectionTable() throws {
    let (summary, records) = try Self.counts(Self.proyeksi)
    #expect(summary.rowsRead == 216 && summary.accepted == 216 && summary.reconciles)
    #expect(Self.totals(records)[2016] == 4_634_807)
    #expect(Self.totals(records)[2017] == 4_921_573)
    #expect(Self.totals(records)[2023] == 7_055_660)
    #expect(records.allSatisfy { $0.category == nil && $0.sector == nil })
  }

  @Test func tangselYearAndSectorStandOnlyInTitleAndFileName() throws {
    let path = try ImporterFixture.path("realdata/tangsel/Lainnya.csv")
    #expect {
      try Self.counts("realdata/tangsel/Lainnya.csv")
    } throws: { error in
      (error as? ImportError)?.description == """
        \(path): error: the table has no tahun (year) column and its title reads 'Jumlah UMKM Bidang Lainnya \
        Menurut Kecamatan di Kota Tangerang Selatan Tahun 2023'. If the year stands in the title or the file \
        name, say so with --title-fields tahun (or title_fields: [tahun] for this input in berdaya.yaml); \
        Berdaya does not guess it
        """
    }
    #expect {
      try Self.counts("realdata/tangsel/Lainnya.csv", titleFields: [.tahun])
    } throws: { error in
      (error as? ImportError)?.reason.hasPrefix("the table has no sektor column but its title reads") == true
    }
    let (summary, records) = try Self.counts("realdata/tangsel/Lainnya.csv", titleFields: [.tahun, .sektor])
    #expect(summary.rowsRead == 7 && summary.accepted == 7 && summary.reconciles)
    #expect(records.count == 14)
    #expect(records.allSatisfy { $0.year == 2023 && $0.sector == .other("Lainnya") })
    let byScale = Dictionary(grouping: records, by: { $0.category ?? "" }).mapValues { $0.reduce(0) { $0 + ($1.count ?? 0) } }
    #expect(byScale == ["Mikro": 14_392, "Kecil": 5_160])
    #expect(records.prefix(2).map(\.kecamatan) == ["Serpong", "Serpong"])
    #expect(summary.titleFields.map(\.value) == ["2023 (title line)", "Lainnya (file name)"])
    #expect(summary.issues.isEmpty)
  }

  @Test func tangselZeroCellsAreCounts() throws {
    let (summary, records) = try Self.counts("realdata/tangsel/Ekspedisi.csv", titleFields: [.tahun, .sektor])
    #expect(summary.rowsRead == 7 && summary.accepted == 7)
    let byScale = Dictionary(grouping: records, by: { $0.category ?? "" }).mapValues { $0.reduce(0) { $0 + ($1.count ?? 0) } }
    #expect(byScale == ["Mikro": 39, "Kecil": 22])
    #expect(records.contains { $0.kecamatan == "Setu" && $0.category == "Mikro" && $0.count == 0 })
    #expect(records.contains { $0.kecamatan == "Ciputat Timur" && $0.category == "Kecil" && $0.count == 0 })
  }

  @Test func slemanIsRefusedNamingTheLineWhereItsStructureBreaks() throws {
    let path = try ImporterFixture.path("realdata/sleman/umkm.csv")
    #expect {
      try Self.counts("realdata/sleman/umkm.csv")
    } throws: { error in
      // Sector 1 (lines 6-25) still parses as 23 fields; sector 2's definition cell, unquoted but
      // holding a quote and line breaks, is where the records stop lining up.
      (error as? ImportError)?.description == """
        \(path): error: line 26: the table's structure breaks here: the rows above have 23 fields, this \
        record has 3, and the record at line 45 runs over 21 lines (to line 65) with 21. A double quote in a \
        cell is not closed, so where a record ends is no longer known and the counts cannot be read safely. \
        Open the file in a spreadsheet, delete the column of long text (or remove its stray quotes) and save \
        it again as CSV, or give the sheet as .xlsx
        """
    }
  }
}
