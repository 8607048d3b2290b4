import BerdayaImport
import BerdayaModel
import Testing

@Suite("Value parsers")
struct ValueParserTests {
  @Test(arguments: [
    ("1.234.567,50", 1_234_567.5), ("1,234,567.50", 1_234_567.5), ("Rp 1.500.000", 1_500_000),
    ("Rp1.500.000,-", 1_500_000), ("2,5", 2.5), ("(1.000)", -1000), ("1.500", 1500), ("1,5", 1.5),
    ("-750.000", -750_000), ("IDR 2.000.000", 2_000_000), ("Rp. 10.000", 10_000), ("0", 0), ("12.5", 12.5),
  ])
  func numbers(text: String, value: Double) {
    #expect(NumberParser.parse(text) == value)
  }

  @Test(arguments: ["", "abc", "Rp", "1.234,56.7", "12a", "-", "1,234.567,8", "satu juta"])
  func notNumbers(text: String) {
    #expect(NumberParser.parse(text) == nil)
  }

  @Test func rupiahAndIntegers() {
    #expect(NumberParser.parseRupiah("Rp 2.500.000,00") == 2_500_000)
    #expect(NumberParser.parseRupiah("1.234.567,50") == 1_234_568)
    #expect(NumberParser.parseInteger("1.250") == 1250)
    #expect(NumberParser.parseInteger("2,5") == nil)
    #expect(NumberParser.parseRupiah("garbage") == nil)
  }

  @Test(arguments: [
    "31/07/2021", "31-07-2021", "31 Juli 2021", "2021-07-31", "31 Jul 2021", "44408", "31.07.2021",
    "Senin, 31 Juli 2021", "Sabtu, 31 Juli 2021", "31/07/21", "31-Jul-21", "July 31, 2021", "07/31/2021",
    "2021-07-31 10:00:00", "31 JULI 2021", "  31/07/2021 ",
  ])
  func julyThirtyFirst(text: String) {
    #expect(DateParser.parse(text)?.description == "2021-07-31")
  }

  @Test func otherDates() {
    #expect(DateParser.parse("17 Agustus 1945")?.description == "1945-08-17")
    #expect(DateParser.parse("01/01/70")?.description == "1970-01-01")
    #expect(DateParser.parse("01/01/69")?.description == "2069-01-01")
    #expect(DateParser.parse("29/02/2020")?.description == "2020-02-29")
    #expect(DateParser.parse("5 Nopember 2020")?.description == "2020-11-05")
    #expect(DateParser.fromSerial(44408.75)?.description == "2021-07-31")
    #expect(DateParser.fromSerial(61)?.description == "1900-03-01")
  }

  @Test(arguments: ["31/02/2021", "29/02/2021", "32/01/2021", "2021", "13/13/2021", "", "besok", "31 Juni 2021",
    "00/00/0000", "Senin"])
  func notDates(text: String) {
    #expect(DateParser.parse(text) == nil)
  }

  @Test func codes() {
    #expect(["L", "l", "Laki-laki", "LAKI-LAKI", "Pria", "Lk"].map(CodeParser.gender) == Array(repeating: .male, count: 6))
    #expect(["P", "Perempuan", "wanita", "Pr"].map(CodeParser.gender) == Array(repeating: .female, count: 4))
    #expect(CodeParser.gender("L/P") == .other("L/P"))
    #expect(["Ya", "Y", "ya", "Binaan", "1"].map(CodeParser.binaanStatus) == Array(repeating: .member, count: 5))
    #expect(["Tidak", "T", "Tdk", "Bukan Binaan", "0"].map(CodeParser.binaanStatus) == Array(repeating: .nonMember, count: 5))
    #expect(CodeParser.binaanStatus("Mungkin") == .other("Mungkin"))
    #expect(CodeParser.scale("Usaha Mikro") == .mikro)
    #expect(CodeParser.scale("KECIL") == .kecil)
    #expect(CodeParser.scale("Menengah") == .menengah)
    #expect(CodeParser.scale("Besar") == .other("Besar"))
    #expect(CodeParser.active("Aktif") == true)
    #expect(CodeParser.active("Tidak Aktif") == false)
    #expect(CodeParser.active("Non-aktif") == false)
    #expect(CodeParser.active("Entahlah") == nil)
  }

  @Test func identifiers() {
    #expect(NIB("9120001234567")?.digits == "9120001234567")
    #expect(NIB("912000123456") == nil)
    #expect(NIK("1271012345670001")?.digits == "1271012345670001")
    #expect(NIK("1271 0123 4567 0001") != nil)
    #expect(NIK("127101234567000") == nil)
    #expect(NIK("12710123456700A1") == nil)
    #expect(NIK("1271012345670001")?.description == "127101********01")
  }

  @Test func headerAliasesFoldCaseSpacingAndPunctuation() throws {
    let aliases = try HeaderAliases()
    #expect(aliases.column(for: "NAMA UMKM", kind: .registry) == .namaUsaha)
    #expect(aliases.column(for: "Kec.", kind: .registry) == .kecamatan)
    #expect(aliases.column(for: "  kecamatan ", kind: .registry) == .kecamatan)
    #expect(aliases.column(for: "No.Reg", kind: .registry) == .noRegistrasi)
    #expect(aliases.column(for: "Kecamatan", kind: .activities) == .kecamatanKegiatan)
    #expect(aliases.column(for: "Nomor HP", kind: .registry) == nil)
    let custom = try HeaderAliases(overrides: ["Nama Gerai": .namaUsaha])
    #expect(custom.column(for: "NAMA GERAI", kind: .registry) == .namaUsaha)
  }
}
