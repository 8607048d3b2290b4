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
  /// thread (`withPreparer`) while `insert` runs on another, so the two share no state until `build`.
  private var preparer = RegistryRowPreparer()
  /// Everything inserted so far; nil only while `insert` or `build` works on it as a local.
  private var draft: EnterpriseTableDraft? = EnterpriseTableDraft()
  /// The name keys of the batch being inserted.
  private var nameKeys: BatchNameKeys

  public convenience init() { self.init(nameCacheLimit: BusinessNameCache.defaultLimit) }

  /// A builder caching at most `nameCacheLimit` folded business names.
  init(nameCacheLimit: Int) { nameKeys = BatchNameKeys(nameCacheLimit: nameCacheLimit) }

  /// Makes room for about `rows` more registry rows (`EnterpriseTableDraft.reserveCapacity`).
  func reserveCapacity(rows: Int) { withDraft { $0.reserveCapacity(rows: rows) } }

  /// Adds one accepted registry record (prepares and inserts it on the calling thread).
  public func add(_ record: RegistryRecord) {
    var batch = PreparedRegistryRows(capacity: 1)
    preparer.prepare(record, into: &batch)
    insert(&batch)
  }

  /// Adds prepared rows, in order: the first row of an enterprise is the one kept. The batch's place
  /// ids are given here, on the calling thread (`RawPlaceNames`).
  func insert(_ batch: inout PreparedRegistryRows) { withDraft { $0.insert(&batch, nameKeys: &nameKeys) } }

  /// Runs `body` on the preparer moved out of the builder (see `RegistryRowPreparer`); only
  /// `insert` may run meanwhile.
  func withPreparer<Result>(_ body: (inout RegistryRowPreparer) throws -> Result) rethrows -> Result {
    var preparer = self.preparer
    self.preparer = RegistryRowPreparer()
    defer { self.preparer = preparer }
    return try body(&preparer)
  }

  /// Runs `body` on the draft moved out of the builder (see `EnterpriseTableDraft`).
  private func withDraft<Result>(_ body: (inout EnterpriseTableDraft) -> Result) -> Result {
    guard var draft = draft.take() else { preconditionFailure("the enterprise table builder was entered twice at once") }
    defer { self.draft = draft }
    return body(&draft)
  }

  /// The finished table, the linker for activities, the duplicates counted, and, when
  /// `listingDuplicates`, their groups (merged and possible).
  ///
  /// The kept columns move into the table (resolved in place where they change), so the
  /// enterprises are not held twice. Without listing, the groups are not made at all: measured at
  /// size L (159k groups of 893k rows), making them (sorting the groups by key) was 0.1 s on one
  /// thread between the registry and the activities, for a report that reads two counts.
  public func build(places: PlaceNormalisation, listingDuplicates: Bool = true) -> EnterpriseRegistry {
    var places = places
    // A local: the closures below read it per row and per enterprise.
    let preparer = self.preparer
    // What was inserted moves into the table, and the builder starts over.
    var draft = withDraft { draft in
      defer { draft = EnterpriseTableDraft() }
      return draft
    }
    // The groups first, so that the ledger is freed before the table's columns are made. Measured
    // at L: with the ledger and the kept columns alive through the whole build, the peak RSS of
    // validate --registry was 366 MB; 341 MB now.
    let ledger = draft.takeDuplicates()
    let groups = listingDuplicates ? ledger.groups(sources: preparer.rowSources) : nil
    let kept = draft.takeKept()
    let rawPlaces = draft.rawPlaces
    var kecamatanCounts: [String: Int] = [:]
    for (id, count) in draft.kecamatanCounts.enumerated() where count > 0 {
      if let name = rawPlaces.placeName(Int32(id)) { kecamatanCounts[name] = count }
    }
    var kelurahanCounts: [PlacePair: Int] = [:]
    for (kecamatan, kelurahan, count) in draft.kelurahanCounts.pairs {
      if let kelurahan = rawPlaces.placeName(kelurahan) {
        kelurahanCounts[PlacePair(kecamatan: rawPlaces.placeName(kecamatan), kelurahan: kelurahan), default: 0] += count
      }
    }
    let kecamatanOf = places.resolveKecamatans(kecamatanCounts)
    let kelurahanOf = places.resolveKelurahans(kelurahanCounts, kecamatans: kecamatanOf)

    // Names are interned in the order enterprises first use them, each raw id resolved once.
    var kecamatans = Interner<String>()
    var kelurahans = Interner<String>()
    var sectors = Interner<String>()
    let unresolved: Int32 = -2
    var kecamatanByPlace = Array(repeating: unresolved, count: rawPlaces.places.count)
    var kelurahanByPair: [Int64: Int32] = [:]
    var sectorByID = Array(repeating: unresolved, count: preparer.sectors.count)
    var table = EnterpriseTable()
    table.kecamatan = kept.kecamatan.map { raw in
      guard raw >= 0 else { return -1 }
      if kecamatanByPlace[Int(raw)] == unresolved {
        kecamatanByPlace[Int(raw)] = rawPlaces.placeName(raw).flatMap { kecamatanOf[$0]?.name }.map { kecamatans.intern($0) } ?? -1
      }
      return kecamatanByPlace[Int(raw)]
    }
    // A raw kelurahan nearly always comes with one raw kecamatan: the first pair of each is kept by
    // the kelurahan's id, and only the others are hashed (a dictionary lookup per enterprise was
    // 29M instructions of the report at M, on the registry's last, single-threaded step).
    let noPair: Int32 = -3
    var firstPairOf = Array(repeating: (kecamatan: noPair, id: Int32(0)), count: rawPlaces.places.count)
    table.kelurahan = zip(kept.kecamatan, kept.kelurahan).map { rawKecamatan, raw in
      guard raw >= 0 else { return -1 }
      let first = firstPairOf[Int(raw)]
      if first.kecamatan == rawKecamatan { return first.id }
      let pair = Int64(rawKecamatan) << 32 | Int64(raw)
      if let known = kelurahanByPair[pair] { return known }
      let id =
        rawPlaces.placeName(raw).flatMap { kelurahanOf[PlacePair(kecamatan: rawPlaces.placeName(rawKecamatan), kelurahan: $0)] }
        .map { kelurahans.intern($0) } ?? -1
      if first.kecamatan == noPair { firstPairOf[Int(raw)] = (rawKecamatan, id) } else { kelurahanByPair[pair] = id }
      return id
    }
    table.sector = kept.sector.map { raw in
      guard raw >= 0 else { return -1 }
      if sectorByID[Int(raw)] == unresolved { sectorByID[Int(raw)] = sectors.intern(preparer.sectors.values[Int(raw)].name) }
      return sectorByID[Int(raw)]
    }
    table.binaan = kept.binaan
    table.registeredOn = kept.registeredOn
    table.lastRegisteredOn = (0..<kept.count).map { kept.lastRegisteredOn($0) }
    table.kecamatanNames = kecamatans.values
    table.kelurahanNames = kelurahans.values
    table.sectorNames = sectors.values
    let linker = ActivityLinker(
      registrationCodes: draft.registrationCodes, byRegistration: draft.byRegistration, byNIB: draft.byNIB,
      byNIK: draft.byNIK, byName: draft.byName)
    return EnterpriseRegistry(
      table: table, linker: linker, mergedDuplicateRows: ledger.mergedRowCount,
      possibleDuplicateGroups: ledger.possibleGroupCount, duplicates: groups, places: places)
  }
}

/// The registry after building: the table, the keys to link activities by, and the duplicates.
public struct EnterpriseRegistry: Sendable {
  public var table: EnterpriseTable
  public var linker: ActivityLinker
  /// Registry rows merged into an enterprise whose first row they are not.
  public var mergedDuplicateRows: Int
  /// Groups of rows listed as possible duplicates, for a person to check.
  public var possibleDuplicateGroups: Int
  /// The duplicate groups, merged and possible; nil unless the build listed them.
  public var duplicates: DuplicateGroups?
  /// The place-name decisions made (for normalisation.csv and the report).
  public var places: PlaceNormalisation
}
