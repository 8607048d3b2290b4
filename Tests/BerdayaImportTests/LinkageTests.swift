import BerdayaImport
import BerdayaModel
import Testing

@Suite("Enterprise table and activity linkage")
struct LinkageTests {
  static func record(
    _ row: Int, reg: String?, nib: String? = nil, nik: String? = nil, name: String? = nil, kelurahan: String? = nil,
    kecamatan: String? = "Medan Baru", on date: String? = nil
  ) -> RegistryRecord {
    var record = RegistryRecord(location: SourceLocation(file: "registri.csv", row: row))
    record.registrationNumber = reg
    record.nib = nib.flatMap { NIB($0) }
    record.ownerNIK = nik.flatMap { NIK($0) }
    record.businessName = name
    record.kelurahan = kelurahan
    record.kecamatan = kecamatan
    record.registeredOn = date.flatMap(DateParser.parse)
    record.status = .member
    return record
  }

  static func activity(reg: String? = nil, nib: String? = nil, nik: String? = nil, name: String? = nil, kelurahan: String? = nil)
    -> ActivityRecord
  {
    var record = ActivityRecord(location: SourceLocation(file: "kegiatan.csv", row: 2))
    record.registrationNumber = reg
    record.nib = nib.flatMap { NIB($0) }
    record.ownerNIK = nik.flatMap { NIK($0) }
    record.businessName = name
    record.kelurahan = kelurahan
    return record
  }

  static func registry(listingDuplicates: Bool = true) -> EnterpriseRegistry {
    let builder = EnterpriseTableBuilder()
    let rows = [
      record(2, reg: "A1", nik: "1271010101010001", name: "Warung Bu Ani", kelurahan: "Babura", on: "01/02/2019"),
      // Re-registration: same number, later date, now with a NIB.
      record(3, reg: "A1", nib: "9120000000001", name: "Warung Bu Ani", kelurahan: "Babura", on: "15/01/2021"),
      record(4, reg: "A3", nib: "9120000000003", name: "Bengkel Jaya", kelurahan: "Darat"),
      // Same NIB under another number: one legal business.
      record(5, reg: "A4", nib: "9120000000003", name: "Bengkel Jaya Motor", kelurahan: "Darat"),
      record(6, reg: "A5", nik: "1271010101010005", name: "Salon Cantik", kelurahan: "Petisah Hulu"),
      // Same owner NIK, other number: listed, not merged (one owner, two businesses).
      record(7, reg: "A6", nik: "1271010101010005", name: "Laundry Bersih", kelurahan: "Petisah Hulu"),
      record(8, reg: "A7", name: "Toko Berkah", kelurahan: "Sei Sikambing D"),
      // Same name and kelurahan, other number: listed, not merged.
      record(9, reg: "A8", name: "TOKO BERKAH", kelurahan: "Sei Sikambing D"),
    ]
    for row in rows { builder.add(row) }
    return builder.build(places: PlaceNormalisation(resolver: .unregioned()), listingDuplicates: listingDuplicates)
  }

  /// With Medan's gazetteer, a raw kelurahan is resolved with its own row's kecamatan: a misspelt
  /// "Tanjung Slamat" is Tanjung Selamat in Medan Tuntungan, where it lies, and is left as written
  /// (and flagged) under Medan Perjuangan, however the rows are ordered.
  @Test func kelurahanIsResolvedWithItsOwnRowsKecamatan() throws {
    let gazetteer = try Gazetteer.bundled()
    let medan = try PlaceResolver(region: #require(gazetteer.region(code: "12.71")), gazetteer: gazetteer)
    let builder = EnterpriseTableBuilder()
    let rows = [
      (kecamatan: "Medan Tuntungan", kelurahan: "Tanjung Slamat"),
      (kecamatan: "Medan Perjuangan", kelurahan: "Tanjung Slamat"),  // lies in Medan Tuntungan
      (kecamatan: "Medan Tuntungan", kelurahan: "Tanjung Slamat"),
      (kecamatan: "Medan Perjuangan", kelurahan: "Sei Kera Hulu"),
    ]
    for (index, row) in rows.enumerated() {
      builder.add(
        Self.record(index + 2, reg: "B\(index)", name: "Usaha \(index)", kelurahan: row.kelurahan, kecamatan: row.kecamatan))
    }
    let table = builder.build(places: PlaceNormalisation(resolver: medan)).table
    let names = table.kelurahan.map { $0 < 0 ? nil : table.kelurahanNames[Int($0)] }
    #expect(names == ["Tanjung Selamat", "Tanjung Slamat", "Tanjung Selamat", "Sei Kera Hulu"])
  }

  @Test func mergesAndListsDuplicates() throws {
    let registry = Self.registry()
    #expect(registry.table.count == 6)
    let groups = try #require(registry.duplicates)
    let merged = groups.filter(\.merged)
    let listed = groups.filter { !$0.merged }
    #expect(registry.mergedDuplicateRows == 2 && registry.possibleDuplicateGroups == 2)
    #expect(merged.map(\.method) == [.registrationNumber, .nib])
    #expect(merged.map { $0.rows.map(\.row) } == [[2, 3], [4, 5]])
    #expect(Set(listed.map(\.method)) == [.nik, .nameAndKelurahan])
    #expect(listed.first { $0.method == .nik }?.rows.map(\.row) == [6, 7])
    #expect(listed.first { $0.method == .nameAndKelurahan }?.rows.map(\.row) == [8, 9])
    // The merged enterprise keeps the first registration and the latest re-registration.
    #expect(registry.table.registeredOn[0]?.description == "2019-02-01")
    #expect(registry.table.lastRegisteredOn[0]?.description == "2021-01-15")
  }

  /// An enterprise is binaan when its status says `Ya`; a status its first row leaves out is taken
  /// from a later row of the same enterprise; `Tidak` and a word not understood are not binaan, and
  /// only a status given nowhere is unknown.
  @Test func binaanStatusIsTakenFromTheFirstRowThatGivesOne() {
    let builder = EnterpriseTableBuilder()
    let statuses: [(reg: String, status: BinaanStatus?)] = [
      ("C1", nil), ("C1", .member), ("C1", .nonMember),  // the first status given wins
      ("C2", .nonMember), ("C2", .member),
      ("C3", .other("Binaan?")), ("C4", nil),
    ]
    for (index, row) in statuses.enumerated() {
      var record = Self.record(index + 2, reg: row.reg)
      record.status = row.status
      builder.add(record)
    }
    let table = builder.build(places: PlaceNormalisation(resolver: .unregioned())).table
    #expect(table.binaan == [true, false, false, nil])
    #expect((0..<table.count).map(table.isBinaan) == [true, false, false, false])
  }

  /// Every row that shares a name (in its kelurahan) or an owner NIK with an earlier enterprise
  /// joins that key's one group, however many there are and whatever comes between them; another
  /// key, even of the same enterprise, is a group of its own.
  @Test func rowsSharingAKeyFormOneGroup() throws {
    let builder = EnterpriseTableBuilder()
    let rows = [
      Self.record(2, reg: "D1", nik: "1271010101010001", name: "Toko Berkah", kelurahan: "Darat"),
      Self.record(3, reg: "D2", nik: "1271010101010002", name: "Toko Berkah", kelurahan: "Darat"),
      Self.record(4, reg: "D3", nik: "1271010101010001", name: "Toko Lain", kelurahan: "Darat"),
      Self.record(5, reg: "D4", nik: "1271010101010003", name: "TOKO BERKAH", kelurahan: "Darat"),
      Self.record(6, reg: "D5", nik: "1271010101010001", name: "Toko Berkah", kelurahan: "Babura"),
      // The enterprise of row 2 takes a second NIK by merging (same number): a key of its own, its
      // group listed from the enterprise's first row.
      Self.record(7, reg: "D1", nik: "1271010101010009"),
      Self.record(8, reg: "D6", nik: "1271010101010009", name: "Toko Lain", kelurahan: "Darat"),
    ]
    for row in rows { builder.add(row) }
    let registry = builder.build(places: PlaceNormalisation(resolver: .unregioned()))
    let possible = try #require(registry.duplicates).filter { !$0.merged }
    #expect(registry.possibleDuplicateGroups == 4)
    #expect(
      possible.map { "\($0.method.rawValue) \($0.rows.map(\.row))" }.sorted() == [
        "nama_usaha+kelurahan [2, 3, 5]", "nama_usaha+kelurahan [4, 8]", "nik [2, 4, 6]", "nik [2, 8]",
      ])
  }

  /// A build that does not list the duplicate groups makes none, and counts them all the same.
  @Test func countsDuplicatesWithoutListingThem() {
    let registry = Self.registry(listingDuplicates: false)
    #expect(registry.duplicates == nil)
    #expect(registry.mergedDuplicateRows == 2 && registry.possibleDuplicateGroups == 2)
    #expect(registry.table.count == 6)
  }

  @Test func linksActivities() {
    let linker = Self.registry().linker
    #expect(linker.link(Self.activity(reg: "A1")) == (0, .registrationNumber))
    #expect(linker.link(Self.activity(reg: "A5")) == (2, .registrationNumber))
    #expect(linker.link(Self.activity(nib: "9120000000003")) == (1, .nib))
    #expect(linker.link(Self.activity(nik: "1271010101010005")) == (2, .nik))
    #expect(linker.link(Self.activity(name: "Toko  Berkah", kelurahan: "SEI SIKAMBING D")) == (4, .nameAndKelurahan))
    #expect(linker.link(Self.activity(name: "Toko Berkah", kelurahan: "Babura")) == (nil, .unmatched))
    #expect(linker.link(Self.activity(reg: "Z9", nib: "9129999999999", nik: "1271999999999999", name: "Tak Dikenal"))
      == (nil, .unmatched))
  }

  /// A batch links each activity with its own texts (a number no pattern codes, a business name),
  /// which the batch keeps apart from the references, only for the activities that have them.
  @Test func aBatchLinksEachActivityByItsOwnTexts() {
    let builder = EnterpriseTableBuilder()
    builder.add(Self.record(2, reg: "REG-1234567890123456789012", name: "Warung Satu", kelurahan: "Babura"))
    builder.add(Self.record(3, reg: "REG-9876543210987654321098", name: "Warung Dua", kelurahan: "Darat"))
    builder.add(Self.record(4, reg: "K-1", name: "Toko Tiga", kelurahan: "Babura"))
    let linker = builder.build(places: PlaceNormalisation(resolver: .unregioned())).linker
    let activities = [
      Self.activity(reg: "K-1"), Self.activity(name: "Warung Dua", kelurahan: "Darat"),
      Self.activity(reg: "REG-9876543210987654321098"), Self.activity(name: "WARUNG SATU", kelurahan: "Babura"),
      Self.activity(reg: "REG-1234567890123456789012"), Self.activity(nib: "9129999999999"),
      Self.activity(name: "Warung Satu", kelurahan: "Darat"),
    ]
    var texts: [ActivityLinker.ReferenceTexts] = []
    let references = activities.map { linker.reference($0, texts: &texts) }
    var linked: [(Int32?, LinkMethod)] = []
    references.withUnsafeBufferPointer { references in
      texts.withUnsafeBufferPointer { texts in
        linker.link(references, texts: texts) { _, enterprise, method in linked.append((enterprise, method)) }
      }
    }
    #expect(texts.count == 5)
    #expect(linked.map(\.0) == [2, 1, 1, 0, 0, nil, nil])
    #expect(
      linked.map(\.1) == [
        .registrationNumber, .nameAndKelurahan, .registrationNumber, .nameAndKelurahan, .registrationNumber, .unmatched,
        .unmatched,
      ])
    for (activity, link) in zip(activities, linked) { #expect(linker.link(activity) == link) }
  }

  /// Keys that arrive on a row merged into an earlier one still find the enterprise.
  @Test func linksByKeysOfMergedRows() {
    let linker = Self.registry().linker
    #expect(linker.link(Self.activity(reg: "A4")) == (1, .registrationNumber))
    #expect(linker.link(Self.activity(nib: "9120000000001")) == (0, .nib))
  }

  /// Registration numbers of many forms (the index keeps a number packed by its pattern, or by its
  /// bytes when it has too many digits or comes after 16 patterns): each links to its own
  /// enterprise, and a number differing in a letter, a separator or a leading zero to none.
  @Test func linksNumbersOfEveryForm() {
    let builder = EnterpriseTableBuilder()
    let numbers =
      ["UMKM-1271-0826493", "UMKM-1271-0826494", "MDN/2021/17", "REG-1234567890123456789012"]
      + (1...14).map { "P\($0)-" + String(repeating: "4", count: $0) } + ["KOP-0001", "KOP-0002"]
    for (row, number) in numbers.enumerated() { builder.add(Self.record(row + 2, reg: number)) }
    let linker = builder.build(places: PlaceNormalisation(resolver: .unregioned())).linker
    for (index, number) in numbers.enumerated() {
      #expect(linker.link(Self.activity(reg: number)) == (Int32(index), .registrationNumber), "\(number)")
    }
    let strangers = [
      "umkm-1271-0826493", "UMKM-1271-826493", "UMKM-1271-00826493", "MDN-2021-17", "KOP-0003", "REG-1234567890123456789013",
    ]
    for stranger in strangers {
      #expect(linker.link(Self.activity(reg: stranger)) == (nil, .unmatched), "\(stranger)")
    }
  }

  @Test func linksImportedFixtures() throws {
    let builder = EnterpriseTableBuilder()
    _ = try ImporterFixture.importer().importRegistry(
      InputFile(path: try ImporterFixture.path("registry-title-rows-semicolon.csv"), kind: .registry)
    ) { builder.add($0) }
    let linker = builder.build(places: PlaceNormalisation(resolver: .unregioned())).linker
    let (_, activities) = try ImporterFixture.activities("activities-crlf.csv")
    #expect(activities.map { linker.link($0).method } == [.registrationNumber, .registrationNumber, .nib, .nik, .registrationNumber])
    #expect(activities.map { linker.link($0).enterprise } == [0, 1, 3, 2, 4])
  }
}
