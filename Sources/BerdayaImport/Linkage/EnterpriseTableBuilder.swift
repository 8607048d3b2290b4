import BerdayaModel

/// Builds the enterprise table from registry records: merges rows that are one enterprise, lists
/// possible duplicates, normalises place names, and keeps the keys activities are linked by.
///
/// Merging policy (a deliberate reading of issue 4, explained in the README): rows with the same
/// registration number are one enterprise (a re-registration), and so are rows with the same NIB
/// (one legal business). Rows that share only an owner NIK or a business name in the same
/// kelurahan but carry different registration numbers are listed as possible duplicates and not
/// merged: one owner may run several businesses, and the office numbered them apart. A row with no
/// registration number joins an enterprise with its NIB, else its NIK, else its name and kelurahan.
public final class EnterpriseTableBuilder {
  /// The order-free part of adding a row; the pipelined registry reader runs it on the reading
  /// thread while `insert` runs on another, so the two share no state until `build`.
  let preparer = RegistryRowPreparer()
  private var kept = KeptEnterprises()
  private var byRegistration = KeyIndex()
  private var byNIB = KeyIndex()
  private var byNIK = KeyIndex()
  private var byName = KeyIndex()
  private var duplicates = DuplicateLedger()
  /// Enterprises per raw place id (kecamatan), and per raw (kecamatan, kelurahan) id pair, for
  /// normalisation: counted on ids, not by hashing the names again.
  private var kecamatanCounts: [Int] = []
  private var kelurahanCounts: [Int64: Int] = [:]
  /// The name keys of the batch being inserted.
  private var nameKeys: BatchNameKeys

  public convenience init() { self.init(nameCacheLimit: BusinessNameCache.defaultLimit) }

  /// A builder caching at most `nameCacheLimit` folded business names.
  init(nameCacheLimit: Int) { nameKeys = BatchNameKeys(nameCacheLimit: nameCacheLimit) }

  /// Makes room for about `rows` more registry rows, an estimate (rows past it grow the table as
  /// before): the columns kept per enterprise and the number, NIB and NIK indexes are sized once
  /// instead of doubling as they fill. The name index's slots are not (its keys repeat, so rows would
  /// overstate them), only its entries' room.
  ///
  /// Measured at size L (1M rows): doubling them (copying, zeroing and faulting in each larger
  /// array, unmapping the old one) was 14% of the inserting thread, then the longer of the two.
  func reserveCapacity(rows: Int) {
    kept.reserveCapacity(kept.count + rows)
    // Room for entries is only reserved, so it is generous: registration numbers of 24 bytes
    // (17 in the bench data), name keys of 48 (about 35), identifiers of 8 as stored.
    byRegistration.reserveCapacity(keys: byRegistration.count + rows, keyBytes: rows * 24)
    byNIB.reserveCapacity(keys: byNIB.count + rows, keyBytes: rows * 8)
    byNIK.reserveCapacity(keys: byNIK.count + rows, keyBytes: rows * 8)
    byName.reserveCapacity(keys: 0, keyBytes: rows * 48)
  }

  /// Adds one accepted registry record (prepares and inserts it on the calling thread).
  public func add(_ record: RegistryRecord) {
    var batch = PreparedRegistryRows(capacity: 1)
    preparer.prepare(record, into: &batch)
    insert(batch)
  }

  /// Adds prepared rows, in order: the first row of an enterprise is the one kept.
  func insert(_ batch: PreparedRegistryRows) {
    batch.withRows { rows, bytes in
      nameKeys.make(for: rows, bytes: bytes)
      nameKeys.withBytes { keyBytes in
        for (position, row) in rows.enumerated() {
          if position + Self.prefetchDistance < rows.count { prefetch(position + Self.prefetchDistance, of: rows) }
          // Most name keys repeat in the bench data (734k of 1M rows list a possible duplicate), so
          // their probe compares an entry: it is asked for once its slot has had time to arrive.
          let ahead = position + Self.prefetchDistance / 2
          if ahead < rows.count, nameKeys.hashes[ahead] != 0 { byName.prefetch(hash32: nameKeys.hashes[ahead], .entry) }
          insert(row, nameKey: nameKeys.key(position, in: keyBytes), nameKeyHash: nameKeys.hashes[position], bytes: bytes)
        }
      }
    }
  }

  /// How many rows ahead of its insert a row's index slots are asked for: a row takes under a
  /// microsecond, a slot from memory a fraction of one.
  private static let prefetchDistance = 4

  /// Hints the cache at the index slots `insert` will probe for row `position`'s registration
  /// number, NIB, NIK and name key (measured: the insert thread spent 39% of its time waiting on
  /// those probes). The hashes are made already, so a hint costs no hashing.
  private func prefetch(_ position: Int, of rows: UnsafeBufferPointer<PreparedRegistryRows.Row>) {
    let record = rows[position]
    if record.registrationNumber != nil { byRegistration.prefetch(hash32: record.registrationHash, .slot) }
    if record.nib != nil { byNIB.prefetch(hash32: record.nibHash, .slot) }
    if record.nik != nil { byNIK.prefetch(hash32: record.nikHash, .slot) }
    if nameKeys.hashes[position] != 0 { byName.prefetch(hash32: nameKeys.hashes[position], .slot) }
  }

  private func insert(
    _ record: PreparedRegistryRows.Row, nameKey: UnsafeBufferPointer<UInt8>?, nameKeyHash: UInt32,
    bytes: UnsafeBufferPointer<UInt8>
  ) {
    let index = kept.count
    let number = record.registrationNumber.map { bytes[keyRange: $0] }
    if let number {
      // One probe: the number goes in for a new enterprise, and says which it is when known.
      let first = byRegistration.insertIfAbsent(bytes: number, hash32: record.registrationHash, index)
      if first != index { return merge(record, number: number, into: first, method: .registrationNumber) }
      if let nib = record.nib, let existing = byNIB[number: nib.value, hash32: record.nibHash] {
        // Rare: a new number for a known NIB.
        byRegistration.replaceValue(bytes: number, hash32: record.registrationHash, with: existing)
        return merge(record, number: number, into: existing, method: .nib)
      }
    } else {
      if let nib = record.nib, let existing = byNIB[number: nib.value, hash32: record.nibHash] {
        return merge(record, number: nil, into: existing, method: .nib)
      }
      if let nik = record.nik, let existing = byNIK[number: nik.value, hash32: record.nikHash] {
        return merge(record, number: nil, into: existing, method: .nik)
      }
      if let nameKey, let existing = byName[bytes: nameKey, hash32: nameKeyHash] {
        return merge(record, number: nil, into: existing, method: .nameAndKelurahan)
      }
    }
    // A new enterprise. Names, address and NIK are indexed and not kept per enterprise: memory
    // stays proportional to enterprises, and small.
    kept.append(record)
    if let nib = record.nib { byNIB.insertIfAbsent(number: nib.value, hash32: record.nibHash, index) }
    if let nik = record.nik {
      // One probe: the index keeps the first enterprise with this NIK and says which it is.
      let first = byNIK.insertIfAbsent(number: nik.value, hash32: record.nikHash, index)
      if first != index, number != nil {
        withUnsafeBytes(of: nik.value.bigEndian) { key in
          duplicates.notePossible(
            .nik, key: key.assumingMemoryBound(to: UInt8.self), first: kept.position(first), row: record.position)
        }
      }
    }
    if let nameKey {
      let first = byName.insertIfAbsent(bytes: nameKey, hash32: nameKeyHash, index)
      if first != index, number != nil {
        duplicates.notePossible(.nameAndKelurahan, key: nameKey, first: kept.position(first), row: record.position)
      }
    }
    countPlaces(record)
  }

  private func merge(
    _ record: PreparedRegistryRows.Row, number: UnsafeBufferPointer<UInt8>?, into index: Int, method: LinkMethod
  ) {
    kept.merge(record, into: index)
    duplicates.noteMerged(method, into: index, first: kept.position(index), row: record.position)
    // The merged row's own keys (its number, a NIB the first row lacked) find the enterprise too.
    if let number { byRegistration.insertIfAbsent(bytes: number, hash32: record.registrationHash, index) }
    if let nib = record.nib { byNIB.insertIfAbsent(number: nib.value, hash32: record.nibHash, index) }
    if let nik = record.nik { byNIK.insertIfAbsent(number: nik.value, hash32: record.nikHash, index) }
  }

  /// The raw place names of a new enterprise, counted by id.
  private func countPlaces(_ record: PreparedRegistryRows.Row) {
    let largest = Int(max(record.kecamatan, record.kelurahan))
    if largest >= kecamatanCounts.count {
      kecamatanCounts += repeatElement(0, count: largest + 1 - kecamatanCounts.count)
    }
    if record.kecamatan >= 0 { kecamatanCounts[Int(record.kecamatan)] += 1 }
    if record.kelurahan >= 0 {
      kelurahanCounts[Int64(record.kecamatan) << 32 | Int64(record.kelurahan), default: 0] += 1
    }
  }

  /// The finished table, the linker for activities, and the duplicate groups (merged and possible).
  ///
  /// The kept columns move into the table (resolved in place where they change), so the
  /// enterprises are not held twice.
  public func build(places: PlaceNormalisation) -> EnterpriseRegistry {
    var places = places
    // A local copy: the closures below would otherwise copy the struct out of `self` per call.
    let kept = self.kept
    self.kept = KeptEnterprises()
    var kecamatanCounts: [String: Int] = [:]
    for (id, count) in self.kecamatanCounts.enumerated() where count > 0 {
      if let name = preparer.placeName(Int32(id)) { kecamatanCounts[name] = count }
    }
    var kelurahanCounts: [PlacePair: Int] = [:]
    for (ids, count) in self.kelurahanCounts {
      if let kelurahan = preparer.placeName(Int32(truncatingIfNeeded: ids)) {
        kelurahanCounts[PlacePair(kecamatan: preparer.placeName(Int32(ids >> 32)), kelurahan: kelurahan), default: 0] += count
      }
    }
    let kecamatanOf = places.resolveKecamatans(kecamatanCounts)
    let kelurahanOf = places.resolveKelurahans(kelurahanCounts, kecamatans: kecamatanOf)

    // Names are interned in the order enterprises first use them, each raw id resolved once.
    var kecamatans = Interner<String>()
    var kelurahans = Interner<String>()
    var sectors = Interner<String>()
    let unresolved: Int32 = -2
    var kecamatanByPlace = Array(repeating: unresolved, count: preparer.places.count)
    var kelurahanByPair: [Int64: Int32] = [:]
    var sectorByID = Array(repeating: unresolved, count: preparer.sectors.count)
    var table = EnterpriseTable()
    table.kecamatan = kept.kecamatan.map { raw in
      guard raw >= 0 else { return -1 }
      if kecamatanByPlace[Int(raw)] == unresolved {
        kecamatanByPlace[Int(raw)] = preparer.placeName(raw).flatMap { kecamatanOf[$0]?.name }.map { kecamatans.intern($0) } ?? -1
      }
      return kecamatanByPlace[Int(raw)]
    }
    table.kelurahan = zip(kept.kecamatan, kept.kelurahan).map { rawKecamatan, raw in
      guard raw >= 0 else { return -1 }
      let pair = Int64(rawKecamatan) << 32 | Int64(raw)
      if let known = kelurahanByPair[pair] { return known }
      let id =
        preparer.placeName(raw).flatMap { kelurahanOf[PlacePair(kecamatan: preparer.placeName(rawKecamatan), kelurahan: $0)] }
        .map { kelurahans.intern($0) } ?? -1
      kelurahanByPair[pair] = id
      return id
    }
    table.sector = kept.sector.map { raw in
      guard raw >= 0 else { return -1 }
      if sectorByID[Int(raw)] == unresolved { sectorByID[Int(raw)] = sectors.intern(preparer.sectors.values[Int(raw)].name) }
      return sectorByID[Int(raw)]
    }
    table.status = kept.status
    table.scale = kept.scale
    table.gender = kept.gender
    table.registeredOn = kept.registeredOn
    table.lastRegisteredOn = (0..<kept.count).map { kept.lastRegisteredOn($0) }
    table.monthlyTurnover = kept.monthlyTurnover
    table.kecamatanNames = kecamatans.values
    table.kelurahanNames = kelurahans.values
    table.sectorNames = sectors.values
    let groups = duplicates.groups { preparer.location(source: $0, row: $1) }
    duplicates = DuplicateLedger()
    let linker = ActivityLinker(
      byRegistration: byRegistration, byNIB: byNIB, byNIK: byNIK, byName: byName)
    return EnterpriseRegistry(table: table, linker: linker, duplicates: groups, places: places)
  }
}

/// The registry after building: the table, the keys to link activities by, and the duplicates.
public struct EnterpriseRegistry: Sendable {
  public var table: EnterpriseTable
  public var linker: ActivityLinker
  public var duplicates: [DuplicateGroup]
  /// The place-name decisions made (for normalisation.csv and the report).
  public var places: PlaceNormalisation
}
