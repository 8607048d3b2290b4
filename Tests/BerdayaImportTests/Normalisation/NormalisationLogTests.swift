import Testing

@testable import BerdayaImport

extension NormalisationTests {
  @Suite("NormalisationLog")
  struct NormalisationLogTests {
    @Test("decisions aggregate by field, raw, canonical and method; output is sorted")
    func aggregates() {
      var log = NormalisationLog()
      log.record(field: "sektor", raw: "Mamin", canonical: "Kuliner", method: "alias", count: 3)
      log.record(field: "kecamatan", raw: "MEDAN HELVETIA", canonical: "Medan Helvetia", method: "folded")
      log.record(field: "sektor", raw: "Mamin", canonical: "Kuliner", method: "alias", count: 2)
      log.record(field: "kecamatan", raw: "Helvetia", canonical: "Medan Helvetia", method: "partial", count: 4)
      #expect(log.entries.map(\.raw) == ["Helvetia", "MEDAN HELVETIA", "Mamin"])
      #expect(log.entries.last?.count == 5)
    }

    @Test("normalisation.csv: header, RFC 4180 quoting, injection guard, candidates")
    func csv() throws {
      let gazetteer = try Gazetteer.bundled()
      let medan = PlaceResolver(region: try #require(gazetteer.region(code: "12.71")), gazetteer: gazetteer)
      var log = NormalisationLog()
      log.record(field: "kecamatan", raw: "Medan Bar", resolution: medan.resolveUnit("Medan Bar"), count: 2)
      log.record(field: "kecamatan", raw: "Kec. Medan Helvetia", resolution: medan.resolveUnit("Kec. Medan Helvetia"))
      log.record(field: "sektor", raw: "=HYPERLINK(\"x\")", canonical: nil, method: "unknown")
      log.record(field: "sektor", raw: "Makanan, Minuman", canonical: "Kuliner", method: "alias")
      log.record(field: "sektor", raw: "-", canonical: nil, method: "unknown")
      #expect(
        log.csvText() == """
          field,raw,canonical,method,count,candidates\r
          kecamatan,Kec. Medan Helvetia,Medan Helvetia,folded,1,\r
          kecamatan,Medan Bar,,ambiguous,2,12.71.05 Medan Barat; 12.71.17 Medan Baru\r
          sektor,'-,,unknown,1,\r
          sektor,"'=HYPERLINK(""x"")",,unknown,1,\r
          sektor,"Makanan, Minuman",Kuliner,alias,1,\r

          """)
    }

    @Test("a NIK that strays into a value is masked")
    func nikMasked() {
      var log = NormalisationLog()
      log.record(field: "kelurahan", raw: "1271031234567890 Helvetia", canonical: nil, method: "unknown")
      #expect(log.entries.first?.raw == "127103********90 Helvetia")
      #expect(!log.csvText().contains("1271031234567890"))
      #expect(NormalisationLog.maskingNIK("12710312345678901") == "12710312345678901")
    }

    @Test("logs merge")
    func merge() {
      var a = NormalisationLog()
      a.record(field: "sektor", raw: "Toko", canonical: "Dagang", method: "alias", count: 2)
      var b = NormalisationLog()
      b.record(field: "sektor", raw: "Toko", canonical: "Dagang", method: "alias", count: 3)
      a.merge(b)
      #expect(a.entries.map(\.count) == [5])
    }
  }
}
