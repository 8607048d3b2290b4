import BerdayaModel

/// The per-row work of building the enterprise table that reads no builder state: it copies the
/// keys' bytes and interns the sector and the source. It runs on the thread that reads the
/// registry, ahead of the ordered insert; the keys are coded and hashed, and the raw place names
/// interned, on the inserting thread (`EnterpriseTableDraft.insert`).
///
/// The business name is hashed and folded on the inserting thread, from a cache
/// (`BusinessNameCache`) whose slots it asks for rows ahead. Measured at size L (1M rows): with the
/// cache looked up here, this thread became the longer one (52% of the samples to the inserting
/// thread's 31%), the lookups, mostly cache misses, 9% of them.
///
/// Sector ids depend only on the order sectors are first seen here, and the builder uses them for
/// counting only: the table interns the resolved names again, in enterprise order.
///
/// A value, which the reading thread holds as a local for the whole read
/// (`EnterpriseTableBuilder.withPreparer`): measured at size L (1M rows), as a class its every
/// index probe and array append retained and released the arrays, 3% of the reading thread.
struct RegistryRowPreparer {
  private(set) var sectors = Interner<Sector>()
  private var sources = Interner<RowSource>()
  /// The last source interned: rows of one file arrive together, so most rows skip the hashing.
  private var lastSource: (source: RowSource, id: Int32)?
  /// The ids of the known sectors by their place in `Sector.known`, -1 until first seen. Measured
  /// at size L (1M rows, sectors in no order): the last sector remembered missed most rows, and
  /// interning (hashing) the sector was 2% of the reading thread.
  private var knownSectorIDs = Array(repeating: Int32(-1), count: Sector.known.count)

  /// Appends `record`, prepared, to `batch`, all but its keys' codes and hashes and its place ids,
  /// which the inserting thread gives the batch's rows together (`EnterpriseTableDraft.insert`).
  mutating func prepare(_ record: borrowing RegistryRecord, into batch: inout PreparedRegistryRows) {
    let registrationNumber = record.$registrationNumber.map { batch.appendBytes(of: $0) }
    let businessName = record.$businessName.map { batch.appendBytes(of: $0) }
    let kelurahan = record.$kelurahan.map { batch.appendBytes(of: $0) }
    let kecamatan = record.$kecamatan.map { batch.appendBytes(of: $0) }
    let source = source(of: record.location)
    let sector = record.sector.map { sectorID($0) } ?? -1
    batch.append(
      PreparedRegistryRows.Row(
        source: source, row: Int32(clamping: record.location.row),
        registrationNumber: registrationNumber, registrationCode: nil, businessName: businessName, kelurahanKey: nil,
        nib: record.nib, nik: record.ownerNIK, registrationHash: 0, businessNameHash: 0,
        nibHash: record.nib.map { NumberIndex.hash32($0.value) } ?? 0,
        nikHash: record.ownerNIK.map { NumberIndex.hash32($0.value) } ?? 0,
        kecamatan: -1, kelurahan: -1, sector: sector,
        binaan: record.status.map { $0 == .member }, registeredOn: record.registeredOn,
        reRegisteredOn: record.reRegisteredOn),
      places: PreparedRegistryRows.PlaceNames(
        kecamatan: kecamatan, kelurahan: kelurahan, kecamatanHash: 0, kelurahanHash: 0,
        hasBusinessName: businessName != nil))
  }

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
    guard let known = sector.knownIndex else { return sectors.intern(sector) }
    if knownSectorIDs[known] < 0 { knownSectorIDs[known] = sectors.intern(sector) }
    return knownSectorIDs[known]
  }
}
