import BerdayaModel

/// The per-row work of building the enterprise table that reads no builder state: it copies the
/// keys' bytes, makes the name key, hashes the keys and interns the raw place names, the sector and
/// the source. It runs on the thread that reads the registry, ahead of the ordered insert.
///
/// The name key is made here, not on the inserting thread, from a business name folded once per
/// distinct name (`BusinessNameCache`) and a kelurahan folded once per place id. Measured at size L
/// (1M rows): the inserting thread was the longer one, with the name folding 11.9% and the keys'
/// hashing some more of `validate --registry`'s time.
///
/// Place and sector ids depend only on the order names are first seen here, and the builder
/// uses them for counting only: the table interns the resolved names again, in enterprise order.
final class RegistryRowPreparer {
  private struct Source: Hashable, Sendable {
    var file: String
    var sheet: String?
  }

  /// Raw (not yet resolved) kecamatan and kelurahan names.
  private(set) var places = Interner<String>()
  private(set) var sectors = Interner<Sector>()
  private var sources = Interner<Source>()
  /// The last source interned: rows of one file arrive together, so most rows skip the hashing.
  private var lastSource: (source: Source, id: Int32)?
  /// The last sector interned: sectors repeat, and hashing a `Sector` hashes its name.
  private var lastSector: (sector: Sector, id: Int32)?
  private var businessNames: BusinessNameCache
  /// The folded kelurahan (`PlaceNameFolder.appendKey`) of each place id folded so far, back to back:
  /// place `id`'s is `foldedPlaces[foldedPlaceRanges[id]]`; nil until a name key needs it. Places
  /// repeat in every registry (163 kelurahan in the L bench's 1M rows), and the interner already
  /// holds each one's name.
  private var foldedPlaces: [UInt8] = []
  private var foldedPlaceRanges: [Range<Int>?] = []
  private var words = FoldedWords()

  /// A preparer caching at most `nameCacheLimit` folded business names.
  init(nameCacheLimit: Int = BusinessNameCache.defaultLimit) {
    businessNames = BusinessNameCache(limit: nameCacheLimit)
  }

  /// Appends `record`, prepared, to `batch`.
  func prepare(_ record: RegistryRecord, into batch: inout PreparedRegistryRows) {
    let registrationNumber = record.registrationNumber.map { batch.appendBytes(of: $0) }
    let kelurahan = record.kelurahan.map { places.intern($0) } ?? -1
    let nameKey = record.businessName.flatMap { name in
      batch.appendBytes { key in appendNameKey(business: name, kelurahan: kelurahan, to: &key) }
    }
    let (registrationHash, nameKeyHash) = batch.withRows { _, bytes in
      (
        registrationNumber.map { KeyIndex.hash32(bytes[keyRange: $0]) } ?? 0,
        nameKey.map { KeyIndex.hash32(bytes[keyRange: $0]) } ?? 0
      )
    }
    batch.append(
      PreparedRegistryRows.Row(
        source: source(of: record.location), row: Int32(clamping: record.location.row),
        registrationNumber: registrationNumber, nameKey: nameKey, nib: record.nib, nik: record.ownerNIK,
        registrationHash: registrationHash, nameKeyHash: nameKeyHash,
        nibHash: record.nib.map { KeyIndex.hash32(number: $0.value) } ?? 0,
        nikHash: record.ownerNIK.map { KeyIndex.hash32(number: $0.value) } ?? 0,
        kecamatan: record.kecamatan.map { places.intern($0) } ?? -1,
        kelurahan: kelurahan, sector: record.sector.map(sectorID) ?? -1,
        status: record.status, scale: record.scale, gender: record.gender, registeredOn: record.registeredOn,
        reRegisteredOn: record.reRegisteredOn, monthlyTurnover: record.monthlyTurnover))
  }

  /// Appends the key `ActivityLinker.nameKey` makes of `business` in kelurahan place id `kelurahan`
  /// (-1: none) to `key`, from the caches; false, with `key` unchanged, when the name has no key.
  private func appendNameKey(business: String, kelurahan: Int32, to key: inout [UInt8]) -> Bool {
    var business = business
    guard business.withUTF8({ businessNames.append(utf8: $0, to: &key) }) else { return false }
    key.append(ActivityLinker.nameKeySeparator)
    guard kelurahan >= 0 else { return true }
    key.append(contentsOf: foldedPlaces[foldedPlace(Int(kelurahan))])
    return true
  }

  /// Where place `id`'s folded name is in `foldedPlaces`, folding it the first time.
  private func foldedPlace(_ id: Int) -> Range<Int> {
    if id < foldedPlaceRanges.count, let range = foldedPlaceRanges[id] { return range }
    if id >= foldedPlaceRanges.count { foldedPlaceRanges += repeatElement(nil, count: id + 1 - foldedPlaceRanges.count) }
    let start = foldedPlaces.count
    var name = places.values[id]
    name.withUTF8 { PlaceNameFolder.appendKey(utf8: $0, to: &foldedPlaces, words: &words) }
    foldedPlaceRanges[id] = start..<foldedPlaces.count
    return start..<foldedPlaces.count
  }

  /// The raw name behind a place id, nil for -1.
  func placeName(_ id: Int32) -> String? { id < 0 ? nil : places.values[Int(id)] }

  /// A row's source id and number as a location.
  func location(source: Int32, row: Int32) -> SourceLocation {
    let place = sources.values[Int(source)]
    return SourceLocation(file: place.file, sheet: place.sheet, row: Int(row))
  }

  private func source(of location: SourceLocation) -> Int32 {
    if let last = lastSource, last.source.file == location.file, last.source.sheet == location.sheet { return last.id }
    let source = Source(file: location.file, sheet: location.sheet)
    let id = sources.intern(source)
    lastSource = (source, id)
    return id
  }

  private func sectorID(_ sector: Sector) -> Int32 {
    if let last = lastSector, last.sector == sector { return last.id }
    let id = sectors.intern(sector)
    lastSector = (sector, id)
    return id
  }
}
