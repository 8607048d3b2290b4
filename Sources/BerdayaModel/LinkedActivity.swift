/// One activity after linkage: the enterprise it reached (if any) and what the analysis needs of it.
public struct LinkedActivity: Sendable {
  /// Index into `EnterpriseTable`, nil when the activity matched no registered enterprise.
  public var enterprise: Int32?
  public var kind: ProgrammeKind
  public var date: CalendarDate?
  public var cost: Rupiah?
  public var isActive: Bool?
  /// Where the activity took place; needed only when `enterprise` is nil (activities outside the
  /// registry are counted by the place they took place in).
  public var kecamatan: String?

  public init(
    enterprise: Int32?, kind: ProgrammeKind, date: CalendarDate?, cost: Rupiah?, isActive: Bool?,
    kecamatan: String?
  ) {
    self.enterprise = enterprise
    self.kind = kind
    self.date = date
    self.cost = cost
    self.isActive = isActive
    self.kecamatan = kecamatan
  }
}
