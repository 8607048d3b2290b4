/// One activity after linkage: the enterprise it reached (if any) and what the analysis needs of it.
public struct LinkedActivity: Sendable {
  /// Index into `EnterpriseTable`, nil when the activity matched no registered enterprise.
  public var enterprise: Int32?
  public var kind: ProgrammeKind
  public var date: CalendarDate?
  public var cost: Rupiah?
  public var isActive: Bool?
  /// Where the activity took place (used to place activities outside the registry).
  public var kecamatan: String?
  public var activityID: String?

  public init(
    enterprise: Int32?, kind: ProgrammeKind, date: CalendarDate?, cost: Rupiah?, isActive: Bool?,
    kecamatan: String?, activityID: String?
  ) {
    self.enterprise = enterprise
    self.kind = kind
    self.date = date
    self.cost = cost
    self.isActive = isActive
    self.kecamatan = kecamatan
    self.activityID = activityID
  }
}
