/// The registry after import, normalisation and de-duplication: one entry per enterprise, in
/// columns of small integers (kecamatan, kelurahan and sector are interned).
///
/// This is the whole per-enterprise state the analysis starts from; personal data (NIK, names,
/// addresses) is not in it. `-1` means unknown in the id columns, `nil` elsewhere.
public struct EnterpriseTable: Sendable {
  public var kecamatanNames: [String] = []
  public var kelurahanNames: [String] = []
  public var sectorNames: [String] = []

  public var kecamatan: [Int32] = []
  public var kelurahan: [Int32] = []
  public var sector: [Int32] = []
  /// Whether each enterprise is binaan (status `Ya`): false for `Tidak` and for any other word (the
  /// import lists it as an issue), nil where no status is given.
  public var binaan: [Bool?] = []
  public var registeredOn: [CalendarDate?] = []
  public var lastRegisteredOn: [CalendarDate?] = []

  public init() {}

  public var count: Int { kecamatan.count }

  /// True when the enterprise is a registered, assisted member (status `Ya`).
  @inlinable public func isBinaan(_ index: Int) -> Bool { binaan[index] == true }

  /// The kecamatan name of an enterprise, nil when unknown.
  public func kecamatanName(_ index: Int) -> String? {
    let id = kecamatan[index]
    return id < 0 ? nil : kecamatanNames[Int(id)]
  }

  /// The sector name of an enterprise, nil when unknown.
  public func sectorName(_ index: Int) -> String? {
    let id = sector[index]
    return id < 0 ? nil : sectorNames[Int(id)]
  }

  /// Appends one enterprise; the caller has interned its names.
  public mutating func append(
    kecamatan: Int32, kelurahan: Int32, sector: Int32, binaan: Bool?, registeredOn: CalendarDate?,
    lastRegisteredOn: CalendarDate?
  ) {
    self.kecamatan.append(kecamatan)
    self.kelurahan.append(kelurahan)
    self.sector.append(sector)
    self.binaan.append(binaan)
    self.registeredOn.append(registeredOn)
    self.lastRegisteredOn.append(lastRegisteredOn)
  }
}
