import Foundation
import Testing

@testable import BerdayaImport

extension NormalisationTests {
  @Suite("Gazetteer")
  struct GazetteerTests {
    let gazetteer: Gazetteer

    init() throws {
      gazetteer = try Gazetteer.bundled()
    }

    @Test(
      "a region code is accepted dotted and undotted",
      arguments: [
        ("12.71", "Kota Medan", RegionLevel.regency),
        ("1271", "Kota Medan", .regency),
        (" 12.71 ", "Kota Medan", .regency),
        ("12", "Sumatera Utara", .province),
        ("12.71.03", "Medan Helvetia", .district),
        ("127103", "Medan Helvetia", .district),
        ("12.71.07.1001", "Tanjung Selamat", .village),
        ("1271071001", "Tanjung Selamat", .village),
        ("3201", "Kabupaten Bogor", .regency),
      ])
    func codeForms(code: String, name: String, level: RegionLevel) throws {
      let region = try #require(gazetteer.region(code: code))
      #expect(region.name == name)
      #expect(region.level == level)
    }

    @Test(
      "malformed or unknown codes give nil",
      arguments: ["", "1", "127", "12.7", "12.71.1", "99.99", "12a71", "12.71.01.1001.1"])
    func badCodes(code: String) {
      #expect(gazetteer.region(code: code) == nil)
    }

    @Test("Kota Medan has its 21 kecamatan, Binjai 5, Tanjungpinang 4")
    func cityKecamatan() {
      let medan = gazetteer.children(ofCode: "12.71").map(\.name)
      #expect(medan.count == 21)
      #expect(
        Set(medan) == [
          "Medan Amplas", "Medan Area", "Medan Barat", "Medan Baru", "Medan Belawan", "Medan Deli", "Medan Denai",
          "Medan Helvetia", "Medan Johor", "Medan Kota", "Medan Labuhan", "Medan Maimun", "Medan Marelan",
          "Medan Perjuangan", "Medan Petisah", "Medan Polonia", "Medan Selayang", "Medan Sunggal", "Medan Tembung",
          "Medan Timur", "Medan Tuntungan",
        ])
      #expect(
        gazetteer.children(ofCode: "1275").map(\.name)
          == ["Binjai Utara", "Binjai Kota", "Binjai Barat", "Binjai Timur", "Binjai Selatan"])
      #expect(
        gazetteer.children(ofCode: "21.72").map(\.name)
          == ["Tanjung Pinang Barat", "Tanjung Pinang Timur", "Tanjung Pinang Kota", "Bukit Bestari"])
    }

    @Test("kelurahan load on demand: Medan 151, Binjai 37, Tanjungpinang 18")
    func villages() throws {
      try gazetteer.loadVillages()
      func villageCount(_ code: String) -> Int {
        gazetteer.children(ofCode: code).reduce(0) { $0 + gazetteer.children(of: $1).count }
      }
      #expect(villageCount("12.71") == 151)
      #expect(villageCount("12.75") == 37)
      #expect(villageCount("21.72") == 18)
      let first = try #require(gazetteer.children(ofCode: "12.71.07").first)
      #expect(first.code == "12.71.07.1001")
      #expect(first.parentCode == "12.71.07")
      #expect(first.isKelurahan == true)
      #expect(gazetteer.parent(of: first)?.name == "Medan Tuntungan")
    }

    @Test("province 32 has the 27 kabupaten and kota of Jawa Barat")
    func jawaBarat() throws {
      let jabar = try #require(gazetteer.region(code: "32"))
      #expect(jabar.name == "Jawa Barat")
      let units = gazetteer.children(of: jabar)
      #expect(units.count == 27)
      #expect(units.filter { $0.isKota == true }.count == 9)
      #expect(units.first?.name == "Kabupaten Bogor")
    }

    @Test("names match folded, with the kabupaten/kota prefix respected")
    func namedLookups() {
      #expect(gazetteer.regions(named: "KOTA MEDAN").map(\.code) == ["12.71"])
      #expect(gazetteer.regions(named: "Kota Medan", level: .regency).map(\.code) == ["12.71"])
      #expect(gazetteer.regions(named: "KABUPATEN BOGOR").map(\.code) == ["32.01"])
      #expect(gazetteer.regions(named: "Kab. Bogor").map(\.code) == ["32.01"])
      #expect(gazetteer.regions(named: "Kota Bogor").map(\.code) == ["32.71"])
      #expect(gazetteer.regions(named: "Bogor", level: .regency).map(\.code) == ["32.01", "32.71"])
      #expect(gazetteer.regions(named: "Kota Adm. Jakarta Selatan").map(\.code) == ["31.74"])
      #expect(gazetteer.regions(named: "Kecamatan Medan Helvetia").map(\.code) == ["12.71.03"])
      #expect(gazetteer.regions(named: "Tanjungpinang Barat", level: .district).map(\.code) == ["21.72.01"])
      #expect(gazetteer.regions(named: "Helvetia Timur", level: .village).map(\.code) == ["12.71.03.1003"])
      #expect(gazetteer.regions(named: "").isEmpty)
    }

    @Test("--region takes a code or a name")
    func lookup() {
      #expect(gazetteer.lookup("12.71").map(\.name) == ["Kota Medan"])
      #expect(gazetteer.lookup("3201").map(\.name) == ["Kabupaten Bogor"])
      #expect(gazetteer.lookup("KABUPATEN BOGOR").map(\.code) == ["32.01"])
      #expect(gazetteer.lookup("JAWA BARAT").map(\.code) == ["32"])
      #expect(gazetteer.lookup("Provinsi Jawa Barat").map(\.code) == ["32"])
      #expect(gazetteer.lookup("99").isEmpty)
    }

    @Test(
      "local words for the levels",
      arguments: [
        ("Kecamatan", RegionLevel.district), ("kapanewon", .district), ("Distrik", .district), ("Kec.", .district),
        ("Kelurahan", .village), ("Desa", .village), ("Kalurahan", .village), ("Gampong", .village),
        ("Kel/Desa", .village), ("Kabupaten", .regency), ("Kota", .regency), ("Kab/Kota", .regency),
        ("Provinsi", .province),
      ])
    func levelWords(word: String, level: RegionLevel) {
      #expect(RegionLevel(word: word) == level)
    }

    @Test("a malformed gazetteer file is refused with its line")
    func malformedFile() throws {
      let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gazetteer-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      defer { try? FileManager.default.removeItem(at: directory) }
      let files = ["p": "12\tSumatera Utara\n", "r": "12.71\tKota Medan\n1271 Kota\n", "d": "", "v": ""]
      for (name, text) in files {
        try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
      }
      #expect(throws: GazetteerError.malformedLine(file: "r", line: 2, reason: "expected code<TAB>name")) {
        try Gazetteer(
          provinces: directory.appendingPathComponent("p"), regencies: directory.appendingPathComponent("r"),
          districts: directory.appendingPathComponent("d"), villages: directory.appendingPathComponent("v"))
      }
    }
  }
}
