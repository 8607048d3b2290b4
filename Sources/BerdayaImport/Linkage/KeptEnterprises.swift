import BerdayaModel

/// What the table builder keeps of each enterprise while the registry streams in, in columns:
/// raw place names, sectors and sources as the preparer's ids, everything else as the table will
/// hold it.
///
/// Measured: keeping each enterprise's first `RegistryRecord` (about 300 bytes plus its heap
/// strings) was some 400 MB of the 1 GB peak at size L (1M enterprises); a row here is about 60.
struct KeptEnterprises {
  /// Raw (not yet resolved) kecamatan and kelurahan names, ids into the preparer's places; -1 unknown.
  private(set) var kecamatan: [Int32] = []
  private(set) var kelurahan: [Int32] = []
  /// Ids into the preparer's sectors; -1 unknown.
  private(set) var sector: [Int32] = []
  /// `EnterpriseTable.binaan`.
  private(set) var binaan: [Bool?] = []
  private(set) var registeredOn: [CalendarDate?] = []
  private(set) var reRegisteredOn: [CalendarDate?] = []
  /// Where each enterprise's first row is: ids into the preparer's sources, and row numbers.
  private var source: [Int32] = []
  private var row: [Int32] = []

  var count: Int { kecamatan.count }

  /// Makes room for `count` enterprises in every column.
  mutating func reserveCapacity(_ count: Int) {
    kecamatan.reserveCapacity(count)
    kelurahan.reserveCapacity(count)
    sector.reserveCapacity(count)
    binaan.reserveCapacity(count)
    registeredOn.reserveCapacity(count)
    reRegisteredOn.reserveCapacity(count)
    source.reserveCapacity(count)
    row.reserveCapacity(count)
  }

  /// Keeps a new enterprise's first row, read where it lies (`EnterpriseTableDraft.insert` says why).
  mutating func append(_ record: UnsafePointer<PreparedRegistryRows.Row>) {
    kecamatan.append(record.pointee.kecamatan)
    kelurahan.append(record.pointee.kelurahan)
    sector.append(record.pointee.sector)
    binaan.append(record.pointee.binaan)
    registeredOn.append(record.pointee.registeredOn)
    reRegisteredOn.append(record.pointee.reRegisteredOn)
    source.append(record.pointee.source)
    row.append(record.pointee.row)
  }

  /// Folds a later row of enterprise `index` in: the earliest registration, the latest
  /// re-registration, and what the first row left unknown.
  mutating func merge(_ record: UnsafePointer<PreparedRegistryRows.Row>, into index: Int) {
    let known = registeredOn[index]
    let first = min(known, record.pointee.registeredOn)
    var last = max(max(reRegisteredOn[index], record.pointee.reRegisteredOn), record.pointee.registeredOn)
    if last == first { last = nil }
    registeredOn[index] = first
    reRegisteredOn[index] = last
    binaan[index] = binaan[index] ?? record.pointee.binaan
    if sector[index] < 0 { sector[index] = record.pointee.sector }
    if kecamatan[index] < 0 { kecamatan[index] = record.pointee.kecamatan }
    if kelurahan[index] < 0 { kelurahan[index] = record.pointee.kelurahan }
  }

  /// The earlier of two dates, either one when the other is unknown.
  private func min(_ a: CalendarDate?, _ b: CalendarDate?) -> CalendarDate? {
    guard let a, let b else { return a ?? b }
    return Swift.min(a, b)
  }

  /// The later of two dates, either one when the other is unknown.
  private func max(_ a: CalendarDate?, _ b: CalendarDate?) -> CalendarDate? {
    guard let a, let b else { return a ?? b }
    return Swift.max(a, b)
  }

  /// Where enterprise `index`'s first row is, as ids.
  func position(_ index: Int) -> (source: Int32, row: Int32) { (source[index], row[index]) }

  /// The latest of the registration and re-registration dates of enterprise `index`.
  func lastRegisteredOn(_ index: Int) -> CalendarDate? { max(registeredOn[index], reRegisteredOn[index]) }
}
