import BerdayaModel

/// What the table builder keeps of each enterprise while the registry streams in, in columns:
/// raw place names, sectors and sources interned, everything else as the table will hold it.
///
/// Measured: keeping each enterprise's first `RegistryRecord` (about 300 bytes plus its heap
/// strings) was some 400 MB of the 1 GB peak at size L (1M enterprises); a row here is about 60.
struct KeptEnterprises {
  /// Raw (not yet resolved) kecamatan and kelurahan names, ids into `places`; -1 unknown.
  private(set) var kecamatan: [Int32] = []
  private(set) var kelurahan: [Int32] = []
  /// Ids into `sectors`; -1 unknown.
  private(set) var sector: [Int32] = []
  private(set) var status: [BinaanStatus?] = []
  private(set) var scale: [BusinessScale?] = []
  private(set) var gender: [Gender?] = []
  private(set) var registeredOn: [CalendarDate?] = []
  private(set) var reRegisteredOn: [CalendarDate?] = []
  private(set) var monthlyTurnover: [Rupiah?] = []
  /// Where each enterprise's first row is: ids into `sources`, and row numbers.
  private var source: [Int32] = []
  private var row: [Int32] = []
  /// The last source interned: rows of one file arrive together, so most rows skip the hashing.
  private var lastSource: (source: Source, id: Int32)?

  private(set) var places = Interner<String>()
  private(set) var sectors = Interner<Sector>()
  private var sources = Interner<Source>()

  private struct Source: Hashable, Sendable {
    var file: String
    var sheet: String?
  }

  var count: Int { kecamatan.count }

  /// Where a record is, as ids: its source (file and sheet) interned, and its row.
  mutating func position(of location: SourceLocation) -> (source: Int32, row: Int32) {
    let place = Source(file: location.file, sheet: location.sheet)
    if let last = lastSource, last.source == place { return (last.id, Int32(clamping: location.row)) }
    let id = sources.intern(place)
    lastSource = (place, id)
    return (id, Int32(clamping: location.row))
  }

  /// Keeps a new enterprise's first row, which is at `position`.
  mutating func append(_ record: RegistryRecord, at position: (source: Int32, row: Int32)) {
    kecamatan.append(record.kecamatan.map { places.intern($0) } ?? -1)
    kelurahan.append(record.kelurahan.map { places.intern($0) } ?? -1)
    sector.append(record.sector.map { sectors.intern($0) } ?? -1)
    status.append(record.status)
    scale.append(record.scale)
    gender.append(record.gender)
    registeredOn.append(record.registeredOn)
    reRegisteredOn.append(record.reRegisteredOn)
    monthlyTurnover.append(record.monthlyTurnover)
    source.append(position.source)
    row.append(position.row)
  }

  /// Folds a later row of enterprise `index` in: the earliest registration, the latest
  /// re-registration, and what the first row left unknown.
  mutating func merge(_ record: RegistryRecord, into index: Int) {
    let first = [registeredOn[index], record.registeredOn].compactMap { $0 }.min()
    var last = [reRegisteredOn[index], record.reRegisteredOn, record.registeredOn].compactMap { $0 }.max()
    if last == first { last = nil }
    registeredOn[index] = first
    reRegisteredOn[index] = last
    status[index] = status[index] ?? record.status
    if sector[index] < 0, let value = record.sector { sector[index] = sectors.intern(value) }
    if kecamatan[index] < 0, let value = record.kecamatan { kecamatan[index] = places.intern(value) }
    if kelurahan[index] < 0, let value = record.kelurahan { kelurahan[index] = places.intern(value) }
  }

  /// Where enterprise `index`'s first row is, as ids.
  func position(_ index: Int) -> (source: Int32, row: Int32) { (source[index], row[index]) }

  /// A position as a location.
  func location(source: Int32, row: Int32) -> SourceLocation {
    let place = sources.values[Int(source)]
    return SourceLocation(file: place.file, sheet: place.sheet, row: Int(row))
  }

  /// The raw name behind a place id, nil for -1.
  func placeName(_ id: Int32) -> String? { id < 0 ? nil : places.values[Int(id)] }

  /// The latest of the registration and re-registration dates of enterprise `index`.
  func lastRegisteredOn(_ index: Int) -> CalendarDate? {
    [registeredOn[index], reRegisteredOn[index]].compactMap { $0 }.max()
  }
}
