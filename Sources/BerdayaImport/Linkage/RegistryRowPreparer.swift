import BerdayaModel
internal import CPrefetch

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
  /// The folded name (`PlaceNameFolder.appendKey`) of each place id, back to back: place `id`'s
  /// ends at `foldedPlaceEnds[id]` and starts where `id - 1`'s ends. Every place is folded when first
  /// seen (kecamatan too, which no key uses: there are few), so that a row reads two small arrays.
  private var foldedPlaces: [UInt8] = []
  private var foldedPlaceEnds: [Int32] = []
  private var words = FoldedWords()
  /// `resolvePlaces`' (kecamatan, kelurahan) ids of the batch's rows, its memory kept between batches.
  private var resolvedPlaces: [(kecamatan: Int32, kelurahan: Int32)] = []
  /// The patterns of the registration numbers seen, in file order (the activities are keyed by them too).
  private(set) var registrationCodes = RegistrationNumberCodes()

  /// Appends `record`, prepared, to `batch`, all but its places: `resolvePlaces(in:)` resolves
  /// those for the batch's rows together.
  mutating func prepare(_ record: borrowing RegistryRecord, into batch: inout PreparedRegistryRows) {
    let registrationNumber = record.$registrationNumber.map { batch.appendBytes(of: $0) }
    let businessName = record.$businessName.map { batch.appendBytes(of: $0) }
    let kelurahan = record.$kelurahan.map { batch.appendBytes(of: $0) }
    let kecamatan = record.$kecamatan.map { batch.appendBytes(of: $0) }
    let registrationCode = record.$registrationNumber.flatMap { number in
      number.withUTF8 { registrationCodes.code(adding: $0) }
    }
    let (registrationHash, businessNameHash, kelurahanHash, kecamatanHash) = batch.withRows { _, bytes in
      (
        registrationNumber.map { RegistrationIndex.hash32(code: registrationCode, bytes: bytes[keyRange: $0]) } ?? 0,
        businessName.map { KeyIndex.hash32(bytes[keyRange: $0]) } ?? 0,
        kelurahan.map { KeyIndex.hash32(bytes[keyRange: $0]) } ?? 0,
        kecamatan.map { KeyIndex.hash32(bytes[keyRange: $0]) } ?? 0
      )
    }
    let source = source(of: record.location)
    let sector = record.sector.map { sectorID($0) } ?? -1
    batch.append(
      PreparedRegistryRows.Row(
        source: source, row: Int32(clamping: record.location.row),
        registrationNumber: registrationNumber, registrationCode: registrationCode, businessName: businessName,
        kelurahanKey: nil,
        nib: record.nib, nik: record.ownerNIK, registrationHash: registrationHash, businessNameHash: businessNameHash,
        nibHash: record.nib.map { NumberIndex.hash32($0.value) } ?? 0,
        nikHash: record.ownerNIK.map { NumberIndex.hash32($0.value) } ?? 0,
        kecamatan: -1, kelurahan: -1, sector: sector,
        binaan: record.status.map { $0 == .member }, registeredOn: record.registeredOn,
        reRegisteredOn: record.reRegisteredOn),
      places: PreparedRegistryRows.PlaceNames(
        kecamatan: kecamatan, kelurahan: kelurahan, kecamatanHash: kecamatanHash, kelurahanHash: kelurahanHash,
        hasBusinessName: businessName != nil))
  }

  /// Gives the rows `prepare` appended to `batch` since the last call their place ids and, where
  /// the row has a business name, the folded kelurahan its name key ends with (empty when unknown).
  ///
  /// A batch at a time, so that each row's place lookups are asked for rows ahead. Measured at size
  /// XL (10M rows, 7,000 kecamatan, 56k place names: an index of some 3 MB, beyond the core's
  /// cache), looked up row by row as each was read, the place index and the folded names were 35%
  /// of the reading thread's samples, the registry's critical path.
  mutating func resolvePlaces(in batch: inout PreparedRegistryRows) {
    let names = batch.unresolvedPlaces
    resolvedPlaces.removeAll(keepingCapacity: true)
    batch.withRows { _, bytes in names.withUnsafeBufferPointer { lookUpPlaces($0, bytes: bytes) } }
    let first = batch.count - names.count
    let prefetching = asksAhead
    // Locals, read through pointers: read as the preparer's own inside the closure, each array was
    // retained and released per row.
    let (folded, ends, resolved) = (foldedPlaces, foldedPlaceEnds, resolvedPlaces)
    folded.withUnsafeBufferPointer { folded in
      ends.withUnsafeBufferPointer { ends in
        for (position, places) in resolved.enumerated() {
          let ahead = position + Self.prefetchDistance / 2
          if prefetching, ahead < resolved.count, let base = folded.baseAddress {
            CPrefetch_read(base + Self.foldedRange(of: resolved[ahead].kelurahan, ends: ends).lowerBound)
          }
          let kelurahanKey =
            names[position].hasBusinessName
            ? batch.appendBytes(of: .init(rebasing: folded[Self.foldedRange(of: places.kelurahan, ends: ends)])) : nil
          batch.setPlaces(first + position, kecamatan: places.kecamatan, kelurahan: places.kelurahan, kelurahanKey: kelurahanKey)
        }
      }
    }
    batch.removeUnresolvedPlaces()
  }

  /// The ids of the places `names` spell in `bytes`, appended to `resolvedPlaces`; each row's index
  /// slots and entries asked for rows ahead.
  private mutating func lookUpPlaces(_ names: UnsafeBufferPointer<PreparedRegistryRows.PlaceNames>, bytes: UnsafeBufferPointer<UInt8>) {
    let prefetching = asksAhead
    for (position, row) in names.enumerated() {
      let ahead = position + Self.prefetchDistance
      if prefetching, ahead < names.count {
        placeIDs.prefetch(hash32: names[ahead].kelurahanHash, .slot)
        placeIDs.prefetch(hash32: names[ahead].kecamatanHash, .slot)
      }
      let half = position + Self.prefetchDistance / 2
      if prefetching, half < names.count {
        placeIDs.prefetch(hash32: names[half].kelurahanHash, .entry)
        placeIDs.prefetch(hash32: names[half].kecamatanHash, .entry)
      }
      let kelurahan = row.kelurahan.map { placeID(bytes[keyRange: $0], hash32: row.kelurahanHash) } ?? -1
      let kecamatan = row.kecamatan.map { placeID(bytes[keyRange: $0], hash32: row.kecamatanHash) } ?? -1
      resolvedPlaces.append((kecamatan, kelurahan))
    }
  }

  /// How many rows ahead `resolvePlaces` asks for a place's index slot (and half as many, its entry
  /// and folded name).
  private static let prefetchDistance = 8
  /// Whether `resolvePlaces` asks for places ahead: not while there are a few thousand, which stay
  /// in the core's cache (measured at size L, 163 places: asking cost 3% of `validate --registry`).
  private var asksAhead: Bool { placeIDs.count > 4096 }

  /// The id of a raw place name, interning (and folding) it when new.
  private mutating func placeID(_ name: UnsafeBufferPointer<UInt8>, hash32: UInt32) -> Int32 {
    if let id = placeIDs[bytes: name, hash32: hash32] { return Int32(id) }
    let id = places.intern(String(decoding: name, as: UTF8.self))
    placeIDs.insertIfAbsent(bytes: name, hash32: hash32, Int(id))
    // Another spelling of a name interned already (canonically equivalent Unicode) has its id.
    if Int(id) == foldedPlaceEnds.count {
      PlaceNameFolder.appendKey(utf8: name, to: &foldedPlaces, words: &words)
      foldedPlaceEnds.append(Int32(foldedPlaces.count))
    }
    return id
  }

  /// Where place `id`'s folded name is in `foldedPlaces`, whose `foldedPlaceEnds` are `ends`; empty
  /// for -1 (unknown).
  private static func foldedRange(of id: Int32, ends: UnsafeBufferPointer<Int32>) -> Range<Int> {
    guard id >= 0 else { return 0..<0 }
    return (id == 0 ? 0 : Int(ends[Int(id) - 1]))..<Int(ends[Int(id)])
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
