import BerdayaModel
import Foundation
import Testing

@testable import BerdayaImport

extension NormalisationTests {
  @Suite("ProgrammeKindAliases")
  struct ProgrammeKindAliasesTests {
    let aliases: ProgrammeKindAliases

    init() throws {
      aliases = try ProgrammeKindAliases.bundled()
    }

    @Test(
      "activity names as offices write them",
      arguments: [
        ("Pelatihan Packaging", ProgrammeKind.pelatihan),
        ("Bimtek Digital Marketing", .pelatihan),
        ("Bantuan Mesin Jahit", .bantuanPeralatan),
        ("Fasilitasi NIB", .nib),
        ("Pameran HUT Kota", .pameran),
        ("Pelatihan Go Digital", .pelatihan),
        ("UMKM Go-Digital Batch 3", .pelatihan),
        ("Diklat Kewirausahaan", .pelatihan),
        ("Workshop Foto Produk", .pelatihan),
        ("Pendampingan Pasca Pelatihan", .pendampingan),
        ("Mentoring UMKM Naik Kelas", .pendampingan),
        ("Coaching Clinic Keuangan", .pendampingan),
        ("Sosialisasi NIB melalui OSS", .sosialisasi),
        ("Bantuan Peralatan Usaha", .bantuanPeralatan),
        ("Penyerahan Bantuan Alat Produksi", .bantuanPeralatan),
        ("Hibah Peralatan Oven", .bantuanPeralatan),
        ("Bantuan Modal SAKA SANWIRA", .bantuanModal),
        ("Peluncuran SAKA SANWIRA", .sentraKelompok),
        ("Hibah Modal Usaha", .bantuanModal),
        ("Rekomendasi Kredit Bank Sumut", .rekomendasiKredit),
        ("Fasilitasi KUR", .rekomendasiKredit),
        ("Bazar Ramadhan", .pameran),
        ("Medan Expo 2022", .pameran),
        ("Galeri UMKM", .galeri),
        ("Gerai Produk Unggulan", .galeri),
        ("Onboarding Marketplace Shopee", .ecommerce),
        ("Pendaftaran E-Commerce", .ecommerce),
        ("Fasilitasi Sertifikasi Halal", .sertifikasiHalal),
        ("SEHATI 2022", .sertifikasiHalal),
        ("Pembentukan Sentra Kuliner", .sentraKelompok),
        ("Monitoring Bantuan Peralatan", .monitoring),
        ("Monev Penerima Bantuan", .monitoring),
        ("Kunjungan Lapangan", .monitoring),
      ])
    func names(name: String, kind: ProgrammeKind) {
      #expect(aliases.kind(jenis: nil, name: name)?.kind == kind)
    }

    @Test("the jenis column comes first: a code, then an alias, then a pattern in it")
    func jenisFirst() {
      #expect(
        aliases.kind(jenis: "bantuan_peralatan", name: "Pelatihan Servis")
          == ProgrammeKindMatch(kind: .bantuanPeralatan, method: .code))
      #expect(aliases.kind(jenis: "Bantuan Peralatan", name: nil)?.method == .code)
      #expect(aliases.kind(jenis: "PELATIHAN", name: nil)?.method == .code)
      #expect(
        aliases.kind(jenis: "Bimtek", name: "Pameran")
          == ProgrammeKindMatch(kind: .pelatihan, method: .jenisAlias(pattern: "bimtek")))
      #expect(aliases.kind(jenis: "Bimtek Kewirausahaan", name: nil)?.method.description == "jenis_keyword:bimtek")
      #expect(aliases.kind(jenis: "Lain-lain", name: "Pameran HUT Kota")?.method.description == "name_keyword:pameran")
      #expect(aliases.kind(jenis: "  ", name: "Fasilitasi NIB")?.kind == .nib)
    }

    @Test("words are whole: KUR is not Kursus, NIB is not Nibung")
    func wholeWords() {
      #expect(aliases.kind(jenis: nil, name: "Kursus Menjahit")?.kind == .pelatihan)
      #expect(aliases.kind(jenis: nil, name: "Jalan Nibung Raya") == nil)
    }

    @Test("unknown kinds are nil, never guessed")
    func unknown() {
      #expect(aliases.kind(jenis: nil, name: nil) == nil)
      #expect(aliases.kind(jenis: "Studi Banding", name: "Studi Banding ke Bandung") == nil)
      #expect(aliases.kind(jenis: nil, name: "Rapat Koordinasi") == nil)
      #expect(aliases.kind(jenis: nil, name: "Bantuan") == nil)
    }

    @Test("a user's file extends the aliases and wins over the bundled ones")
    func userFile() throws {
      let merged = try aliases.merging(userFile: FixtureFile.url("user-kind-aliases.csv"))
      #expect(merged.kind(jenis: nil, name: "Temu Bisnis UMKM")?.kind == .pameran)
      #expect(aliases.kind(jenis: nil, name: "Temu Bisnis UMKM") == nil)
      #expect(merged.kind(jenis: nil, name: "Klinik Ekspor")?.kind == .sosialisasi)
      #expect(aliases.kind(jenis: nil, name: "Klinik Ekspor")?.kind == .pendampingan)
      #expect(merged.count == aliases.count + 2)
    }

    @Test("a bad user file is refused naming its file and line")
    func badUserFile() throws {
      let url = try FixtureFile.url("bad-kind-aliases.csv")
      let error = #expect(throws: AliasFileError.self) { try aliases.merging(userFile: url) }
      #expect(error?.line == 4)
      #expect(error?.description.hasPrefix("\(url.path):4: error: unknown programme kind 'kunjungan_kerja'") == true)
    }
  }
}
