import BerdayaImport
import BerdayaModel
import Testing

/// Count tables: stated totals checked against their parts, wide tables unpivoted, units at
/// every level of the region list.
@Suite struct CountTableTests {
  /// The TOTAL row of population-kecamatan.csv states 2,530; the two accepted rows sum to 2,230
  /// (the row without a count and the row without a place are quarantined): reported, not trusted.
  @Test func totalsRowIsCheckedAgainstTheRowsAboveIt() throws {
    let (summary, records) = try RealCountTableTests.counts("population-kecamatan.csv")
    #expect(records.count == 2)
    #expect(summary.totalsChecks.count == 1)
    let check = try #require(summary.totalsChecks.first)
    #expect(check.stated == 2530 && check.computed == 2230 && !check.agrees)
    #expect(check.location.row == 6 && check.scope == "rows 2-5")
  }

  /// Kapanewon;Mikro;Kecil;Jumlah with a running-number column and a JUMLAH row: the Depok row
  /// total and the grand total are off by one, and both are reported; JUMLAH is no kapanewon.
  @Test func wideTableIsUnpivotedAndItsTotalsChecked() throws {
    let (summary, records) = try RealCountTableTests.counts("count-wide-kapanewon-totals.csv", titleFields: [.tahun])
    #expect(summary.rowsRead == 3 && summary.accepted == 3 && summary.reconciles)
    #expect(summary.tables.first?.totalsRows == 1)
    #expect(records.count == 6)
    #expect(summary.tables.first?.unmappedHeaders == ["No"])
    #expect(Set(records.compactMap(\.kecamatan)) == ["Gamping", "Depok", "Mlati"])
    #expect(records.allSatisfy { $0.year == 2022 })
    #expect(records.map(\.category) == ["Mikro", "Kecil", "Mikro", "Kecil", "Mikro", "Kecil"])
    let disagreeing = summary.totalsChecks.filter { !$0.agrees }
    #expect(summary.totalsChecks.count == 6)
    #expect(disagreeing.map(\.scope) == ["row 'Depok'", "the whole table, rows 4-6"])
    #expect(disagreeing.map(\.stated) == [240, 393])
    #expect(disagreeing.map(\.computed) == [241, 394])
  }
}

/// The unit follows the region: a province's units are kab/kota, a regency's kecamatan, a
/// kecamatan's kelurahan/desa; codes without dots and upper-case names with their prefix resolve.
@Suite struct RegionUnitTests {
  @Test func codesWithoutDotsAndUpperCaseNamesResolve() throws {
    let gazetteer = try Gazetteer.bundled()
    #expect(gazetteer.lookup("3201").map(\.code) == ["32.01"])
    #expect(gazetteer.lookup("127101").map(\.code) == ["12.71.01"])
    #expect(gazetteer.lookup("KABUPATEN BOGOR").map(\.code) == ["32.01"])
    #expect(gazetteer.regions(named: "KOTA BANDUNG", level: .regency).map(\.code) == ["32.73"])
    #expect(gazetteer.lookup("JAWA BARAT").map(\.code) == ["32"])
  }

  @Test func theUnitIsTheLevelBelowTheRegion() throws {
    let gazetteer = try Gazetteer.bundled()
    let province = PlaceResolver(region: try #require(gazetteer.lookup("32").first), gazetteer: gazetteer)
    #expect(province.unitLevel == .regency)
    #expect(province.resolveUnit("KABUPATEN BOGOR").region?.code == "32.01")
    #expect(province.resolveUnit("KOTA BOGOR").region?.code == "32.71")
    #expect(province.resolveUnit("KOTA BANJAR").region?.code == "32.79")
    let regency = PlaceResolver(region: try #require(gazetteer.lookup("3404").first), gazetteer: gazetteer)
    #expect(regency.unitLevel == .district)
    #expect(regency.resolveUnit("GAMPING").region?.name == "Gamping")
    let district = PlaceResolver(region: try #require(gazetteer.lookup("127101").first), gazetteer: gazetteer)
    #expect(district.unitLevel == .village)
  }

  @Test func localWordsForTheLevelsAreAliases() throws {
    #expect(RegionLevel(word: "Kapanewon") == .district)
    #expect(RegionLevel(word: "DISTRIK") == .district)
    #expect(RegionLevel(word: "Kalurahan") == .village)
    #expect(RegionLevel(word: "gampong") == .village)
    let aliases = try HeaderAliases()
    #expect(aliases.column(for: "Kapanewon", kind: .population) == .kecamatan)
    #expect(aliases.column(for: "nama_kabupaten_kota", kind: .population) == .kecamatan)
    #expect(aliases.column(for: "Kabupaten/Kota", kind: .population) == .kecamatan)
    #expect(aliases.column(for: "Kalurahan", kind: .registry) == .kelurahan)
    #expect(aliases.column(for: "Gampong", kind: .registry) == .kelurahan)
    #expect(aliases.column(for: "kategori_usaha", kind: .population) == .sektor)
    #expect(aliases.column(for: "jenis_usaha", kind: .population) == .sektor)
    #expect(aliases.column(for: "proyeksi_jumlah_umkm", kind: .population) == .jumlah)
  }
}

/// A list of enterprises given as a count table by mistake: its identifiers are never read as counts.
@Suite struct CountTableMisuseTests {
  @Test func aRegistryIsNotReadAsACountTable() throws {
    #expect {
      try RealCountTableTests.counts("registry-title-rows-semicolon.csv", titleFields: [.tahun])
    } throws: { error in
      (error as? ImportError)?.reason.hasPrefix("no header row found in the first 30 rows") == true
    }
  }
}
