import BerdayaModel
import Foundation
import Testing

@testable import BerdayaImport

/// The registry's name keys come from caches (business names folded once per raw spelling, a
/// kelurahan once per place id) on the reading thread. A cached key must be the key
/// `ActivityLinker.nameKey` folds from scratch, for every row, hit or miss, before and past the
/// cache's bound; otherwise activities would not find the enterprises the registry merged.
@Suite struct NameKeyCacheTests {
  /// Business name and kelurahan pairs that a wrong cache would confuse: one name in two kelurahan,
  /// spellings that fold to one key (old spelling, prefixes, case), names with no key, a kelurahan
  /// missing or empty, and repeats after the cache is full.
  static let rows: [(String, String?)] = [
    ("Toko Berkah", "Sei Sikambing D"),
    ("Toko Berkah", "Petisah Hulu"),
    ("TOKO BERKAH", "Sei Sikambing D"),
    ("UD. Djaja Abadi", "Kel. Petisah Hulu"),
    ("Jaya Abadi, CV", "Petisah Hulu"),
    ("&", "Babura"),
    ("Warung Bu Ani", nil),
    ("Warung Bu Ani", ""),
    ("Kafé Tjahaja Ma’rif", "Babura"),
    ("Djaja Abadi", "Babura"),
    ("Sate Padang Mak Tiur", "Kelurahan Medan Amplas 8"),
    ("Toko Berkah", "Babura"),
    ("&", "Petisah Hulu"),
    ("Sate Padang Mak Tiur", "Sei Sikambing D"),
    ("UD. Djaja Abadi", "Babura"),
  ]

  /// The key `ActivityLinker.nameKey` makes from scratch, nil when none.
  static func linkerKey(_ business: String, _ kelurahan: String?) -> [UInt8]? {
    var business = business
    var kelurahan = kelurahan ?? ""
    var key: [UInt8] = []
    var words = FoldedWords()
    let made = business.withUTF8 { name in
      kelurahan.withUTF8 { ActivityLinker.nameKey(business: name, kelurahan: $0, into: &key, words: &words) }
    }
    return made ? key : nil
  }

  /// A registry row with no number, NIB or NIK, which joins an enterprise by its name key alone.
  static func record(_ row: Int, _ business: String, _ kelurahan: String?) -> RegistryRecord {
    var record = RegistryRecord(location: SourceLocation(file: "registri.csv", row: row))
    record.businessName = business
    record.kecamatan = "Medan Petisah"
    record.kelurahan = kelurahan
    return record
  }

  /// The builder makes one enterprise per distinct `ActivityLinker.nameKey` of the rows (and one
  /// per row with no key), and an activity naming a row's business and kelurahan finds the
  /// enterprise of the first row with that key: whether the row's name was cached, read back from
  /// the cache, or came after the cache was full.
  @Test(arguments: [0, 1, 3, BusinessNameCache.defaultLimit])
  func cachedKeysAreTheLinkersKeys(limit: Int) {
    // Twice over: the second pass reads every name back from the cache (those it holds).
    let rows = Self.rows + Self.rows
    let builder = EnterpriseTableBuilder(nameCacheLimit: limit)
    for (row, (business, kelurahan)) in rows.enumerated() { builder.add(Self.record(row + 2, business, kelurahan)) }
    let registry = builder.build(places: PlaceNormalisation(resolver: .unregioned()))

    var enterpriseOfKey: [[UInt8]: Int32] = [:]
    var enterprises: Int32 = 0
    var expected: [Int32?] = []
    for (business, kelurahan) in rows {
      guard let key = Self.linkerKey(business, kelurahan) else {
        enterprises += 1
        expected.append(nil)
        continue
      }
      if enterpriseOfKey[key] == nil {
        enterpriseOfKey[key] = enterprises
        enterprises += 1
      }
      expected.append(enterpriseOfKey[key])
    }
    #expect(registry.table.count == Int(enterprises), "cache of \(limit)")
    for ((business, kelurahan), enterprise) in zip(rows, expected) where enterprise != nil {
      var activity = ActivityRecord(location: SourceLocation(file: "kegiatan.csv", row: 2))
      activity.businessName = business
      activity.kelurahan = kelurahan
      let link = registry.linker.link(activity)
      #expect(link.enterprise == enterprise, "\(business) in \(kelurahan ?? "nil"), cache of \(limit)")
      #expect(link.method == .nameAndKelurahan)
    }
  }

  @Test func theCacheStopsAtItsLimit() {
    var cache = BusinessNameCache(limit: 3)
    var key: [UInt8] = []
    for name in ["Toko Satu", "Toko Dua", "&", "Toko Empat", "Toko Lima", "Toko Satu", "Toko Empat"] {
      var name = name
      key.removeAll()
      let made = name.withUTF8 { cache.append(utf8: $0, hash32: KeyIndex.hash32($0), to: &key) }
      #expect(made == (BusinessNameKey(name) != nil))
      #expect(String(decoding: key, as: UTF8.self) == BusinessNameKey(name)?.key ?? "", "\(name)")
    }
    #expect(cache.count == 3)
  }

  /// A registry read with a cache far smaller than its names gives what the default cache gives:
  /// the same merges, possible duplicates and table.
  @Test func aSmallCacheBuildsTheSameRegistry() throws {
    let path = try PipelinedRegistryTests.messyRegistry(rows: 3_000)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let usual = try PipelinedRegistryTests.oneThread(path)
    let small = try PipelinedRegistryTests.imported(into: EnterpriseTableBuilder(nameCacheLimit: 50)) { importer, builder in
      try importer.importRegistry(InputFile(path: path, kind: .registry), into: builder)
    }
    #expect(try #require(usual.registry.duplicates).contains { $0.method == .nameAndKelurahan && !$0.merged })
    PipelinedRegistryTests.expectSame(usual, small, "a cache of 50 names")
  }
}
