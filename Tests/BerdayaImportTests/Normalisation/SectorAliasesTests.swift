import BerdayaModel
import Foundation
import Testing

@testable import BerdayaImport

extension NormalisationTests {
  @Suite("SectorAliases")
  struct SectorAliasesTests {
    let aliases: SectorAliases

    init() throws {
      aliases = try SectorAliases.bundled()
    }

    @Test(
      "office words map to the canonical sectors",
      arguments: [
        ("Kuliner", Sector.kuliner), ("KULINER", .kuliner), ("Makanan & Minuman", .kuliner),
        ("Makanan dan Minuman", .kuliner), ("MAKANAN/MINUMAN", .kuliner), ("KULINER/MAKANAN", .kuliner),
        ("Mamin", .kuliner), ("Makanan", .kuliner), ("Minuman", .kuliner), ("Perdagangan", .dagang), ("Toko", .dagang),
        ("Dagang", .dagang), ("Jasa", .jasa), ("JASA/LAINNYA", .jasa), ("Jasa Lainnya", .jasa), ("Industri", .produksi),
        ("Produksi", .produksi), ("OBAT-OBATAN", .produksi), ("Obat obatan", .produksi), ("Pertanian", .agribisnis),
        ("Peternakan", .agribisnis), ("Perikanan", .agribisnis), ("AGRIBISNIS", .agribisnis), ("Kerajinan", .kerajinan),
        ("Craft", .kerajinan), ("Kriya", .kerajinan), ("MEBEL", .kerajinan), ("Dekorasi", .kerajinan),
        ("Fashion", .fashion), ("Busana", .fashion), ("Konveksi", .fashion), ("BATIK", .fashion), ("Bordir", .fashion),
        ("AKSESORIS", .fashion), ("  fashion  ", .fashion),
      ])
    func knownWords(raw: String, sector: Sector) {
      #expect(aliases.sector(for: raw) == sector)
    }

    @Test("all 15 jenis_usaha of the Jabar binaan table and the 10 categories of the projection table map")
    func jabarVocabulary() {
      let jenis = [
        "AGRIBISNIS", "AKSESORIS", "BATIK", "BORDIR", "CRAFT", "DEKORASI", "MEBEL", "FASHION", "INDUSTRI", "JASA",
        "KONVEKSI", "KULINER", "MAKANAN", "MINUMAN", "OBAT-OBATAN",
      ]
      let kategori = [
        "AKSESORIS", "BATIK", "BORDIR", "CRAFT", "FASHION", "KONVEKSI", "KULINER", "MAKANAN", "MINUMAN", "JASA/LAINNYA",
      ]
      for word in jenis + kategori { #expect(aliases.sector(for: word) != nil, "\(word)") }
    }

    @Test("Sleman's KBLI-section rows map where a sector fits, and not where none does")
    func slemanSectors() {
      #expect(aliases.sector(for: "Pertanian, Kehutanan,\" dan Perikanan") == .agribisnis)
      #expect(aliases.sector(for: "Industri Pengolahan") == .produksi)
      #expect(aliases.sector(for: "Penyediaan Akomodasi dan Makan Minum") == .kuliner)
      #expect(aliases.sector(for: "Transportasi dan Pegudangan") == .jasa)
      #expect(aliases.sector(for: "Pertambangan dan Penggalian") == nil)
      #expect(aliases.sector(for: "Konstruksi") == nil)
    }

    @Test("unknown words are nil, for the caller to keep and log")
    func unknownWords() {
      #expect(aliases.sector(for: "Pariwisata") == nil)
      #expect(aliases.sector(for: "Lainnya") == nil)
      #expect(aliases.sector(for: "") == nil)
      #expect(aliases.sector(for: "-") == nil)
    }

    @Test("a value of several aliases maps only when they agree")
    func parts() {
      #expect(aliases.sector(for: "Batik / Bordir") == .fashion)
      #expect(aliases.sector(for: "Kuliner, Fashion") == nil)
      #expect(aliases.sector(for: "Batik / Pariwisata") == nil)
    }

    @Test("KBLI 2020 sections per sector and per alias")
    func kbli() {
      #expect(aliases.kbliSection(for: .kuliner) == "I")
      #expect(aliases.kbliSection(for: .dagang) == "G")
      #expect(aliases.kbliSection(for: .jasa) == "S")
      #expect(aliases.kbliSection(for: .produksi) == "C")
      #expect(aliases.kbliSection(for: .agribisnis) == "A")
      #expect(aliases.kbliSection(for: .kerajinan) == "C")
      #expect(aliases.kbliSection(for: .fashion) == "C")
      #expect(aliases.kbliSection(for: .other("Kuliner")) == nil)
      #expect(aliases.kbliSection(forAlias: "Makanan") == "C")
      #expect(aliases.kbliSection(forAlias: "Ekspedisi") == "H")
    }

    @Test("a user's file extends and overrides the bundled aliases")
    func userFile() throws {
      let merged = try aliases.merging(userFile: FixtureFile.url("user-sector-aliases.csv"))
      #expect(merged.sector(for: "Percetakan") == .produksi)
      #expect(merged.sector(for: "SABLON") == .produksi)
      #expect(merged.sector(for: "Warung") == .kuliner)
      #expect(aliases.sector(for: "Warung") == .dagang)
      #expect(merged.sector(for: "Makanan Ringan, Kue") == .kuliner)
      #expect(merged.sector(for: "Konveksi") == .fashion)
      #expect(merged.count == aliases.count + 3)
    }

    @Test("a bad user file is refused naming its file and line")
    func badUserFile() throws {
      let url = try FixtureFile.url("bad-sector-aliases.csv")
      let error = #expect(throws: AliasFileError.self) { try aliases.merging(userFile: url) }
      #expect(error?.line == 3)
      #expect(error?.file == url.path)
      #expect(error?.description.hasPrefix("\(url.path):3: error: unknown sector 'Wisata'") == true)
      let kbli = try FixtureFile.url("bad-kbli-sector-aliases.csv")
      #expect(
        throws: AliasFileError(file: kbli.path, line: 3, message: "'C18' is not a KBLI 2020 section (A-U, or empty)")
      ) {
        try SectorAliases(contentsOf: kbli)
      }
    }

    @Test("header, conflicts and missing files are errors")
    func textErrors() {
      #expect(throws: AliasFileError.self) { try SectorAliases(csvText: "word,sector\nA,Jasa\n", file: "x.csv") }
      let conflict = #expect(throws: AliasFileError.self) {
        try SectorAliases(csvText: "alias,sector,kbli_section\nToko,Dagang,G\nTOKO,Jasa,S\n", file: "x.csv")
      }
      #expect(conflict?.description == "x.csv:3: error: 'TOKO' is mapped to Jasa here and to Dagang on line 2")
      let missing = #expect(throws: AliasFileError.self) {
        try SectorAliases(contentsOf: URL(fileURLWithPath: "/nonexistent/aliases.csv"))
      }
      #expect(missing?.line == 0)
    }
  }
}
