/// A problem with one value of one row, found while importing.
///
/// When `quarantinesRow` is true the whole row was set aside (it could not become a record);
/// otherwise the row was kept and this one value is unknown.
public struct ImportIssue: Hashable, Sendable {
  public var location: SourceLocation
  /// The raw text of the cell, as read (NIKs masked by the writers).
  public var value: String
  public var reason: String
  public var quarantinesRow: Bool

  public init(location: SourceLocation, value: String, reason: String, quarantinesRow: Bool) {
    self.location = location
    self.value = value
    self.reason = reason
    self.quarantinesRow = quarantinesRow
  }
}
