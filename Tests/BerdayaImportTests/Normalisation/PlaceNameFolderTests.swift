import Testing

@testable import BerdayaImport

extension NormalisationTests {
  @Suite("PlaceNameFolder")
  struct PlaceNameFolderTests {
    @Test(
      "keys fold case, spacing, punctuation and prefixes",
      arguments: [
        ("Kec. Medan Helvetia", "medanhelvetia"),
        ("KECAMATAN MEDAN HELVETIA", "medanhelvetia"),
        ("Tanjung Pinang Barat", "tanjungpinangbarat"),
        ("Tanjungpinang Barat", "tanjungpinangbarat"),
        ("Tg. Pinang Barat", "tanjungpinangbarat"),
        ("Kel. Sei Kera Hulu", "sungaikerahulu"),
        ("Kelurahan Helvetia", "helvetia"),
        ("Desa Cibodas", "cibodas"),
        ("Kapanewon Depok", "depok"),
        ("Kalurahan Caturtunggal", "caturtunggal"),
        ("Distrik Abepura", "abepura"),
        ("Gampong Drien", "drien"),
        ("Kab. Bogor", "bogor"),
        ("KABUPATEN BOGOR", "bogor"),
        ("Kota Adm. Jakarta Selatan", "jakartaselatan"),
        ("Kota Administrasi Jakarta Selatan", "jakartaselatan"),
        ("Ma’rif", "marif"),
        ("Pématang", "pematang"),
      ])
    func keys(raw: String, key: String) {
      #expect(PlaceNameFolder.fold(raw).key == key)
    }

    @Test("the kabupaten/kota prefix is kept apart, not lost")
    func regencyKind() {
      #expect(PlaceNameFolder.fold("Kab. Bogor").regencyKind == .kabupaten)
      #expect(PlaceNameFolder.fold("KOTA BOGOR").regencyKind == .kota)
      #expect(PlaceNameFolder.fold("Bogor").regencyKind == nil)
      #expect(!PlaceNameFolder.fold("Kab. Bogor").kindAgrees(with: PlaceNameFolder.fold("Kota Bogor")))
      #expect(PlaceNameFolder.fold("Kec. Helvetia").prefixLevel == .district)
    }

    @Test("a prefix that is the whole name stays")
    func prefixOnly() {
      #expect(PlaceNameFolder.fold("Kota").key == "kota")
      #expect(PlaceNameFolder.fold("Kecamatan Kota").key == "kota")
    }

    @Test("tidy trims and collapses spaces, keeping case")
    func tidy() {
      #expect(PlaceNameFolder.tidy("  Medan\u{A0}\u{A0}Kota\t") == "Medan Kota")
      #expect(PlaceNameFolder.tidy("") == "")
      #expect(PlaceNameFolder.tidy("Medan Kota") == "Medan Kota")
      #expect(PlaceNameFolder.tidy(" Medan Kota") == "Medan Kota")
      #expect(PlaceNameFolder.tidy("Medan Kota ") == "Medan Kota")
      #expect(PlaceNameFolder.tidy("Medan  Kota") == "Medan Kota")
      #expect(PlaceNameFolder.tidy("Medan\tKota") == "Medan Kota")
      #expect(PlaceNameFolder.tidy("Medan\r\nKota") == "Medan Kota")
      #expect(PlaceNameFolder.tidy("Medan\u{0B}Kota\u{0C}") == "Medan Kota")
      #expect(PlaceNameFolder.tidy("Medan\u{1F}Kota") == "Medan\u{1F}Kota")
      #expect(PlaceNameFolder.tidy("\t") == "")
      #expect(PlaceNameFolder.tidy("Padang Bulan Selayang\u{3000}II") == "Padang Bulan Selayang II")
    }

    @Test(
      "region codes in their written forms",
      arguments: [
        ("12", "12"), ("1271", "12.71"), ("127101", "12.71.01"), ("1271011001", "12.71.01.1001"),
        ("12.71.01.1001", "12.71.01.1001"),
      ])
    func codes(raw: String, dotted: String) {
      #expect(RegionCode.canonical(raw) == dotted)
    }

    @Test("the gazetteer files' code check")
    func dottedCheck() {
      #expect(RegionCode.isDotted("12.71.01.1001", level: .village))
      #expect(RegionCode.isDotted("12", level: .province))
      #expect(!RegionCode.isDotted("12.71", level: .district))
      #expect(!RegionCode.isDotted("12.71.01.", level: .district))
      #expect(!RegionCode.isDotted("12.7a", level: .regency))
      #expect(!RegionCode.isDotted("1271", level: .regency))
    }

    @Test("edit distance counts an adjacent swap as one")
    func editDistance() {
      func distance(_ a: String, _ b: String, limit: Int = .max - 1) -> Int {
        EditDistance.distance(Array(a.utf8), Array(b.utf8), limit: limit)
      }
      #expect(distance("helvetia", "helvetya") == 1)
      #expect(distance("helvetia", "hlevetia") == 1)
      #expect(distance("medan", "") == 5)
      #expect(distance("abc", "abc") == 0)
      #expect(distance("kitten", "sitting") == 3)
      #expect(distance("medanbaru", "medanbelawan", limit: 2) == 3)
    }
  }
}
