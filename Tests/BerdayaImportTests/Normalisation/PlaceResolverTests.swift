import Testing

@testable import BerdayaImport

extension NormalisationTests {
  @Suite("PlaceResolver")
  struct PlaceResolverTests {
    let gazetteer: Gazetteer
    let medan: PlaceResolver

    init() throws {
      gazetteer = try Gazetteer.bundled()
      medan = try PlaceResolver(region: #require(gazetteer.region(code: "12.71")), gazetteer: gazetteer)
    }

    func resolver(_ code: String) throws -> PlaceResolver {
      try PlaceResolver(region: #require(gazetteer.region(code: code)), gazetteer: gazetteer)
    }

    @Test("every official name of Medan, Binjai and Tanjungpinang resolves exactly, upper-cased too")
    func officialNames() throws {
      for (code, count) in [("12.71", 21), ("12.75", 5), ("21.72", 4)] {
        let resolver = try resolver(code)
        let units = gazetteer.children(ofCode: code)
        #expect(units.count == count)
        #expect(resolver.unitLevel == .district)
        for unit in units {
          #expect(resolver.resolveUnit(unit.name) == .matched(unit, method: .exact))
          #expect(resolver.resolveUnit(unit.name.uppercased()) == .matched(unit, method: .folded))
          #expect(resolver.resolveUnit("Kec. " + unit.name) == .matched(unit, method: .folded))
        }
      }
    }

    @Test(
      "the spellings of Medan Helvetia in one office's files",
      arguments: [
        ("Medan Helvetia", "exact"),
        ("Kec. Medan Helvetia", "folded"),
        ("MEDAN HELVETIA", "folded"),
        ("Kecamatan  Medan   Helvetia ", "folded"),
        ("medan-helvetia", "folded"),
        ("Helvetia", "partial"),
        ("Kec. Helvetia", "partial"),
        ("Medan Helvetya", "fuzzy:1"),
        ("Medan Helvitia", "fuzzy:1"),
        ("Helvetya", "fuzzy:1"),
      ])
    func helvetia(raw: String, method: String) {
      let result = medan.resolveUnit(raw)
      #expect(result.region?.code == "12.71.03")
      #expect(result.methodDescription == method)
      #expect(medan.canonical(raw) == "Medan Helvetia")
    }

    @Test(
      "other partial and fuzzy names of Medan",
      arguments: [
        ("Tuntungan", "12.71.07"), ("Kec. Medan Tuntungan", "12.71.07"), ("MEDAN AMPLAS", "12.71.09"),
        ("Medan Marelan", "12.71.12"), ("Medan Perjuangn", "12.71.18"), ("Medan Slayang", "12.71.21"),
      ])
    func otherNames(raw: String, code: String) {
      #expect(medan.resolveUnit(raw).region?.code == code)
    }

    @Test("'Medan' alone is ambiguous, with all 21 as candidates")
    func medanAlone() {
      guard case .ambiguous(let candidates) = medan.resolveUnit("Medan") else {
        Issue.record("expected ambiguous")
        return
      }
      #expect(candidates.count == 21)
      #expect(medan.canonical("Medan") == nil)
    }

    @Test("a name about equally close to two is ambiguous, not guessed")
    func equallyClose() {
      #expect(medan.resolveUnit("Medan Bar").candidates.map(\.name) == ["Medan Barat", "Medan Baru"])
      #expect(medan.resolveUnit("Medan Bar").methodDescription == "ambiguous")
      #expect(medan.resolveUnit("Medan Timor").methodDescription == "fuzzy:1")  // Timur, nothing else near
    }

    @Test("a name far from all is unknown, with the nearest as suggestions")
    func unknown() throws {
      let result = medan.resolveUnit("Kualanamu")
      guard case .unknown(let suggestions) = result else {
        Issue.record("expected unknown, got \(result)")
        return
      }
      #expect(suggestions.count == 3)
      #expect(medan.resolveUnit("Binjai Kota").canonicalName == nil)
      #expect(medan.resolveUnit("   ") == .unknown(suggestions: []))
      // Too short to be trusted at any distance.
      #expect(medan.resolveUnit("Arae").canonicalName == nil)
    }

    @Test(
      "Tanjungpinang written with and without the space",
      arguments: [
        ("Tanjungpinang Barat", "21.72.01"), ("TANJUNGPINANG TIMUR", "21.72.02"), ("Tanjung Pinang Kota", "21.72.03"),
        ("Kec. Tanjungpinang Kota", "21.72.03"), ("Tg. Pinang Barat", "21.72.01"), ("Bukit Bestari", "21.72.04"),
        ("BUKIT BESTARI", "21.72.04"), ("Tanjungpinang Tmur", "21.72.02"),
      ])
    func tanjungpinang(raw: String, code: String) throws {
      #expect(try resolver("21.72").resolveUnit(raw).region?.code == code)
    }

    @Test("Binjai's five kecamatan from office spellings")
    func binjai() throws {
      let binjai = try resolver("1275")
      #expect(binjai.resolveUnit("BINJAI UTARA").region?.code == "12.75.01")
      #expect(binjai.resolveUnit("Kec. Binjai Kota").region?.code == "12.75.02")
      #expect(binjai.resolveUnit("Selatan").region?.code == "12.75.05")
      #expect(binjai.resolveUnit("Binjai Timr").region?.code == "12.75.04")
      #expect(binjai.resolveUnit("Binjai").methodDescription == "ambiguous")
    }

    @Test("kelurahan resolve within their kecamatan")
    func kelurahan() throws {
      let tuntungan = try #require(gazetteer.region(code: "12.71.07"))
      #expect(medan.resolveKelurahan("Tanjung Selamat", kecamatan: tuntungan).region?.code == "12.71.07.1001")
      #expect(medan.resolveKelurahan("Kel. TANJUNG SELAMAT", kecamatan: tuntungan).region?.code == "12.71.07.1001")
      #expect(medan.resolveKelurahan("Simalingkar B", kecamatan: tuntungan).methodDescription == "exact")
      #expect(medan.resolveKelurahan("Tanjung Slamat", kecamatan: tuntungan).methodDescription == "fuzzy:1")
      // Without a kecamatan, the whole city is searched.
      #expect(medan.resolveKelurahan("Sidorame Timur", kecamatan: nil).region?.code == "12.71.18.1006")
      // Medan writes "Sei" for "Sungai".
      let perjuangan = try #require(gazetteer.region(code: "12.71.18"))
      #expect(medan.resolveKelurahan("Sungai Kera Hulu", kecamatan: perjuangan).region?.code == "12.71.18.1005")
    }

    @Test("a kelurahan of another kecamatan than the row says is flagged")
    func kelurahanInOtherKecamatan() throws {
      let perjuangan = try #require(gazetteer.region(code: "12.71.18"))
      let result = medan.resolveKelurahan("Tanjung Selamat", kecamatan: perjuangan)
      guard case .kelurahanInOtherKecamatan(let kelurahan, let stated, let actual) = result else {
        Issue.record("expected a flag, got \(result)")
        return
      }
      #expect(kelurahan.code == "12.71.07.1001")
      #expect(stated.name == "Medan Perjuangan")
      #expect(actual.name == "Medan Tuntungan")
      #expect(result.canonicalName == nil)
      #expect(result.methodDescription == "kelurahan_in_other_kecamatan")
    }

    @Test("the units of a province are its kab/kota: all 27 Jawa Barat names of the portal file resolve")
    func jawaBaratUnits() throws {
      let jabar = try resolver("32")
      #expect(jabar.unitLevel == .regency)
      let portalNames = [
        "KABUPATEN BOGOR", "KABUPATEN SUKABUMI", "KABUPATEN CIANJUR", "KABUPATEN BANDUNG", "KABUPATEN GARUT",
        "KABUPATEN TASIKMALAYA", "KABUPATEN CIAMIS", "KABUPATEN KUNINGAN", "KABUPATEN CIREBON", "KABUPATEN MAJALENGKA",
        "KABUPATEN SUMEDANG", "KABUPATEN INDRAMAYU", "KABUPATEN SUBANG", "KABUPATEN PURWAKARTA", "KABUPATEN KARAWANG",
        "KABUPATEN BEKASI", "KABUPATEN BANDUNG BARAT", "KABUPATEN PANGANDARAN", "KOTA BOGOR", "KOTA SUKABUMI",
        "KOTA BANDUNG", "KOTA CIREBON", "KOTA BEKASI", "KOTA DEPOK", "KOTA CIMAHI", "KOTA TASIKMALAYA", "KOTA BANJAR",
      ]
      let codes = portalNames.compactMap { jabar.resolveUnit($0).region?.code }
      #expect(codes.count == 27)
      #expect(Set(codes).count == 27)
      #expect(
        jabar.resolveUnit("KABUPATEN BOGOR") == .matched(try #require(gazetteer.region(code: "3201")), method: .folded))
      #expect(jabar.resolveUnit("Kab. Bogor").region?.code == "32.01")
      #expect(jabar.resolveUnit("Kota Bogor").region?.code == "32.71")
      #expect(jabar.resolveUnit("Bogor").candidates.map(\.code) == ["32.01", "32.71"])
      #expect(jabar.resolveUnit("Bandung Barat").region?.code == "32.17")
      #expect(jabar.resolveUnit("Kab Bandung").region?.code == "32.04")
    }

    @Test("without a region, names differing only in case and spacing are one, in the most frequent spelling")
    func unregioned() {
      var places = PlaceResolver.unregioned()
      places.observe("Medan Kota", count: 3)
      places.observe("MEDAN KOTA", count: 5)
      places.observe(" medan  kota ", count: 1)
      places.observe("Medan Baru", count: 2)
      #expect(places.region == nil)
      #expect(places.resolveUnit("medan kota") == .canonicalSpelling("MEDAN KOTA", method: .folded))
      #expect(places.resolveUnit("MEDAN KOTA") == .canonicalSpelling("MEDAN KOTA", method: .exact))
      #expect(places.canonical("Medan  Baru") == "Medan Baru")
      // Nothing beyond case and spacing is merged without a region.
      #expect(places.canonical("Kec. Medan Baru") == "Kec. Medan Baru")
      // Equal counts: the spelling that sorts first, whatever the order of observation.
      var tie = PlaceResolver.unregioned()
      tie.observe("binjai", count: 2)
      tie.observe("Binjai", count: 2)
      #expect(tie.canonical("BINJAI") == "Binjai")
    }
  }
}
