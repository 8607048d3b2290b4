/// One row of an office's registry of enterprises (DOMAIN.md, "Canonical record columns").
///
/// A nil field is unknown: the file left it empty or its value could not be read (the reason is
/// in the import's issue log). Unknown is never turned into zero or a default category.
public struct RegistryRecord: Hashable, Sendable {
  public var location: SourceLocation
  /// The text fields linkage keys on, held inline (`InlineText`: no heap String when short);
  /// `registrationNumber`, `businessName`, `kecamatan` and `kelurahan` read and write them as Strings.
  public var registrationNumberText: InlineText?
  public var nib: NIB?
  public var ownerNIK: NIK?
  public var businessNameText: InlineText?
  public var ownerName: String?
  public var gender: Gender?
  public var sector: Sector?
  public var scale: BusinessScale?
  public var kecamatanText: InlineText?
  public var kelurahanText: InlineText?
  public var address: String?
  public var registeredOn: CalendarDate?
  public var reRegisteredOn: CalendarDate?
  public var status: BinaanStatus?
  public var monthlyTurnover: Rupiah?
  public var workers: Int?

  public init(location: SourceLocation) { self.location = location }

  public var registrationNumber: String? {
    get { registrationNumberText?.string }
    set { registrationNumberText = newValue.map(InlineText.init) }
  }

  public var businessName: String? {
    get { businessNameText?.string }
    set { businessNameText = newValue.map(InlineText.init) }
  }

  public var kecamatan: String? {
    get { kecamatanText?.string }
    set { kecamatanText = newValue.map(InlineText.init) }
  }

  public var kelurahan: String? {
    get { kelurahanText?.string }
    set { kelurahanText = newValue.map(InlineText.init) }
  }

  /// The latest of the registration and re-registration dates.
  public var lastRegisteredOn: CalendarDate? {
    switch (registeredOn, reRegisteredOn) {
    case (let a?, let b?): max(a, b)
    case (let a?, nil): a
    case (nil, let b?): b
    case (nil, nil): nil
    }
  }
}
