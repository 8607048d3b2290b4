import BerdayaImport
import BerdayaModel
import Testing

@testable import BerdayaCLI

/// duplicates.csv is written from bytes; these pin its lines: the group number, key and merged
/// flag, a file or sheet quoted (and neutralised) once per source, and row numbers of any length.
@Suite struct DuplicatesCSVTests {
  @Test func linesPerGroupRow() {
    let groups = [
      DuplicateGroup(
        method: .registrationNumber, merged: true,
        rows: [
          SourceLocation(file: "registri.csv", row: 2), SourceLocation(file: "registri.csv", row: 1_048_576),
        ]),
      DuplicateGroup(
        method: .nameAndKelurahan, merged: false,
        rows: [
          SourceLocation(file: "UMKM, 2021.xlsx", sheet: "=Binaan", row: 10),
          SourceLocation(file: "registri.csv", row: 0),
          SourceLocation(file: "UMKM, 2021.xlsx", sheet: "=Binaan", row: 999),
        ]),
    ]
    let expected = """
      group,key,merged,file,sheet,row
      1,no_registrasi,ya,registri.csv,,2
      1,no_registrasi,ya,registri.csv,,1048576
      2,nama_usaha+kelurahan,tidak,"UMKM, 2021.xlsx",'=Binaan,10
      2,nama_usaha+kelurahan,tidak,registri.csv,,0
      2,nama_usaha+kelurahan,tidak,"UMKM, 2021.xlsx",'=Binaan,999

      """
    #expect(LocalFiles.duplicatesCSV(groups) == expected)
    #expect(LocalFiles.duplicatesCSV([]) == "group,key,merged,file,sheet,row\n")
  }
}
