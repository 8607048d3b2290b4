import BerdayaModel

/// The per-row work of building the enterprise table that reads no builder state: it copies the
/// keys' bytes, hashes them, folds the kelurahan for the name key and interns the raw place names,
/// the sector and the source. It runs on the thread that reads the registry, ahead of the ordered
/// insert.
///
/// The business name is folded on the inserting thread, from a cache (`BusinessNameCache`) whose
/// slots it asks for rows ahead; here it is only hashed. Measured at size L (1M rows): with the
/// cache looked up here, this thread became the longer one (52% of the samples to the inserting
/// thread's 31%), the lookups, mostly cache misses, 9% of them.
///
/// Place and sector ids depend only on the order names are first seen here, and the builder
/// uses them for counting only: the table interns the resolved names again, in enterprise order.
///
/// A value, which the reading thread holds as a local for the whole read
/// (`EnterpriseTableBuilder.withPreparer`): measured at size L (1M rows), as a class its every
/// index probe and array append retained and released the arrays, 3% of the reading thread.
struct RegistryRowPreparer {
  /// Raw (not yet resolved) kecamatan and kelurahan names.
  private(set) var places = Interner<String>()
  /// The place ids by the names' UTF-8 bytes. Measured: interning two names a row through the
  /// interner's dictionary (SipHash) was 4.2% of `validate --registry` at size L.
  private var placeIDs = KeyIndex(capacity: 64)
  private(set) var sectors = Interner<Sector>()
  private var sources = Interner<RowSource>()
  /// The last source interned: rows of one file arrive together, so most rows skip the hashing.
  private var lastSource: (source: RowSource, id: Int32)?
  /// The ids of the known sectors by their place in `Sector.known`, -1 until first seen. Measured
  /// at size L (1M rows, sectors in no order): the last sector remembered missed most rows, and
  /// interning (hashing) the sector was 2% of the reading thread.
  private var knownSectorIDs = Array(repeating: Int32(-1), count: Sector.known.count)
  /// The folded kelurahan (`PlaceNameFolder.appendKey`) of each place id folded so far, back to back:
  /// place `id`'s is `foldedPlaces[foldedPlaceRanges[id]]`; nil until a name key needs it. Places
  /// repeat in every registry (163 kelurahan in the L bench's 1M rows), and the interner already
  /// holds each one's name.
  private var foldedPlaces: [UInt8] = []
  private var foldedPlaceRanges: [Range<Int>?] = []
  private var words = FoldedWords()
  /// The patterns of the registration numbers seen, in file order (the activities are keyed by them too).
  private(set) var registrationCodes = RegistrationNumberCodes()

  /// Appends `record`, prepared, to `batch`.
  mutating func prepare(_ record: borrowing RegistryRecord, into batch: inout PreparedRegistryRows) {
    let registrationNumber = record.$registrationNumber.map { batch.appendBytes(of: $0) }
    let businessName = record.$businessName.map { batch.appendBytes(of: $0) }
    let kelurahan = record.$kelurahan.map { placeID($0) } ?? -1
    var kelurahanKey: Range<Int32>?
    if businessName != nil {
      let folded = kelurahan < 0 ? 0..<0 : foldedPlace(Int(kelurahan))
      kelurahanKey = foldedPlaces.withUnsafeBufferPointer { batch.appendBytes(of: .init(rebasing: $0[folded])) }
    }
    let registrationCode = record.$registrationNumber.flatMap { number in
      number.withUTF8 { registrationCodes.code(adding: $0) }
    }
    let (registrationHash, businessNameHash) = batch.withRows { _, bytes in
      (
        registrationNumber.map { RegistrationIndex.hash32(code: registrationCode, bytes: bytes[keyRange: $0]) } ?? 0,
        businessName.map { KeyIndex.hash32(bytes[keyRange: $0]) } ?? 0
      )
    }
    let source = source(of: record.location)
    let kecamatan = record.$kecamatan.map { placeID($0) } ?? -1
    let sector = record.sector.map { sectorID($0) } ?? -1
    batch.append(
      PreparedRegistryRows.Row(
        source: source, row: Int32(clamping: record.location.row),
        registrationNumber: registrationNumber, registrationCode: registrationCode, businessName: businessName,
        kelurahanKey: kelurahanKey,
        nib: record.nib, nik: record.ownerNIK, registrationHash: registrationHash, businessNameHash: businessNameHash,
        nibHash: record.nib.map { NumberIndex.hash32($0.value) } ?? 0,
        nikHash: record.ownerNIK.map { NumberIndex.hash32($0.value) } ?? 0,
        kecamatan: kecamatan, kelurahan: kelurahan, sector: sector,
        status: record.status, scale: record.scale, gender: record.gender, registeredOn: record.registeredOn,
        reRegisteredOn: record.reRegisteredOn, monthlyTurnover: record.monthlyTurnover))
  }

  /// The id of a raw place name, interning it when new.
  private mutating func placeID(_ name: InlineText) -> Int32 {
    name.withUTF8 { bytes in
      if let id = placeIDs[bytes: bytes] { return Int32(id) }
      let id = places.intern(name.string)
      placeIDs.insertIfAbsent(bytes: bytes, Int(id))
      return id
    }
  }

  /// Where place `id`'s folded name is in `foldedPlaces`, folding it the first time.
  private mutating func foldedPlace(_ id: Int) -> Range<Int> {
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

  /// The files (and sheets) of the rows prepared, by source id.
  var rowSources: [RowSource] { sources.values }

  private mutating func source(of location: SourceLocation) -> Int32 {
    if let last = lastSource, last.source.file == location.file, last.source.sheet == location.sheet { return last.id }
    let source = RowSource(file: location.file, sheet: location.sheet)
    let id = sources.intern(source)
    lastSource = (source, id)
    return id
  }

  private mutating func sectorID(_ sector: Sector) -> Int32 {
    guard let known = Sector.known.firstIndex(of: sector) else { return sectors.intern(sector) }
    if knownSectorIDs[known] < 0 { knownSectorIDs[known] = sectors.intern(sector) }
    return knownSectorIDs[known]
  }
}
