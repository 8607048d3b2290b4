/// One enterprise's part in one programme activity (a training attended, an aid received, ...).
public struct ActivityRecord: Hashable, Sendable {
  public var location: SourceLocation
  /// The activity's id and name, and its partner, as `InlineText` (no heap String for text of up to
  /// 32 bytes). Measured: making them Strings was 3.5% of the instructions of reading activities
  /// into records, 4% of the CPU time at L.
  @InlineStored public var activityID: String? = nil
  @InlineStored public var activityName: String? = nil
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
  @InlineStored public var partner: String? = nil
  /// e.g. an e-commerce account's state; nil when the file has no status.
  public var isActive: Bool?

  public init(location: SourceLocation) { self.location = location }
}
