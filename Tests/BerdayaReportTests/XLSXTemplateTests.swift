import BerdayaReport
import Foundation
import Testing

/// The input templates read back with openpyxl: headers the importer knows, drop-downs from the
/// hidden lists sheet, date and number validations, the instructions sheet.
@Suite(.serialized)
struct XLSXTemplateTests {
  static let kecamatan = ["Medan Kota", "Medan Baru", "=CMD|' /C calc'!A0"]
  static let kelurahan = ["Medan Kota": ["Teladan Barat", "Pasar Baru"], "Medan Baru": ["Babura", "Pasar Baru"]]
  static let sectors = ["Kuliner", "Jasa", "Dagang"]

  /// Header spellings the importer maps to a canonical column for files of `kind`
  /// (`kind,column,alias`, where kind `any` applies to every file).
  static func aliases(kind: String) throws -> [String: String] {
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Sources/BerdayaImport/Resources/header-aliases.csv")
    var aliases: [String: String] = [:]
    for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n").dropFirst() {
      let fields = line.split(separator: ",", maxSplits: 2).map(String.init)
      if fields.count == 3, fields[0] == kind || fields[0] == "any" { aliases[fields[2]] = fields[1] }
    }
    return aliases
  }

  func registry() throws -> (path: String, sheets: [ReadSheet]) {
    let path = try XLSXFixture.temporaryFolder() + "/registri.xlsx"
    try XLSXTemplate.writeRegistry(
      to: path, kecamatan: Self.kecamatan, kelurahanByKecamatan: Self.kelurahan, sectors: Self.sectors)
    return (path, ReadSheet.all(try XLSXFixture.openpyxl(path)))
  }

  @Test func registryHeadersAreCanonicalAliases() throws {
    let (_, sheets) = try registry()
    #expect(sheets.map(\.name) == ["Registri UMKM", "Petunjuk", "Daftar"])
    #expect(sheets.map(\.state) == ["visible", "visible", "hidden"])
    let headers = sheets[0].rows[0].compactMap { $0.value as? String }
    let aliases = try Self.aliases(kind: "registry")
    #expect(
      headers.map { aliases[$0] ?? "?" } == [
        "no_registrasi", "nib", "nik_pemilik", "nama_usaha", "nama_pemilik", "jenis_kelamin", "sektor", "skala",
        "kecamatan", "kelurahan", "alamat", "tanggal_daftar", "tanggal_daftar_ulang", "status_binaan",
        "omzet_bulanan", "tenaga_kerja",
      ])
    #expect(sheets[0].freeze == "A2")
  }

  @Test func registryValidations() throws {
    let (_, sheets) = try registry()
    let validations = Dictionary(
      sheets[0].validations.map { ($0.range.split(separator: ":").first.map(String.init) ?? "", $0) },
      uniquingKeysWith: { a, _ in a })
    // Column letters follow the header order above.
    #expect(validations["F2"]?.type == "list")  // jenis_kelamin
    #expect(validations["G2"]?.type == "list")  // sektor
    #expect(validations["H2"]?.type == "list")  // skala
    #expect(validations["I2"]?.formula == "Daftar!$A$2:$A$4")  // kecamatan
    #expect(validations["J2"]?.formula == "Daftar!$B$2:$B$4")  // kelurahan, one list, duplicates removed
    #expect(validations["L2"]?.type == "date")
    #expect(validations["M2"]?.type == "date")
    #expect(validations["N2"]?.type == "list")  // status_binaan
    #expect(validations["O2"]?.type == "decimal")
    #expect(validations["P2"]?.type == "whole")
    #expect(validations["L2"]?.range == "L2:L2001")

    let lists = sheets[2]
    func column(_ c: Int) -> [String] { lists.rows.dropFirst().compactMap { $0.count > c ? $0[c].value as? String : nil } }
    #expect(column(0) == Self.kecamatan)
    #expect(lists.rows.first { $0.first?.value as? String == Self.kecamatan[2] }?.first?.type == "s")
    #expect(column(1) == ["Teladan Barat", "Pasar Baru", "Babura"])
    #expect(column(2) == Self.sectors)
    #expect(column(3) == ["Mikro", "Kecil", "Menengah"])
    #expect(column(4) == ["L", "P"])
    #expect(column(5) == ["Ya", "Tidak"])
  }

  @Test func instructionsSheetIsIndonesianAndMarksPersonalData() throws {
    let (_, sheets) = try registry()
    let instructions = sheets[1]
    let text = instructions.texts.joined(separator: "\n")
    #expect(text.contains("yyyy-mm-dd"))
    #expect(text.contains("data pribadi"))
    for personal in ["NIK Pemilik", "Nama Pemilik", "Alamat"] {
      let row = try #require(instructions.row(personal))
      #expect(row[3].value as? String == "ya", "\(personal) is not marked as personal data")
    }
    #expect(instructions.row("Nama Usaha")?[3].value as? String == "tidak")
  }

  @Test func activityTemplate() throws {
    let path = try XLSXFixture.temporaryFolder() + "/kegiatan.xlsx"
    try XLSXTemplate.writeActivities(to: path, kecamatan: Self.kecamatan)
    let sheets = ReadSheet.all(try XLSXFixture.openpyxl(path))
    #expect(sheets.map(\.name) == ["Kegiatan", "Petunjuk", "Daftar"])
    let headers = sheets[0].rows[0].compactMap { $0.value as? String }
    let aliases = try Self.aliases(kind: "activities")
    #expect(
      headers.map { aliases[$0] ?? "?" } == [
        "id_kegiatan", "nama_kegiatan", "jenis_kegiatan", "tanggal", "no_registrasi", "nib", "kecamatan_kegiatan",
        "biaya", "mitra", "status",
      ])
    let types = sheets[0].validations.map(\.type).sorted()
    #expect(types == ["date", "decimal", "list", "list", "list"])
    let kinds = sheets[2].rows.dropFirst().compactMap { $0.count > 1 ? $0[1].value as? String : nil }
    #expect(kinds.contains("bantuan_peralatan"))
    #expect(kinds.contains("monitoring"))
    #expect(kinds.count == 13)
  }

  @Test func templatesAreDeterministic() throws {
    let folder = try XLSXFixture.temporaryFolder()
    for name in ["a", "b"] {
      try XLSXTemplate.writeRegistry(
        to: folder + "/\(name).xlsx", kecamatan: Self.kecamatan, kelurahanByKecamatan: Self.kelurahan,
        sectors: Self.sectors)
    }
    let a = try Data(contentsOf: URL(fileURLWithPath: folder + "/a.xlsx"))
    let b = try Data(contentsOf: URL(fileURLWithPath: folder + "/b.xlsx"))
    #expect(a == b)
  }
}
