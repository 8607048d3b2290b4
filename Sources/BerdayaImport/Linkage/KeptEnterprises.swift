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

  private(set) var places = Interner<String>()
  private(set) var sectors = Interner<Sector>()
  private var sources = Interner<Source>()

  private struct Source: Hashable, Sendable {
    var file: String
    var sheet: String?
  }

  var count: Int { kecamatan.count }

  /// Keeps a new enterprise's first row.
  mutating func append(_ record: RegistryRecord) {
    kecamatan.append(record.kecamatan.map { places.intern($0) } ?? -1)
    kelurahan.append(record.kelurahan.map { places.intern($0) } ?? -1)
    sector.append(record.sector.map { sectors.intern($0) } ?? -1)
    status.append(record.status)
    scale.append(record.scale)
    gender.append(record.gender)
    registeredOn.append(record.registeredOn)
    reRegisteredOn.append(record.reRegisteredOn)
    monthlyTurnover.append(record.monthlyTurnover)
    source.append(sources.intern(Source(file: record.location.file, sheet: record.location.sheet)))
    row.append(Int32(clamping: record.location.row))
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

  /// Where enterprise `index`'s first row is.
  func location(_ index: Int) -> SourceLocation {
    let place = sources.values[Int(source[index])]
    return SourceLocation(file: place.file, sheet: place.sheet, row: Int(row[index]))
  }

  /// The raw name behind a place id, nil for -1.
  func placeName(_ id: Int32) -> String? { id < 0 ? nil : places.values[Int(id)] }

  /// The latest of the registration and re-registration dates of enterprise `index`.
  func lastRegisteredOn(_ index: Int) -> CalendarDate? {
    [registeredOn[index], reRegisteredOn[index]].compactMap { $0 }.max()
  }
}
