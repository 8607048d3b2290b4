import BerdayaModel

/// A total a file states for itself (a `JUMLAH` row, a total column) beside the sum of the parts
/// it covers, as read. Totals are checked, never trusted, and never counted as a unit.
public struct StatedTotal: Hashable, Sendable {
  /// Where the stated total stands (its row, and its column for a wide table).
  public var location: SourceLocation
  /// What it totals, for messages: `rows 5-154`, `row 'Serpong'`, `column 'Mikro'`.
  public var scope: String
  /// The number the file writes; nil when the cell is empty or not a number.
  public var stated: Int?
  /// The sum of the accepted counts it covers.
  public var computed: Int

  public init(location: SourceLocation, scope: String, stated: Int?, computed: Int) {
    self.location = location
    self.scope = scope
    self.stated = stated
    self.computed = computed
  }

  /// True when the file's total equals the sum of its parts.
  public var agrees: Bool { stated == computed }

  /// `file:155: the totals row (rows 5-154) states 112,708; its parts sum to 112,708`.
  public var message: String {
    let written = stated.map(String.init) ?? "no number"
    return "\(location): the total of \(scope) states \(written); its parts sum to \(computed)"
  }
}
