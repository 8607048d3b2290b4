import BerdayaImport
import BerdayaModel
import Foundation
import Testing

/// A registry imported on two threads (read and prepare on one, insert on the other) gives exactly
/// what one thread adding record by record gives: the same table, duplicate groups, place
/// decisions, keys, counts and issues, and the same error where the file cannot be read.
@Suite struct PipelinedRegistryTests {
  /// A semicolon registry with title rows, blank rows and a totals row, whose rows cycle through
  /// every case the builder treats apart (row `i`, case `i % 25`, each referring to a plain row of
  /// its own): a re-registration (same number),
  /// a new number with a known NIB, rows without a number joining by NIB, by NIK and by name and
  /// kelurahan, possible duplicates by NIK and by name (new numbers), a quarantined row with no
  /// identity, and a row with an impossible date and an unreadable amount. The rows cycle through
  /// `kelurahanCount` kelurahan. With `hugeRowAt`, that row has more fields than the tokenizer's
  /// limit, which stops the read there.
  static func messyRegistry(rows: Int, kelurahanCount: Int = 40, hugeRowAt: Int? = nil) throws -> String {
    func number(_ i: Int) -> String { "MDN-2021-\(String(format: "%05d", i))" }
    func nib(_ i: Int) -> String { String(9_120_000_000_000 + i) }
    func nik(_ i: Int) -> String { String(1_271_010_000_000_000 + i) }
    func name(_ i: Int) -> String { "Warung Maju Jaya \(i)" }
    func kelurahan(_ i: Int) -> String { "Kel \(i % kelurahanCount)" }
    var text = "DATA UMKM BINAAN DINAS KOPERASI DAN UKM KOTA MEDAN;;;;;;;;;;;;\nTAHUN 2021;;;;;;;;;;;;\n;;;;;;;;;;;;\n"
    text += "No;No. Reg;NIB;NIK;NAMA UMKM;Nama Pemilik;L/P;Sektor Usaha;Skala Usaha;Kec.;Kel.;Tgl Daftar;Omzet Bulanan (Rp)\n"
    let sectors = ["Kuliner", "Makanan & Minuman", "Jasa", "Perdagangan", "Bengkel Las"]
    for i in 0..<rows {
      if i == hugeRowAt {
        text += String(repeating: ";", count: 100_001) + "\n"
        continue
      }
      var (reg, nibText, nikText, business, place) = (number(i), nib(i), nik(i), name(i), kelurahan(i))
      var (date, amount) = ("\(1 + i % 28)/03/2021", "\(i * 1000)")
      switch i % 25 {
      case 0 where i >= 25: (reg, date) = (number(i - 7), "15/01/2023")
      case 1 where i >= 25: (nibText, nikText) = (nib(i - 9), "")
      case 2 where i >= 25: (reg, nibText, nikText) = ("", nib(i - 11), "")
      case 3 where i >= 25: (reg, nibText, nikText) = ("", "", nik(i - 13))
      case 4 where i >= 25: (reg, nibText, nikText, business, place) = ("", "", "", "TOKO \(name(i - 15))", kelurahan(i - 15))
      case 5 where i >= 25: (nibText, nikText) = ("", nik(i - 17))
      case 6 where i >= 25: (nibText, nikText, business, place) = ("", "", "UD. \(name(i - 19).uppercased())", kelurahan(i - 19))
      case 7: (reg, nibText, nikText, business) = ("", "", "", "")
      case 8: (date, amount) = ("31/02/2021", "Rp sejuta")
      default: break
      }
      let kecamatan = i % 9 == 0 ? "MEDAN \(i % 5)" : "Medan \(i % 5)"
      text += "\(i + 1);\(reg);\(nibText);\(nikText);\(business);Pemilik \(i);P;\(sectors[i % sectors.count]);Mikro;"
      text += "\(kecamatan);\(place);\(date);\(amount)\n"
      if i % 301 == 300 { text += ";;;;;;;;;;;;\n" }
    }
    text += "JUMLAH;;;;;;;;;;;;\n"
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("pipelined-registry-\(UUID()).csv")
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
  }

  /// What a registry import produced: the summary, the built registry, and any error's text.
  struct Imported {
    var summary: FileImportSummary?
    var registry: EnterpriseRegistry
    var error: String?
  }

  /// Imports `path` into `builder` (a new one by default) with `read`, and builds the registry
  /// (also after an error).
  static func imported(
    into builder: EnterpriseTableBuilder = EnterpriseTableBuilder(), keepsDescriptiveText: Bool = true,
    _ read: (FileImporter, EnterpriseTableBuilder) throws -> FileImportSummary
  ) throws -> Imported {
    var summary: FileImportSummary?
    var error: String?
    do {
      var importer = try ImporterFixture.importer()
      importer.keepsDescriptiveText = keepsDescriptiveText
      summary = try read(importer, builder)
    } catch let thrown {
      error = "\(thrown)"
    }
    return Imported(summary: summary, registry: builder.build(places: PlaceNormalisation(resolver: .unregioned())), error: error)
  }

  static func oneThread(_ path: String) throws -> Imported {
    try imported { importer, builder in
      try importer.importRegistry(InputFile(path: path, kind: .registry)) { builder.add($0) }
    }
  }

  static func pipelined(_ path: String, batchRows: Int, inFlight: Int, keepsDescriptiveText: Bool = true) throws -> Imported {
    try imported(keepsDescriptiveText: keepsDescriptiveText) { importer, builder in
      try importer.importRegistry(
        InputFile(path: path, kind: .registry), into: builder, batchRows: batchRows, batchesInFlight: inFlight)
    }
  }

  /// Everything both ways must agree on, table column by column.
  static func expectSame(_ a: Imported, _ b: Imported, _ label: String) {
    #expect(a.error == b.error, "\(label)")
    #expect(a.summary?.rowsRead == b.summary?.rowsRead, "\(label)")
    #expect(a.summary?.accepted == b.summary?.accepted, "\(label)")
    #expect(a.summary?.quarantined == b.summary?.quarantined, "\(label)")
    #expect(a.summary?.issues == b.summary?.issues, "\(label)")
    #expect(a.summary?.tables.map(\.dataRows) == b.summary?.tables.map(\.dataRows), "\(label)")
    #expect(a.summary?.tables.map(\.blankRows) == b.summary?.tables.map(\.blankRows), "\(label)")
    #expect(a.summary?.tables.map(\.totalsRows) == b.summary?.tables.map(\.totalsRows), "\(label)")
    let (x, y) = (a.registry.table, b.registry.table)
    #expect(x.count == y.count, "\(label)")
    #expect(x.kecamatanNames == y.kecamatanNames && x.kelurahanNames == y.kelurahanNames, "\(label)")
    #expect(x.sectorNames == y.sectorNames, "\(label)")
    #expect(x.kecamatan == y.kecamatan && x.kelurahan == y.kelurahan && x.sector == y.sector, "\(label)")
    #expect(x.binaan == y.binaan, "\(label)")
    #expect(x.registeredOn == y.registeredOn && x.lastRegisteredOn == y.lastRegisteredOn, "\(label)")
    #expect(a.registry.duplicates == b.registry.duplicates, "\(label)")
    #expect(a.registry.mergedDuplicateRows == b.registry.mergedDuplicateRows, "\(label)")
    #expect(a.registry.possibleDuplicateGroups == b.registry.possibleDuplicateGroups, "\(label)")
    #expect(a.registry.places.log.entries == b.registry.places.log.entries, "\(label)")
  }

  @Test func twoThreadsGiveTheOneThreadResult() throws {
    let path = try Self.messyRegistry(rows: 3_000)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let one = try Self.oneThread(path)
    // The file is as messy as it says: every kind of merge and listing, quarantine and value issues.
    let summary = try #require(one.summary)
    #expect(summary.rowsRead == 3_000)
    #expect(summary.quarantined == 120)
    #expect(summary.issues.contains { !$0.quarantinesRow })
    #expect(summary.tables.map(\.headerRow) == [4])
    let groups = try #require(one.registry.duplicates)
    #expect(Set(groups.filter(\.merged).map(\.method)) == [.registrationNumber, .nib, .nik, .nameAndKelurahan])
    #expect(Set(groups.filter { !$0.merged }.map(\.method)) == [.nik, .nameAndKelurahan])
    // Quarantined rows (every 25th from row 7) shift the batches, so some fall at a batch's edge.
    for (batchRows, inFlight) in [(1, 1), (2, 2), (7, 3), (23, 1), (24, 2), (64, 4), (4_096, 3)] {
      Self.expectSame(one, try Self.pipelined(path, batchRows: batchRows, inFlight: inFlight), "\(batchRows) rows x \(inFlight)")
    }
  }

  /// A registry of thousands of kelurahan, as a province's is: the inserting thread then asks for the
  /// places' index slots and folded names rows ahead (`RawPlaceNames.resolve`), and the
  /// table, name-key duplicates and place counts are still those of one row at a time.
  @Test func thousandsOfPlacesGiveTheOneThreadResult() throws {
    let path = try Self.messyRegistry(rows: 12_000, kelurahanCount: 6_000)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let one = try Self.oneThread(path)
    // More than the 4,096 places the preparer resolves without asking ahead.
    #expect(one.registry.table.kelurahanNames.count > 4_096)
    let groups = try #require(one.registry.duplicates)
    #expect(groups.contains { $0.method == .nameAndKelurahan && $0.merged })
    #expect(groups.contains { $0.method == .nameAndKelurahan && !$0.merged })
    for (batchRows, inFlight) in [(7, 3), (2_048, 3)] {
      Self.expectSame(one, try Self.pipelined(path, batchRows: batchRows, inFlight: inFlight), "\(batchRows) rows x \(inFlight)")
    }
  }

  /// The coverage job's read (no owner names or addresses, each row decoded into one reused record
  /// and prepared where it is read) builds what the full one-thread read builds, record by record:
  /// the same table, duplicates, counts and issues, on files whose names and addresses hold control
  /// characters, stray spaces and Windows-1252 bytes, and rows with no identity.
  @Test(arguments: ["registry-owner-address-messy.csv", "registry-windows-1252.csv", "registry-title-rows-semicolon.csv"])
  func theLeanPipelinedReadGivesTheFullRead(_ name: String) throws {
    let path = try ImporterFixture.path(name)
    let full = try Self.oneThread(path)
    #expect(full.registry.table.count > 0)
    for batchRows in [1, 2, 2_048] {
      let lean = try Self.pipelined(path, batchRows: batchRows, inFlight: 1, keepsDescriptiveText: false)
      Self.expectSame(full, lean, "\(name), \(batchRows) rows")
    }
  }

  @Test func theLeanPipelinedReadGivesTheFullReadOnAMessyRegistry() throws {
    let path = try Self.messyRegistry(rows: 3_000)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let full = try Self.oneThread(path)
    #expect(try #require(full.registry.duplicates).count > 100)
    for (batchRows, inFlight) in [(1, 1), (7, 3), (2_048, 3)] {
      let lean = try Self.pipelined(path, batchRows: batchRows, inFlight: inFlight, keepsDescriptiveText: false)
      Self.expectSame(full, lean, "\(batchRows) rows x \(inFlight)")
    }
  }

  /// A limit hit in the middle of the file stops both imports at the same row with the same error,
  /// and the rows read before it are in the table.
  @Test func anErrorMidFileIsThrownAsOnOneThread() throws {
    let path = try Self.messyRegistry(rows: 3_000, hugeRowAt: 1_700)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let one = try Self.oneThread(path)
    let error = try #require(one.error)
    #expect(error.hasPrefix("\(path): error: "))
    #expect(error.contains("more than 100000 fields"))
    #expect(one.registry.table.count > 1_000)
    for batchRows in [1, 64, 2_048] {
      Self.expectSame(one, try Self.pipelined(path, batchRows: batchRows, inFlight: 2), "\(batchRows) rows")
    }
  }

  @Test func aMissingFileFailsAsOnOneThread() throws {
    let path = "/nonexistent/berdaya/registri-\(UUID()).csv"
    Self.expectSame(try Self.oneThread(path), try Self.pipelined(path, batchRows: 16, inFlight: 2), "missing")
  }
}
