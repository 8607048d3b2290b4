import BerdayaModel

/// What inserting registry rows builds, in file order: the columns kept per enterprise, the key
/// indexes, the duplicate ledger and the raw place counts (`EnterpriseTableBuilder` holds it, and
/// turns it into the table).
///
/// A value of its own so that the inserting thread works on it as a local: measured at size L (1M
/// rows), reached as the builder's stored properties, every index probe and prefetch retained and
/// released the index's arrays (a class's property may change under an opaque call), 10% of that
/// thread's samples.
struct EnterpriseTableDraft {
  private(set) var kept = KeptEnterprises()
  private(set) var byRegistration = RegistrationIndex()
  private(set) var byNIB = NumberIndex()
  private(set) var byNIK = NumberIndex()
  private(set) var byName = KeyIndex()
  private(set) var duplicates = DuplicateLedger()
  private(set) var rawPlaces = RawPlaceNames()
  /// The patterns of the registration numbers seen, in file order (the activities are keyed by them too).
  private(set) var registrationCodes = RegistrationNumberCodes()
  /// Enterprises per raw place id (kecamatan), and per raw (kecamatan, kelurahan) id pair, for
  /// normalisation: counted on ids, not by hashing the names again.
  private(set) var kecamatanCounts: [Int] = []
  private(set) var kelurahanCounts = PlacePairCounts()

  /// Hands the duplicate ledger over, leaving an empty one, so that it is freed as soon as its
  /// groups are made, not with the rest of the draft.
  mutating func takeDuplicates() -> DuplicateLedger {
    defer { duplicates = DuplicateLedger() }
    return duplicates
  }

  /// Hands the kept columns over, leaving none, so that the table can take them unshared.
  mutating func takeKept() -> KeptEnterprises {
    defer { kept = KeptEnterprises() }
    return kept
  }

  /// Makes room for about `rows` more registry rows, an estimate (rows past it grow the table as
  /// before): the columns kept per enterprise and the number, NIB and NIK indexes are sized once
  /// instead of doubling as they fill. The name index's slots are not (its keys repeat, so rows would
  /// overstate them), only its entries' room.
  ///
  /// Measured at size L (1M rows): doubling them (copying, zeroing and faulting in each larger
  /// array, unmapping the old one) was 14% of the inserting thread, then the longer of the two.
  mutating func reserveCapacity(rows: Int) {
    kept.reserveCapacity(kept.count + rows)
    byRegistration.reserveCapacity(keys: rows)
    byNIB.reserveCapacity(keys: byNIB.count + rows)
    byNIK.reserveCapacity(keys: byNIK.count + rows)
    // Room for entries is only reserved, so it is generous: name keys of 48 bytes (about 35).
    byName.reserveCapacity(keys: 0, keyBytes: rows * 48)
  }

  /// Adds prepared rows, in order, their keys coded and hashed and their places resolved first: the
  /// first row of an enterprise is the one kept. `nameKeys` makes and holds the batch's name keys.
  ///
  /// The coding, hashing and place lookups are here, on the inserting thread of the pipelined
  /// import, not on the reading one, the registry's critical path: measured with callgrind per
  /// thread on `validate --registry` at size M (200k rows), 845 instructions a row moved (reading
  /// thread 1,750M -> 1,581M, inserting thread 542M -> 703M), the inserting thread having been idle
  /// a third of the time.
  mutating func insert(_ batch: inout PreparedRegistryRows, nameKeys: inout BatchNameKeys) {
    batch.codeAndHashKeys(with: &registrationCodes)
    rawPlaces.resolve(in: &batch)
    batch.withRows { rows, bytes in
      nameKeys.make(for: rows, bytes: bytes)
      nameKeys.withBytes { keyBytes in
        // By index, each row read where it lies: `enumerated()` copied every row out, through its
        // value witnesses (its status, scale and gender are enums with text), 150 instructions a row.
        for position in rows.indices {
          let next = position + Self.prefetchDistance
          if next < rows.count { prefetch(rows.baseAddress! + next, nameKeyHash: nameKeys.hashes[next]) }
          // Most name keys repeat in the bench data (734k of 1M rows list a possible duplicate), so
          // their probe compares an entry: it is asked for once its slot has had time to arrive.
          let ahead = position + Self.prefetchDistance / 2
          if ahead < rows.count, nameKeys.hashes[ahead] != 0 { byName.prefetch(hash32: nameKeys.hashes[ahead], .entry) }
          insert(
            rows.baseAddress! + position, nameKey: nameKeys.key(position, in: keyBytes),
            nameKeyHash: nameKeys.hashes[position], bytes: bytes)
        }
      }
    }
  }

  /// How many rows ahead of its insert a row's index slots are asked for: a row takes under a
  /// microsecond, a slot from memory a fraction of one.
  private static let prefetchDistance = 4

  /// Hints the cache at the index slots `insert` will probe for `record`'s registration number,
  /// NIB, NIK and name key (measured: the insert thread spent 39% of its time waiting on those
  /// probes). The hashes are made already, so a hint costs no hashing.
  ///
  /// `mutating` though it changes nothing, so that the call from `insert`'s closure works on the
  /// draft in place: as a non-mutating call it copied the whole draft per row (measured: every
  /// array retained and released, a quarter of the inserting thread).
  /// The row is read where it lies, not copied (`insert(_:nameKeys:)` says why).
  private mutating func prefetch(_ record: UnsafePointer<PreparedRegistryRows.Row>, nameKeyHash: UInt32) {
    if record.pointee.registrationNumber != nil {
      byRegistration.prefetch(
        hash32: record.pointee.registrationHash, isCoded: record.pointee.registrationCode != nil, .slot)
    }
    if record.pointee.nib != nil { byNIB.prefetch(hash32: record.pointee.nibHash) }
    if record.pointee.nik != nil { byNIK.prefetch(hash32: record.pointee.nikHash) }
    if nameKeyHash != 0 { byName.prefetch(hash32: nameKeyHash, .slot) }
  }

  /// Inserts the row `record` points to, read where it lies: passed by value, each row was copied
  /// (its enums with text retained) and destroyed, 233 instructions a row at size M on the
  /// inserting thread.
  private mutating func insert(
    _ record: UnsafePointer<PreparedRegistryRows.Row>, nameKey: UnsafeBufferPointer<UInt8>?, nameKeyHash: UInt32,
    bytes: UnsafeBufferPointer<UInt8>
  ) {
    let index = kept.count
    let number = record.pointee.registrationNumber.map {
      RegistrationIndex.Key(
        bytes: bytes[keyRange: $0], code: record.pointee.registrationCode, hash32: record.pointee.registrationHash)
    }
    if let number {
      // One probe: the number goes in for a new enterprise, and says which it is when known.
      let first = byRegistration.insertIfAbsent(number, index)
      if first != index { return merge(record, number: number, into: first, method: .registrationNumber) }
      if let nib = record.pointee.nib, let existing = byNIB[nib.value, hash32: record.pointee.nibHash] {
        // Rare: a new number for a known NIB.
        byRegistration.replaceValue(number, with: existing)
        return merge(record, number: number, into: existing, method: .nib)
      }
    } else {
      if let nib = record.pointee.nib, let existing = byNIB[nib.value, hash32: record.pointee.nibHash] {
        return merge(record, number: nil, into: existing, method: .nib)
      }
      if let nik = record.pointee.nik, let existing = byNIK[nik.value, hash32: record.pointee.nikHash] {
        return merge(record, number: nil, into: existing, method: .nik)
      }
      if let nameKey, let existing = byName[bytes: nameKey, hash32: nameKeyHash] {
        return merge(record, number: nil, into: existing, method: .nameAndKelurahan)
      }
    }
    // A new enterprise. Names, address and NIK are indexed and not kept per enterprise: memory
    // stays proportional to enterprises, and small.
    kept.append(record)
    if let nib = record.pointee.nib { byNIB.insertIfAbsent(nib.value, hash32: record.pointee.nibHash, index) }
    if let nik = record.pointee.nik {
      // One probe: the index keeps the first enterprise with this NIK and says which it is.
      let first = byNIK.insertIfAbsent(nik.value, hash32: record.pointee.nikHash, index)
      if first != index, number != nil {
        withUnsafeBytes(of: nik.value.bigEndian) { key in
          duplicates.notePossible(
            .nik, id: nik.value, key: key.assumingMemoryBound(to: UInt8.self), first: kept.position(first),
            row: record.pointee.position)
        }
      }
    }
    if let nameKey {
      let first = byName.insertIfAbsent(bytes: nameKey, hash32: nameKeyHash, index)
      if first != index, number != nil {
        // The name index holds one key per enterprise (a merged row's name is not indexed), so the
        // enterprise that holds it tells the key apart.
        duplicates.notePossible(
          .nameAndKelurahan, id: UInt64(first), key: nameKey, first: kept.position(first), row: record.pointee.position)
      }
    }
    countPlaces(record)
  }

  private mutating func merge(
    _ record: UnsafePointer<PreparedRegistryRows.Row>, number: RegistrationIndex.Key?, into index: Int, method: LinkMethod
  ) {
    kept.merge(record, into: index)
    duplicates.noteMerged(method, into: index, first: kept.position(index), row: record.pointee.position)
    // The merged row's own keys (its number, a NIB the first row lacked) find the enterprise too.
    if let number { byRegistration.insertIfAbsent(number, index) }
    if let nib = record.pointee.nib { byNIB.insertIfAbsent(nib.value, hash32: record.pointee.nibHash, index) }
    if let nik = record.pointee.nik { byNIK.insertIfAbsent(nik.value, hash32: record.pointee.nikHash, index) }
  }

  /// The raw place names of a new enterprise, counted by id.
  private mutating func countPlaces(_ record: UnsafePointer<PreparedRegistryRows.Row>) {
    let largest = Int(max(record.pointee.kecamatan, record.pointee.kelurahan))
    if largest >= kecamatanCounts.count {
      kecamatanCounts += repeatElement(0, count: largest + 1 - kecamatanCounts.count)
    }
    if record.pointee.kecamatan >= 0 { kecamatanCounts[Int(record.pointee.kecamatan)] += 1 }
    if record.pointee.kelurahan >= 0 {
      kelurahanCounts.add(kecamatan: record.pointee.kecamatan, kelurahan: record.pointee.kelurahan)
    }
  }
}
