extension ReportFormat {
  /// A difference of two fractions in percentage points with its sign: `0.032` gives `+3,2`
  /// (id), `+3.2` (en); zero has no sign; `nil` gives "—".
  public func signedPoints(_ fraction: Double?, digits: Int = 1) -> String {
    guard let fraction, fraction.isFinite else { return Self.missing }
    let text = decimal(fraction * 100, digits: digits)
    return text.hasPrefix("-") || text == decimal(0, digits: digits) ? text : "+" + text
  }
}
