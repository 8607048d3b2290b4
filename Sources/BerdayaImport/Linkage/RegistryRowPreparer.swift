import BerdayaModel

/// The per-row work of building the enterprise table that reads no builder state: it copies the
/// keys' bytes and interns the raw place names, the sector and the source. It runs on the thread
/// that reads the registry, ahead of the ordered insert.
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

  /// Appends `record`, prepared, to `batch`.
  func prepare(_ record: RegistryRecord, into batch: inout PreparedRegistryRows) {
    let registrationNumber = record.registrationNumber.map { batch.appendBytes(of: $0) }
    let businessName = record.businessName.map { batch.appendBytes(of: $0) }
    let kelurahanName = businessName == nil ? nil : record.kelurahan.map { batch.appendBytes(of: $0) }
    batch.append(
      PreparedRegistryRows.Row(
        source: source(of: record.location), row: Int32(clamping: record.location.row),
        registrationNumber: registrationNumber, businessName: businessName, kelurahanName: kelurahanName,
        nib: record.nib, nik: record.ownerNIK,
        kecamatan: record.kecamatan.map { places.intern($0) } ?? -1,
        kelurahan: record.kelurahan.map { places.intern($0) } ?? -1, sector: record.sector.map(sectorID) ?? -1,
        status: record.status, scale: record.scale, gender: record.gender, registeredOn: record.registeredOn,
        reRegisteredOn: record.reRegisteredOn, monthlyTurnover: record.monthlyTurnover))
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
