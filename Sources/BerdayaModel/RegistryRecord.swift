/// One row of an office's registry of enterprises (DOMAIN.md, "Canonical record columns").
///
/// A nil field is unknown: the file left it empty or its value could not be read (the reason is
/// in the import's issue log). Unknown is never turned into zero or a default category.
public struct RegistryRecord: Hashable, Sendable {
  public var location: SourceLocation
  /// The text fields linkage keys on are held inline (`InlineStored`: no heap String when short).
  @InlineStored public var registrationNumber: String? = nil
  public var nib: NIB?
  public var ownerNIK: NIK?
  @InlineStored public var businessName: String? = nil
  public var ownerName: String?
  public var gender: Gender?
  public var sector: Sector?
  public var scale: BusinessScale?
  @InlineStored public var kecamatan: String? = nil
  @InlineStored public var kelurahan: String? = nil
  public var address: String?
  public var registeredOn: CalendarDate?
  public var reRegisteredOn: CalendarDate?
  public var status: BinaanStatus?
  public var monthlyTurnover: Rupiah?
  public var workers: Int?

  public init(location: SourceLocation) { self.location = location }

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
