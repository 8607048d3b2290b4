import Testing

@testable import BerdayaImport

extension NormalisationTests {
  @Suite("BusinessNameKey and PersonNameKey")
  struct NameKeyTests {
    @Test(
      "business names: legal and shop prefixes, punctuation, spacing and old spelling",
      arguments: [
        ("Toko Djaja Abadi", "Jaya Abadi"),
        ("UD. Djaja Abadi", "JAYA ABADI"),
        ("CV Sinar Mas", "Sinarmas"),
        ("Sinar Mas, CV", "Sinar Mas"),
        ("PT. Tjahaja Baru Tbk", "Cahaya Baru"),
        ("Warung Kopi Pak Oemar", "Pak Umar"),
        ("Kedai Soesoe Segar", "Susu Segar"),
        ("Rumah Makan Sederhana", "RM Sederhana"),
        ("Rumah Makan Sederhana", "Sederhana"),
        ("Rumah Batik Kita", "Batik Kita"),
        ("Maju & Jaya", "Maju dan Jaya"),
        ("Keripik  Sanjai-Mak Itam", "keripik sanjai mak itam"),
        ("Kue Chas", "Kue Khas"),
        ("Bengkel Nj. Ani", "Bengkel Ny Ani"),
      ])
    func sameBusiness(a: String, b: String) {
      #expect(BusinessNameKey(a) != nil)
      #expect(BusinessNameKey(a) == BusinessNameKey(b))
    }

    @Test("different businesses keep different keys")
    func differentBusinesses() {
      #expect(BusinessNameKey("Toko Jaya Abadi") != BusinessNameKey("Toko Jaya Makmur"))
      #expect(BusinessNameKey("Kopi Sehati") != BusinessNameKey("Kopi Sehat"))
      #expect(BusinessNameKey("Toko")?.key == "toko")
      #expect(BusinessNameKey("UD. Djaja Abadi")?.key == "jajaabadi")
      #expect(BusinessNameKey(" - ") == nil)
      #expect(BusinessNameKey("") == nil)
    }

    @Test(
      "owner names: honorifics, titles after a comma, spacing and old spelling",
      arguments: [
        ("Hj. Siti Nurjanah, S.E.", "SITI NURJANAH"),
        ("Ibu Siti Nur Janah", "Siti Nurjanah"),
        ("Bu Siti Nurjanah", "siti nurjanah"),
        ("Bpk. Soedjono", "Pak Sujono"),
        ("Bapak H. Ahmad Tjahjadi", "Ahmad Cahyadi"),
        ("Ny. Rahmawati", "Rahmawati"),
        ("Sdr. Budi Santoso, S.Pd", "Budi Santoso"),
        ("H Abdul Chalik", "Abdul Khalik"),
      ])
    func samePerson(a: String, b: String) {
      #expect(PersonNameKey(a) != nil)
      #expect(PersonNameKey(a) == PersonNameKey(b))
    }

    @Test("different people keep different keys; an honorific alone is a name")
    func differentPeople() {
      #expect(PersonNameKey("Siti Aminah") != PersonNameKey("Siti Maimunah"))
      #expect(PersonNameKey("Ibu")?.key == "ibu")
      #expect(PersonNameKey(", S.E.") == nil)
    }
  }
}
