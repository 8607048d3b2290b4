/// One row of an office's registry of enterprises (DOMAIN.md, "Canonical record columns").
///
/// A nil field is unknown: the file left it empty or its value could not be read (the reason is
/// in the import's issue log). Unknown is never turned into zero or a default category.
public struct RegistryRecord: Hashable, Sendable {
  public var location: SourceLocation
  public var registrationNumber: String?
  public var nib: NIB?
  public var ownerNIK: NIK?
  public var businessName: String?
  public var ownerName: String?
  public var gender: Gender?
  public var sector: Sector?
  public var scale: BusinessScale?
  public var kecamatan: String?
  public var kelurahan: String?
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
