import BerdayaImport
import BerdayaModel
import Testing

@Suite("CSV fixtures")
struct CSVFixtureTests {
  @Test func titleRowsSemicolonRegistry() throws {
    let (summary, records) = try ImporterFixture.registry("registry-title-rows-semicolon.csv")
    #expect(summary.delimiter == ";")
    #expect(summary.rowsRead == 9)
    #expect(summary.accepted == 8)
    #expect(summary.quarantined == 1)
    #expect(summary.reconciles)
    #expect(summary.quarantinedByReason == ["no identity (no registration number, NIB, NIK or business name)": 1])
    let table = try #require(summary.tables.first)
    #expect(table.headerRow == 4)
    #expect(table.titleRows == 3)
    #expect(table.totalsRows == 1)
    #expect(table.blankRows == 1)
    #expect(table.unmappedHeaders == ["No"])
    #expect(table.columns.map(\.column).contains(.tenagaKerja))
    // The quarantined row is line 11, with no column of its own.
    let quarantine = try #require(summary.issues.first { $0.quarantinesRow })
    #expect(quarantine.location.row == 11)
    #expect(quarantine.location.column == nil)
    #expect(!quarantine.value.contains("Pak Udin"))  // owner names are personal: not echoed

    #expect(records.count == 8)
    // Every written date form reads as the same day.
    #expect(records.prefix(6).map { $0.registeredOn?.description } == Array(repeating: "2021-07-31", count: 6))
    let ani = records[0]
    #expect(ani.registrationNumber == "MDN-2021-0001")
    #expect(ani.nib?.digits == "9120001234567")
    #expect(ani.ownerNIK?.digits == "1271012345670001")
    #expect(ani.businessName == "Warung Nasi Bu Ani")
    #expect(ani.gender == .female)
    #expect(ani.sector == .kuliner)  // "Makanan & Minuman" through the sector aliases
    #expect(ani.scale == .mikro)
    #expect(ani.kecamatan == "Medan Baru")
    #expect(ani.kelurahan == "Babura")
    #expect(ani.status == .member)
    #expect(ani.monthlyTurnover == Rupiah(1_500_000))
    #expect(ani.workers == 2)
    #expect(ani.location.row == 5)
    let budi = records[1]
    #expect(budi.gender == .male)
    #expect(budi.status == .nonMember)
    #expect(budi.scale == .kecil)
    #expect(budi.monthlyTurnover == Rupiah(2_500_000))
    #expect(budi.address == "Jl. Gatot Subroto No. 12; Ruko 3")
    #expect(records.map(\.gender) == [.female, .male, .female, .male, .female, .female, .male, .female])
    #expect(records.map(\.status) == [.member, .nonMember, .member, .nonMember, .member, .member, .member, .member])
    #expect(records[2].nib == nil)
    #expect(records[3].sector == .dagang)
    #expect(records[3].scale == .menengah)
    #expect(records[3].monthlyTurnover == Rupiah(12_000_000))
    #expect(records.map(\.kecamatan) == [
      "Medan Baru", "Medan Petisah", "Medan Kota", "Medan Baru", "Medan Johor", "Medan Johor", "Medan Baru", "Medan Kota",
    ])
    // A 15-digit NIK and 31 February: the rows are kept, the values unknown, the issues listed.
    let fotokopi = records[6]
    #expect(fotokopi.ownerNIK == nil)
    #expect(fotokopi.registeredOn?.description == "2021-03-15")
    let salon = records[7]
    #expect(salon.registeredOn == nil)
    #expect(salon.businessName == "Salon Cantik")
    #expect(summary.valueIssues == [
      "invalid NIK (not 16 digits)|nik_pemilik|12",
      "invalid date|tanggal_daftar|13",
    ])
    #expect(summary.issues.first { $0.reason == "invalid date" }?.value == "31/02/2021")
  }

  @Test func windows1252Registry() throws {
    let (summary, records) = try ImporterFixture.registry("registry-windows-1252.csv")
    #expect(summary.encoding == "windows1252")
    #expect(summary.delimiter == ",")
    #expect(summary.rowsRead == 2 && summary.accepted == 2 && summary.quarantined == 0 && summary.reconciles)
    #expect(summary.quarantinedByReason.isEmpty)
    #expect(summary.tables.first?.headerRow == 1)
    #expect(summary.tables.first?.titleRows == 0)
    #expect(records.map(\.businessName) == ["Café Senja", "Kedai D\u{2019}Tuntungan"])
    #expect(records.map(\.ownerName) == ["José Manurung", "Rosé Ginting"])
    #expect(records.map { $0.registeredOn?.description } == ["2020-01-05", "2020-02-14"])
    #expect(records.map(\.monthlyTurnover) == [Rupiah(2_750_000), Rupiah(1_234_568)])
    #expect(records.map(\.sector) == [.kuliner, .kuliner])
    #expect(records.map(\.status) == [.member, .nonMember])
    #expect(records.map(\.kecamatan) == ["Medan Tuntungan", "Medan Tuntungan"])
    #expect(summary.valueIssues.isEmpty)
  }

  @Test func utf8BOMTabRegistry() throws {
    let (summary, records) = try ImporterFixture.registry("registry-utf8-bom-tab.tsv")
    #expect(summary.delimiter == "tab")
    #expect(summary.encoding == "utf8BOM")
    #expect(summary.rowsRead == 2 && summary.accepted == 2 && summary.reconciles)
    // The BOM is not part of the first header: "No Reg" maps.
    #expect(summary.tables.first?.columns.first?.column == .noRegistrasi)
    #expect(records.map(\.registrationNumber) == ["MDN-0201", "MDN-0202"])
    #expect(records.map { $0.nib?.digits } == ["9120001234571", "9120001234572"])  // leading ' dropped
    #expect(records.map { $0.ownerNIK?.digits } == ["1271012345670010", "1271012345670011"])  // spaces allowed
    #expect(records.map(\.gender) == [.male, .female])
    #expect(records.map(\.status) == [.member, .nonMember])
    #expect(records.map(\.sector) == [.kuliner, .fashion])
    #expect(records.map { $0.registeredOn?.description } == ["2021-08-02", "2021-08-02"])
    #expect(records.map(\.monthlyTurnover) == [Rupiah(4_000_000), Rupiah(900_000)])
    #expect(records.map(\.workers) == [6, 1])
    #expect(summary.valueIssues.isEmpty)
  }

  @Test func crlfActivities() throws {
    let (summary, records) = try ImporterFixture.activities("activities-crlf.csv")
    #expect(summary.rowsRead == 7)
    #expect(summary.accepted == 5)
    #expect(summary.quarantined == 2)
    #expect(summary.reconciles)
    #expect(summary.quarantinedByReason == ["unknown programme kind": 1, "no enterprise reference": 1])
    let unknown = try #require(summary.issues.first { $0.reason == "unknown programme kind" })
    #expect(unknown.location.column == "jenis_kegiatan")
    #expect(unknown.value == "Rapat koordinasi")
    #expect(unknown.location.row == 8)  // the quoted line break in K-003 makes it a physical line later
    let noReference = try #require(summary.issues.first { $0.reason == "no enterprise reference" })
    #expect(noReference.location.row == 9)

    #expect(records.map(\.activityID) == ["K-001", "K-002", "K-003", "K-004", "K-005"])
    #expect(records.map(\.kind) == [.pelatihan, .pelatihan, .bantuanPeralatan, .nib, .pameran])
    #expect(records[0].activityName == "Pelatihan Kewirausahaan, Angkatan I")
    #expect(records[1].date?.description == "2021-06-14")  // "Senin, 14 Juni 2021"
    #expect(records[1].partner == "Dinas Kominfo, Kota Medan")
    #expect(records[2].activityName == "Bantuan Mesin Jahit (tahap 2)")  // the line break collapsed
    #expect(records[2].location.row == 4)
    #expect(records[3].location.row == 6)
    #expect(records.map { $0.date?.description } == ["2021-03-12", "2021-06-14", "2021-08-17", "2021-05-05", "2021-07-01"])
    #expect(records.map(\.cost) == [Rupiah(5_000_000), Rupiah(2_500_000), Rupiah(12_500_000), Rupiah(0), Rupiah(1_500_000)])
    #expect(records[2].nib?.digits == "9120001234570")
    #expect(records[3].ownerNIK?.digits == "1271012345670003")
    #expect(records[0].registrationNumber == "MDN-2021-0001")
    #expect(records[0].kecamatan == "Medan Baru")
    #expect(records.map(\.isActive) == [nil, true, nil, false, nil])
    #expect(summary.valueIssues == ["unknown status word|status|7"])
  }

  @Test func twoRowMergedHeader() throws {
    let (summary, records) = try ImporterFixture.registry("registry-two-row-header.csv")
    let table = try #require(summary.tables.first)
    #expect(table.headerRow == 3)
    #expect(table.titleRows == 1)
    #expect(table.totalsRows == 1)
    let names = Dictionary(uniqueKeysWithValues: table.columns.map { ($0.column, $0.header) })
    #expect(names[.tanggalDaftar] == "Tanggal Daftar")
    #expect(names[.tanggalDaftarUlang] == "Tanggal Daftar Ulang")
    #expect(names[.skala] == "Skala")
    #expect(summary.rowsRead == 2 && summary.accepted == 2 && summary.quarantined == 0 && summary.reconciles)
    #expect(records.map { $0.registeredOn?.description } == ["2019-02-01", "2020-03-03"])
    #expect(records.map { $0.reRegisteredOn?.description } == ["2021-01-15", nil])
    #expect(records.map(\.scale) == [.mikro, .kecil])
    #expect(records.map(\.kelurahan) == ["Babura", "Darat"])
  }

  @Test func populationTable() throws {
    let (summary, records) = try ImporterFixture.population("population-kecamatan.csv")
    #expect(summary.rowsRead == 4)
    #expect(summary.accepted == 2)
    #expect(summary.quarantined == 2)
    #expect(summary.reconciles)
    #expect(summary.quarantinedByReason == ["no count": 1, "no place": 1])
    #expect(summary.tables.first?.totalsRows == 1)
    #expect(records.map(\.kecamatan) == ["Medan Baru", "Medan Kota"])
    #expect(records.map(\.count) == [1250, 980])
    #expect(records.map(\.year) == [2021, 2021])
    #expect(records.map(\.sector) == [.kuliner, .kuliner])
    #expect(summary.valueIssues == ["invalid whole number|jumlah|4"])
  }
}

extension CSVFixtureTests {
  /// Totals rows are recognised from their first three cells, whatever the case and punctuation,
  /// and activities whose names merely begin like a totals word ("Totalitas", "Jumpa", "Sub
  /// Pelatihan", "Sertifikasi") stay data rows.
  @Test func totalsLabelsAndLookAlikes() throws {
    let (summary, records) = try ImporterFixture.activities("activities-totals-labels.csv")
    let table = try #require(summary.tables.first)
    #expect(table.totalsRows == 6)
    #expect(summary.rowsRead == 4)
    #expect(records.map(\.activityID) == ["KEG-001", "KEG-002", "KEG-003", "KEG-004"])
    #expect(summary.reconciles)
  }
}
