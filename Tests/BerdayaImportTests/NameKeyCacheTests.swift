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

  static func record(_ row: Int, _ business: String, _ kelurahan: String?) -> RegistryRecord {
    var record = RegistryRecord(location: SourceLocation(file: "registri.csv", row: row))
    record.registrationNumber = "MDN-\(row)"
    record.businessName = business
    record.kecamatan = "Medan Petisah"
    record.kelurahan = kelurahan
    return record
  }

  @Test(arguments: [0, 1, 3, BusinessNameCache.defaultLimit])
  func preparedKeysAreTheLinkersKeys(limit: Int) {
    let preparer = RegistryRowPreparer(nameCacheLimit: limit)
    var batch = PreparedRegistryRows()
    // Twice over: the second pass reads every name back from the cache (those it holds).
    for (row, (business, kelurahan)) in (Self.rows + Self.rows).enumerated() {
      preparer.prepare(Self.record(row + 2, business, kelurahan), into: &batch)
    }
    batch.withRows { rows, bytes in
      for (row, (business, kelurahan)) in zip(rows, Self.rows + Self.rows) {
        let expected = Self.linkerKey(business, kelurahan)
        let key = row.nameKey.map { Array(bytes[keyRange: $0]) }
        #expect(key == expected, "\(business) in \(kelurahan ?? "nil"), cache of \(limit)")
        let hash = key.map { $0.withUnsafeBufferPointer { KeyIndex.hash32($0) } } ?? 0
        #expect(row.nameKeyHash == hash, "\(business) in \(kelurahan ?? "nil")")
        #expect(row.registrationHash == KeyIndex.hash32(bytes[keyRange: row.registrationNumber ?? 0..<0]))
      }
    }
  }

  @Test func theCacheStopsAtItsLimit() {
    var cache = BusinessNameCache(limit: 3)
    var key: [UInt8] = []
    for name in ["Toko Satu", "Toko Dua", "&", "Toko Empat", "Toko Lima", "Toko Satu", "Toko Empat"] {
      var name = name
      key.removeAll()
      let made = name.withUTF8 { cache.append(utf8: $0, to: &key) }
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
    #expect(usual.registry.duplicates.contains { $0.method == .nameAndKelurahan && !$0.merged })
    PipelinedRegistryTests.expectSame(usual, small, "a cache of 50 names")
  }
}
