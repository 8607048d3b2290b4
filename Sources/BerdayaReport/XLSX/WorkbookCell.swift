import BerdayaModel

/// One value of a workbook table, before it is written: what it is, not how it looks.
///
/// Numbers stay numbers in the file (a reader can sort and sum them); text from input files is
/// always `.text`, which ``SheetWriter`` writes with `writeText`, so a kecamatan called
/// `=HYPERLINK(...)` stays text.
enum WorkbookCell {
  /// Text: a label, or a name or code from an input file.
  case text(String)
  /// Text that may run long (definitions, commands): wrapped in a wide column.
  case longText(String)
  /// A number shown with `style`; `nil` (not computable) shows as "—".
  case number(Double?, WorkbookNumberStyle)
  /// A date shown as `yyyy-mm-dd`; `nil` shows as "—".
  case date(CalendarDate?)
  /// A value withheld by small-cell suppression: the text shown instead ("<5" or "—").
  case withheld(String)
  /// Nothing.
  case empty

  /// A count with thousands separators.
  static func count(_ value: Int) -> WorkbookCell { .number(Double(value), .count) }

  /// A fraction shown as a percent with one decimal.
  static func percent(_ value: Double?) -> WorkbookCell { .number(value, .percent) }

  /// An amount of rupiah.
  static func rupiah(_ amount: Rupiah) -> WorkbookCell { .number(Double(amount.value), .rupiah) }

  /// About how many characters the cell shows, for column widths.
  var displayWidth: Int {
    switch self {
    case .text(let text): return text.count
    case .longText: return 0
    case .withheld(let text): return text.count
    case .empty: return 0
    case .date: return 10
    case .number(let value, let style):
      guard let value, value.isFinite else { return 1 }
      let integerDigits = Self.groupedDigits(value)
      switch style {
      case .count: return integerDigits
      case .percent: return Self.groupedDigits(value * 100) + 3
      case .points: return integerDigits + 2
      case .decimal2: return integerDigits + 3
      case .decimal3: return integerDigits + 4
      case .rupiah: return integerDigits + 3
      case .rank: return integerDigits + 2
      }
    }
  }

  /// Digits of the integer part, with a separator every three and a sign.
  private static func groupedDigits(_ value: Double) -> Int {
    let magnitude = value.magnitude.rounded()
    var digits = 1
    var limit = 10.0
    while magnitude >= limit && digits < 20 {
      digits += 1
      limit *= 10
    }
    return digits + (digits - 1) / 3 + (value < 0 ? 1 : 0)
  }
}
