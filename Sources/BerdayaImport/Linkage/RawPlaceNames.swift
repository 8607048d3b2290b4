import BerdayaModel
internal import CPrefetch

/// The raw (not yet resolved) kecamatan and kelurahan names of the registry rows inserted, interned
/// in the order they are first met, and the folded kelurahan each name key ends with.
///
/// Place ids depend only on that order, and the builder uses them for counting only: the table
/// interns the resolved names again, in enterprise order. Part of what inserting builds
/// (`EnterpriseTableDraft`), so that the pipelined import resolves a batch's places on the inserting
/// thread (`EnterpriseTableDraft.insert` gives the figures).
struct RawPlaceNames {
  /// Raw (not yet resolved) kecamatan and kelurahan names.
  private(set) var places = Interner<String>()
  /// The place ids by the names' UTF-8 bytes. Measured: interning two names a row through the
  /// interner's dictionary (SipHash) was 4.2% of `validate --registry` at size L.
  private var placeIDs = KeyIndex(capacity: 64)
  /// The folded name (`PlaceNameFolder.appendKey`) of each place id, back to back: place `id`'s
  /// ends at `foldedPlaceEnds[id]` and starts where `id - 1`'s ends. Every place is folded when first
  /// seen (kecamatan too, which no key uses: there are few), so that a row reads two small arrays.
  private var foldedPlaces: [UInt8] = []
  private var foldedPlaceEnds: [Int32] = []
  private var words = FoldedWords()
  /// `resolve`'s (kecamatan, kelurahan) ids of the batch's rows, its memory kept between batches.
  private var resolvedPlaces: [(kecamatan: Int32, kelurahan: Int32)] = []

  /// Gives the rows `RegistryRowPreparer.prepare` appended to `batch` since the last call their
  /// place ids and, where the row has a business name, the folded kelurahan its name key ends with
  /// (empty when unknown).
  ///
  /// A batch at a time, so that each row's place lookups are asked for rows ahead. Measured at size
  /// XL (10M rows, 7,000 kecamatan, 56k place names: an index of some 3 MB, beyond the core's
  /// cache), looked up row by row as each was read, the place index and the folded names were 35%
  /// of the reading thread's samples, then the registry's critical path.
  mutating func resolve(in batch: inout PreparedRegistryRows) {
    let names = batch.unresolvedPlaces
    resolvedPlaces.removeAll(keepingCapacity: true)
    batch.withRows { _, bytes in names.withUnsafeBufferPointer { lookUpPlaces($0, bytes: bytes) } }
    let first = batch.count - names.count
    let prefetching = asksAhead
    // Locals, read through pointers: read as this value's own inside the closure, each array was
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

  /// How many rows ahead `resolve` asks for a place's index slot (and half as many, its entry
  /// and folded name).
  private static let prefetchDistance = 8
  /// Whether `resolve` asks for places ahead: not while there are a few thousand, which stay
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
}
