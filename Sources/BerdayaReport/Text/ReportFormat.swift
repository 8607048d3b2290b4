import BerdayaAnalysis
import BerdayaModel

/// Number, percent, interval and date formatting for every report (Markdown, SVG and XLSX text).
///
/// Indonesian writes `1.284` and `12,5%`; English writes `1,284` and `12.5%`. The formatting is
/// done here by hand rather than with Foundation's locale-aware formatters so that the output is
/// byte-identical on every machine (ICU versions differ in spaces and minus signs) and never
/// depends on the process locale.
public struct ReportFormat: Hashable, Sendable {
  /// The language whose separators are used.
  public var language: ReportLanguage

  /// Text shown where a value cannot be computed or is withheld (an em dash).
  public static let missing = "\u{2014}"

  /// Creates a formatter for `language`.
  public init(language: ReportLanguage) {
    self.language = language
  }

  /// The decimal separator: `,` in Indonesian, `.` in English.
  public var decimalSeparator: String { language == .indonesian ? "," : "." }

  /// The thousands separator: `.` in Indonesian, `,` in English.
  public var groupingSeparator: String { language == .indonesian ? "." : "," }

  /// A count with thousands separators: `1.284` (id), `1,284` (en).
  public func count(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var grouped = ""
    grouped.reserveCapacity(digits.utf8.count + digits.utf8.count / 3)
    for (index, character) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { grouped += groupingSeparator }
      grouped.append(character)
    }
    return value < 0 ? "-" + grouped : grouped
  }

  /// A number with a fixed count of decimals: `0,312` (id), `0.312` (en); `nil` gives "—".
  public func decimal(_ value: Double?, digits: Int = 2) -> String {
    guard let value, value.isFinite else { return Self.missing }
    precondition(digits >= 0 && digits <= 9, "decimal digits must lie in 0...9, got \(digits)")
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    // Schoolbook rounding (half away from zero) on the scaled value; the scaled integer part
    // fits Int for every figure a report shows.
    let scaled = (value.magnitude * scale).rounded(.toNearestOrAwayFromZero)
    guard scaled < 9e15 else {
      guard value.magnitude < 9e18 else { return Self.missing }
      return (value < 0 ? "-" : "") + count(Int(value.magnitude.rounded()))
    }
    let whole = Int(scaled)
    var power = 1
    for _ in 0..<digits { power *= 10 }
    let integerPart = whole / power
    let fraction = whole % power
    var text = count(integerPart)
    if digits > 0 {
      let fractionText = String(fraction)
      text += decimalSeparator + String(repeating: "0", count: digits - fractionText.count) + fractionText
    }
    // A value that rounds to zero is written without a sign ("0,0", not "-0,0").
    return value < 0 && whole != 0 ? "-" + text : text
  }

  /// A fraction as a percent: `0.125` gives `12,5%` (id), `12.5%` (en); `nil` gives "—".
  public func percent(_ fraction: Double?, digits: Int = 1) -> String {
    guard let fraction, fraction.isFinite else { return Self.missing }
    return decimal(fraction * 100, digits: digits) + "%"
  }

  /// A signed percent for growth: `+15,8%`, `-3,0%`; `nil` gives "—".
  public func signedPercent(_ fraction: Double?, digits: Int = 1) -> String {
    guard let fraction, fraction.isFinite else { return Self.missing }
    let text = percent(fraction, digits: digits)
    return text.hasPrefix("-") || decimal(fraction * 100, digits: digits) == decimal(0, digits: digits)
      ? text : "+" + text
  }

  /// A difference of two fractions in percentage points: `12,5 poin` (id), `12.5 pp` (en).
  public func percentagePoints(_ difference: Double?, digits: Int = 1) -> String {
    guard let difference, difference.isFinite else { return Self.missing }
    return decimal(difference * 100, digits: digits) + (language == .indonesian ? " poin" : " pp")
  }

  /// Numerator over denominator with thousands separators: `12/250`, `160/1.284`.
  public func fraction(_ numerator: Int, _ denominator: Int) -> String {
    count(numerator) + "/" + count(denominator)
  }

  /// A proportion's counts: `12/250`.
  public func fraction(_ proportion: Proportion) -> String {
    fraction(proportion.numerator, proportion.denominator)
  }

  /// The bounds of an interval without a label: `1,2–7,9%`; `nil` gives "—".
  public func interval(_ bounds: (lower: Double, upper: Double)?, digits: Int = 1) -> String {
    guard let bounds else { return Self.missing }
    return decimal(bounds.lower * 100, digits: digits) + "\u{2013}" + percent(bounds.upper, digits: digits)
  }

  /// A Wilson interval with its label: `95% CI 1,2–7,9%`; "—" when it has none.
  public func wilson(_ proportion: Proportion, digits: Int = 1) -> String {
    guard let bounds = proportion.wilsonInterval() else { return Self.missing }
    return "95% CI " + interval(bounds, digits: digits)
  }

  /// A rate with its interval and counts, as the narrative writes it:
  /// `3,1% (95% CI 1,2–7,9%), 4/129`.
  public func rateWithInterval(_ proportion: Proportion) -> String {
    guard let value = proportion.value else { return Self.missing + ", " + fraction(proportion) }
    var text = percent(value)
    if proportion.wilsonInterval() != nil { text += " (" + wilson(proportion) + ")" }
    return text + ", " + fraction(proportion)
  }

  /// A rate and its counts for a table cell: `12,5% (12/96; 7,1–20,6%)`.
  public func rateCell(_ proportion: Proportion) -> String {
    guard let value = proportion.value else { return Self.missing }
    var text = percent(value) + " (" + fraction(proportion)
    if let bounds = proportion.wilsonInterval() { text += "; " + interval(bounds) }
    return text + ")"
  }

  /// A ratio with a multiplication sign: `2,50×`.
  public func ratio(_ value: Double?, digits: Int = 2) -> String {
    guard let value, value.isFinite else { return Self.missing }
    return decimal(value, digits: digits) + "\u{00D7}"
  }

  /// An amount of rupiah: `Rp 1.500.000` (id), `Rp 1,500,000` (en).
  public func rupiah(_ amount: Rupiah) -> String {
    (amount.value < 0 ? "-Rp " : "Rp ") + count(Int(amount.value.magnitude))
  }

  /// A date written out: `31 Juli 2021` (id), `31 July 2021` (en); `nil` gives "—".
  public func date(_ date: CalendarDate?) -> String {
    guard let date else { return Self.missing }
    let (year, month, day) = date.components
    let names =
      language == .indonesian
      ? [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
        "November", "Desember",
      ]
      : [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
      ]
    return "\(day) \(names[month - 1]) \(year)"
  }

  /// A period from two optional dates: `1 Januari 2021 – 31 Desember 2021`.
  public func period(from: CalendarDate?, to: CalendarDate?) -> String {
    switch (from, to) {
    case (nil, nil): return Self.missing
    default: return date(from) + " \u{2013} " + date(to)
    }
  }
}
