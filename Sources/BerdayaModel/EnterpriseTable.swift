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
  public var status: [BinaanStatus?] = []
  public var scale: [BusinessScale?] = []
  public var gender: [Gender?] = []
  public var registeredOn: [CalendarDate?] = []
  public var lastRegisteredOn: [CalendarDate?] = []
  public var monthlyTurnover: [Rupiah?] = []

  public init() {}

  public var count: Int { kecamatan.count }

  /// True when the enterprise is a registered, assisted member (status `Ya`).
  @inlinable public func isBinaan(_ index: Int) -> Bool { status[index] == .member }

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
    kecamatan: Int32, kelurahan: Int32, sector: Int32, status: BinaanStatus?, scale: BusinessScale?,
    gender: Gender?, registeredOn: CalendarDate?, lastRegisteredOn: CalendarDate?, monthlyTurnover: Rupiah?
  ) {
    self.kecamatan.append(kecamatan)
    self.kelurahan.append(kelurahan)
    self.sector.append(sector)
    self.status.append(status)
    self.scale.append(scale)
    self.gender.append(gender)
    self.registeredOn.append(registeredOn)
    self.lastRegisteredOn.append(lastRegisteredOn)
    self.monthlyTurnover.append(monthlyTurnover)
  }
}
