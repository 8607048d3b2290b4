import BerdayaImport
import BerdayaModel
import Testing

@Suite("Workbook fixtures")
struct WorkbookFixtureTests {
  /// registry-merged-header.xlsx (openpyxl, see Fixtures/make_fixtures.py): a hidden "Referensi"
  /// sheet, "Medan Baru" and "Medan Johor" with a title and subtitle row, "Tanggal" merged over
  /// "Daftar" / "Daftar Ulang", the other headers merged down two rows, totals rows, and "Rekap".
  @Test func mergedHeaderWorkbook() throws {
    let (summary, records) = try ImporterFixture.registry("registry-merged-header.xlsx")
    #expect(summary.format == .xlsx)
    #expect(summary.tables.map(\.sheet) == ["Medan Baru", "Medan Johor"])
    #expect(summary.skippedSheets.map(\.sheet) == ["Referensi", "Rekap"])
    #expect(summary.skippedSheets.first?.reason == "hidden")
    for table in summary.tables {
      #expect(table.headerRow == 4)
      #expect(table.titleRows == 2)
      #expect(table.totalsRows == 1)
      let names = Dictionary(uniqueKeysWithValues: table.columns.map { ($0.column, $0.header) })
      #expect(names[.tanggalDaftar] == "Tanggal Daftar")
      #expect(names[.tanggalDaftarUlang] == "Tanggal Daftar Ulang")
      #expect(names[.noRegistrasi] == "No. Registrasi")
    }
    #expect(summary.rowsRead == 5)
    #expect(summary.accepted == 4)
    #expect(summary.quarantined == 1)
    #expect(summary.reconciles)
    #expect(summary.quarantinedByReason == ["no identity (no registration number, NIB, NIK or business name)": 1])
    let quarantine = try #require(summary.issues.first { $0.quarantinesRow })
    #expect(quarantine.location.sheet == "Medan Johor")
    #expect(quarantine.location.row == 6)

    #expect(records.map(\.registrationNumber) == ["MB-2021-001", "MB-2021-002", "MB-2021-003", "MJ-2021-001"])
    #expect(records.map { $0.location.sheet } == ["Medan Baru", "Medan Baru", "Medan Baru", "Medan Johor"])
    #expect(records.map(\.location.row) == [5, 6, 7, 5])
    // Real Excel dates (custom DD/MM/YYYY format), a leap day, and a date typed as text.
    #expect(records.map { $0.registeredOn?.description } == ["2021-07-31", "2020-02-29", "2019-12-31", "2021-07-31"])
    #expect(records.map { $0.reRegisteredOn?.description } == ["2022-01-10", nil, nil, nil])
    // A NIB typed as text and one stored as a 13-digit number both read.
    #expect(records.map { $0.nib?.digits } == ["9120001234573", "9120001234574", nil, nil])
    #expect(records.map(\.status) == [.member, .nonMember, .member, .member])
    #expect(records.map(\.monthlyTurnover) == [Rupiah(2_500_000), Rupiah(1_750_000), Rupiah(600_000), Rupiah(3_000_000)])
    #expect(summary.valueIssues.isEmpty)
  }

  @Test func chosenSheetOnly() throws {
    let (summary, records) = try ImporterFixture.registry("registry-merged-header.xlsx", sheets: ["Medan Johor"])
    #expect(summary.tables.map(\.sheet) == ["Medan Johor"])
    #expect(summary.rowsRead == 2 && summary.accepted == 1 && summary.reconciles)
    #expect(records.map(\.businessName) == ["Ayam Penyet Johor"])
  }

  @Test func unknownSheetNamesTheSheets() throws {
    let path = try ImporterFixture.path("registry-merged-header.xlsx")
    let error = #expect(throws: ImportError.self) {
      _ = try ImporterFixture.importer().importRegistry(InputFile(path: path, kind: .registry, sheets: ["Medan Kota"])) { _ in }
    }
    #expect(error?.description.hasPrefix(path) == true)
    #expect(error?.description.contains("'Medan Kota'") == true)
    #expect(error?.description.contains("'Medan Johor'") == true)
  }
}
