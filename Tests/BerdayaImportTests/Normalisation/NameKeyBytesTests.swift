import Testing

@testable import BerdayaImport

extension NormalisationTests {
  /// The linkage builds name keys from UTF-8 bytes into one buffer. These pin the keys (as the
  /// String folding made them before the byte path existed) and check that the byte path, the
  /// String initialisers and the linkage key all agree, for ASCII and non-ASCII names alike.
  @Suite("Name keys from bytes")
  struct NameKeyBytesTests {
    static func bytesKey(_ raw: String, _ append: (UnsafeBufferPointer<UInt8>, inout [UInt8]) -> Bool) -> String? {
      var raw = raw
      var key = Array("prefix|".utf8)
      let made = raw.withUTF8 { append($0, &key) }
      #expect(made || key == Array("prefix|".utf8), "a name with no key leaves the buffer as it was")
      return made ? String(decoding: key.dropFirst(7), as: UTF8.self) : nil
    }

    @Test(
      "business names",
      arguments: [
        ("UD. Djaja Abadi", "jajaabadi"),
        ("JAYA ABADI, CV", "jajaabadi"),
        ("Kafé Tjahaja Ma’rif", "kafecahajamarif"),
        ("KAFE CAHAYA MA'RIF", "kafecahajamarif"),
        ("Ｓｉｎａｒ Ｍａｓ", "sinarmas"),
        ("Çhairul Jüs", "khairuljus"),
        ("Warung Kopi Soekarno & Sons", "sukarnosons"),
        ("Sukarno dan Sons", "sukarnosons"),
        ("Ddjjaya Oee", "djjajaue"),
        ("Kedai Kopi Ñyonya", "njonja"),
        ("Batik Nusantara Tbk", "batiknusantara"),
        ("Toko", "toko"),
        ("Rumah Makan Sederhana", "sederhana"),
      ])
    func businessKeys(raw: String, key: String) {
      #expect(BusinessNameKey(raw)?.key == key)
      #expect(Self.bytesKey(raw, BusinessNameKey.append) == key)
    }

    @Test("nothing to link on", arguments: ["", " - ", "&", "dan", "’"])
    func noBusinessKey(raw: String) {
      #expect(BusinessNameKey(raw) == nil)
      #expect(Self.bytesKey(raw, BusinessNameKey.append) == nil)
    }

    @Test(
      "owner names",
      arguments: [
        ("Hj. Siti Nurjanah, S.E.", "sitinurjanah"),
        ("Bapak H. Ahmad Tjahjadi", "ahmadcahjadi"),
        ("Ahmad Cahyadi", "ahmadcahjadi"),
        ("Ibu Hj. Ñoer’aini", "nuraini"),
        ("Sdr. Budi Santoso, S.Pd", "budisantoso"),
        ("Ibu", "ibu"),
      ])
    func personKeys(raw: String, key: String) {
      #expect(PersonNameKey(raw)?.key == key)
      #expect(Self.bytesKey(raw, PersonNameKey.append) == key)
    }

    @Test(
      "the linkage key: folded name, 0x1F, folded kelurahan",
      arguments: [
        ("Toko Berkah", "Sei Sikambing D", "berkah\u{1F}seisikambingd"),
        ("TOKO  BERKAH", "SEI SIKAMBING D", "berkah\u{1F}seisikambingd"),
        ("Kafé Tjahaja", "Kel. Petisah Hulu", "kafecahaja\u{1F}kelpetisahhulu"),
        ("Warung Bu Ani", "", "buani\u{1F}"),
      ])
    func linkageKey(business: String, kelurahan: String, key: String) {
      var business = business
      var kelurahan = kelurahan
      var bytes: [UInt8] = []
      var words = FoldedWords()
      let made = business.withUTF8 { name in
        kelurahan.withUTF8 { ActivityLinker.nameKey(business: name, kelurahan: $0, into: &bytes, words: &words) }
      }
      #expect(made)
      #expect(String(decoding: bytes, as: UTF8.self) == key)
      #expect(key.hasSuffix(PlaceNameFolder.key(kelurahan)))
    }
  }
}
