/// The names of the report's sheets in one language, for the sheets and for the references
/// between them (chart data, notes).
struct SheetNames {
  let summary: String
  let coverage: String
  let sector: String
  let matrix: String
  let cells: String
  let charts: String
  let equity: String
  let continuity: String
  let reRegistration: String
  let trends: String
  let gaps: String
  let dataQuality: String
  let method: String

  init(words: WorkbookStrings, unit: String) {
    summary = words.summarySheet
    coverage = Self.clean(words.coverageSheet(unit: unit))
    sector = words.sectorSheet
    matrix = Self.clean(words.matrixSheet(unit: unit))
    cells = Self.clean(words.cellSheet(unit: unit))
    charts = words.chartSheet
    equity = words.equitySheet
    continuity = words.continuitySheet
    reRegistration = words.reRegistrationSheet
    trends = words.trendSheet
    gaps = words.gapSheet
    dataQuality = words.dataQualitySheet
    method = words.methodSheet
  }

  /// The unit label may be "kabupaten/kota": `/` is not allowed in a sheet name.
  static func clean(_ name: String) -> String {
    String(name.map { "[]:*?/\\".contains($0) ? "-" : $0 }.prefix(31))
  }
}
