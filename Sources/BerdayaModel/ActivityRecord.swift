/// One enterprise's part in one programme activity (a training attended, an aid received, ...).
public struct ActivityRecord: Hashable, Sendable {
  public var location: SourceLocation
  public var activityID: String?
  public var activityName: String?
  /// The programme kind after the alias file; nil when neither kind nor name could be mapped.
  public var kind: ProgrammeKind?
  public var date: CalendarDate?
  /// How the activity names its enterprise: registration number, NIB, owner NIK or name.
  @InlineStored public var registrationNumber: String? = nil
  public var nib: NIB?
  public var ownerNIK: NIK?
  public var businessName: String?
  public var kelurahan: String?
  /// Where the activity took place, as written.
  @InlineStored public var kecamatan: String? = nil
  public var cost: Rupiah?
  public var partner: String?
  /// e.g. an e-commerce account's state; nil when the file has no status.
  public var isActive: Bool?

  public init(location: SourceLocation) { self.location = location }
}
