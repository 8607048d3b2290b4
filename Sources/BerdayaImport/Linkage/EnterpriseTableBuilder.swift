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
  private var kept = KeptEnterprises()
  private var byRegistration = KeyIndex()
  private var byNIB = KeyIndex()
  private var byNIK = KeyIndex()
  private var byName = KeyIndex()
  private var duplicates: [Int: (LinkMethod, [SourceLocation])] = [:]
  private var possible: [String: (LinkMethod, [SourceLocation])] = [:]
  /// Raw kecamatan -> count, and raw (kecamatan, kelurahan) pairs -> count, for normalisation.
  private var kecamatanCounts: [String: Int] = [:]
  /// Folded business names by raw name: folding is the costliest step per row and names repeat.
  private var foldedNames: [String: String] = [:]
  private var foldedKelurahans: [String: String] = [:]
  private var kelurahanCounts: [PlacePair: Int] = [:]

  public init() {}

  /// Adds one accepted registry record.
  public func add(_ record: RegistryRecord) {
    if let existing = match(record) {
      merge(record, into: existing.index, method: existing.method)
      // The merged row's own keys (its number, a NIB the first row lacked) find the enterprise too.
      if let number = record.registrationNumber { byRegistration.insertIfAbsent(number, existing.index) }
      if let nib = record.nib { byNIB.insertIfAbsent(nib.digits, existing.index) }
      if let nik = record.ownerNIK { byNIK.insertIfAbsent(nik.digits, existing.index) }
      return
    }
    let index = kept.count
    // Names, address and NIK are indexed below and not kept per enterprise: memory stays
    // proportional to enterprises, and small.
    kept.append(record)
    if let number = record.registrationNumber { byRegistration.insertIfAbsent(number, index) }
    if let nib = record.nib { byNIB.insertIfAbsent(nib.digits, index) }
    if let nik = record.ownerNIK {
      // One probe: the index keeps the first enterprise with this NIK and says which it is.
      let first = byNIK.insertIfAbsent(nik.digits, index)
      if first != index, record.registrationNumber != nil { notePossible(.nik, nik.digits, first, record) }
    }
    if let key = nameKey(record) {
      let first = byName.insertIfAbsent(key, index)
      if first != index, record.registrationNumber != nil { notePossible(.nameAndKelurahan, key, first, record) }
    }
    if let kecamatan = record.kecamatan { kecamatanCounts[kecamatan, default: 0] += 1 }
    if let kelurahan = record.kelurahan {
      kelurahanCounts[PlacePair(kecamatan: record.kecamatan, kelurahan: kelurahan), default: 0] += 1
    }
  }

  private func match(_ record: RegistryRecord) -> (index: Int, method: LinkMethod)? {
    if let number = record.registrationNumber {
      if let index = byRegistration[number] { return (index, .registrationNumber) }
      if let nib = record.nib, let index = byNIB[nib.digits] { return (index, .nib) }
      return nil
    }
    if let nib = record.nib, let index = byNIB[nib.digits] { return (index, .nib) }
    if let nik = record.ownerNIK, let index = byNIK[nik.digits] { return (index, .nik) }
    if let key = nameKey(record), let index = byName[key] { return (index, .nameAndKelurahan) }
    return nil
  }

  private func merge(_ record: RegistryRecord, into index: Int, method: LinkMethod) {
    kept.merge(record, into: index)
    var group = duplicates[index] ?? (method, [kept.location(index)])
    group.1.append(record.location)
    duplicates[index] = group
  }

  private func notePossible(_ method: LinkMethod, _ key: String, _ other: Int, _ record: RegistryRecord) {
    let groupKey = method.rawValue + "\u{1F}" + key
    var group = possible[groupKey] ?? (method, [kept.location(other)])
    group.1.append(record.location)
    possible[groupKey] = group
  }

  private func nameKey(_ record: RegistryRecord) -> String? {
    guard let name = record.businessName else { return nil }
    let folded: String
    if let known = foldedNames[name] {
      folded = known
    } else {
      folded = BusinessNameKey(name)?.key ?? ""
      foldedNames[name] = folded
    }
    guard !folded.isEmpty else { return nil }
    let kelurahan = record.kelurahan ?? ""
    let kelurahanKey = foldedKelurahans[kelurahan] ?? PlaceNameFolder.key(kelurahan)
    foldedKelurahans[kelurahan] = kelurahanKey
    return ActivityLinker.nameKey(folded: folded, kelurahanKey: kelurahanKey)
  }

  /// The finished table, the linker for activities, and the duplicate groups (merged and possible).
  public func build(places: PlaceNormalisation) -> EnterpriseRegistry {
    var table = EnterpriseTable()
    var kecamatans = Interner<String>()
    var kelurahans = Interner<String>()
    var sectors = Interner<String>()
    var places = places
    let kecamatanOf = places.resolveKecamatans(kecamatanCounts)
    let kelurahanOf = places.resolveKelurahans(kelurahanCounts, kecamatans: kecamatanOf)
    for index in 0..<kept.count {
      let rawKecamatan = kept.placeName(kept.kecamatan[index])
      let kecamatan = rawKecamatan.flatMap { kecamatanOf[$0]?.name }.map { kecamatans.intern($0) } ?? -1
      let kelurahan =
        kept.placeName(kept.kelurahan[index]).flatMap { kelurahanOf[PlacePair(kecamatan: rawKecamatan, kelurahan: $0)] }
        .map { kelurahans.intern($0) } ?? -1
      let sectorID = kept.sector[index]
      let sector = sectorID < 0 ? -1 : sectors.intern(kept.sectors.values[Int(sectorID)].name)
      table.append(
        kecamatan: kecamatan, kelurahan: kelurahan, sector: sector, status: kept.status[index],
        scale: kept.scale[index], gender: kept.gender[index], registeredOn: kept.registeredOn[index],
        lastRegisteredOn: kept.lastRegisteredOn(index), monthlyTurnover: kept.monthlyTurnover[index])
    }
    table.kecamatanNames = kecamatans.values
    table.kelurahanNames = kelurahans.values
    table.sectorNames = sectors.values
    let merged = duplicates.keys.sorted().compactMap { key in
      duplicates[key].map { DuplicateGroup(method: $0.0, merged: true, rows: $0.1) }
    }
    let listed = possible.keys.sorted().compactMap { key in
      possible[key].map { DuplicateGroup(method: $0.0, merged: false, rows: $0.1) }
    }
    let linker = ActivityLinker(
      byRegistration: byRegistration, byNIB: byNIB, byNIK: byNIK, byName: byName)
    return EnterpriseRegistry(table: table, linker: linker, duplicates: merged + listed, places: places)
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
