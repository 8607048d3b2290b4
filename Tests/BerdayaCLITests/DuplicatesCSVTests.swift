import Testing

@testable import BerdayaCLI
@testable import BerdayaImport

/// duplicates.csv is written from bytes; these pin its lines: the group number, key and merged
/// flag, a file or sheet quoted (and neutralised) once per source, rows of sources in any order,
/// and row numbers of any length.
@Suite struct DuplicatesCSVTests {
  @Test func linesPerGroupRow() {
    var groups = DuplicateGroups(
      sources: [RowSource(file: "registri.csv", sheet: nil), RowSource(file: "UMKM, 2021.xlsx", sheet: "=Binaan")],
      groups: 2, rows: 5)
    groups.append(.registrationNumber, merged: true, rows: [.init(source: 0, row: 2), .init(source: 0, row: 1_048_576)])
    groups.append(
      .nameAndKelurahan, merged: false,
      rows: [.init(source: 1, row: 10), .init(source: 0, row: 0), .init(source: 1, row: 999)])
    let expected = """
      group,key,merged,file,sheet,row
      1,no_registrasi,ya,registri.csv,,2
      1,no_registrasi,ya,registri.csv,,1048576
      2,nama_usaha+kelurahan,tidak,"UMKM, 2021.xlsx",'=Binaan,10
      2,nama_usaha+kelurahan,tidak,registri.csv,,0
      2,nama_usaha+kelurahan,tidak,"UMKM, 2021.xlsx",'=Binaan,999

      """
    #expect(LocalFiles.duplicatesCSV(groups) == expected)
    #expect(LocalFiles.duplicatesCSV(DuplicateGroups(sources: [], groups: 0, rows: 0)) == "group,key,merged,file,sheet,row\n")
  }
}
