/// How a number in the workbook is shown; each style is one Excel number format.
enum WorkbookNumberStyle: Hashable, Sendable, CaseIterable {
  /// `#,##0`: enterprises, rows, activities.
  case count
  /// `0.0%`: a fraction in [0, 1] (rates, interval bounds, shares).
  case percent
  /// `0.0`: a difference of rates already multiplied by 100 (percentage points).
  case points
  /// `0.00`: ratios, weights.
  case decimal2
  /// `0.000`: Gini and Theil.
  case decimal3
  /// `"Rp" #,##0`: rupiah.
  case rupiah
  /// `0` and two spaces: a place in an order (1, 2, 3), kept apart from the left-aligned name in
  /// the next column (right-aligned as numbers are, it sat against the name: "1Medan Belawan").
  case rank

  /// The Excel number format.
  var numberFormat: String {
    switch self {
    case .count: "#,##0"
    case .percent: "0.0%"
    case .points: "0.0"
    case .decimal2: "0.00"
    case .decimal3: "0.000"
    case .rupiah: "\"Rp\" #,##0"
    case .rank: "0\"  \""
    }
  }
}
