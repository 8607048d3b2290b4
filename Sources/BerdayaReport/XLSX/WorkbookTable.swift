/// A table to write on a sheet: a header row (with optional bands above it), body rows, and
/// total rows written after the body, outside its filter and defined name so that sorting the
/// body never moves a total.
struct WorkbookTable {
  /// A label over a run of header columns (a dimension's reached, rate, lower, upper).
  struct Band {
    var title: String
    var columns: ClosedRange<Int>
  }

  var headers: [String]
  var bands: [Band] = []
  var rows: [[WorkbookCell]]
  var totals: [[WorkbookCell]] = []
  /// A workbook-wide name for header plus body (`Cakupan_Kecamatan`), the same in every language.
  var definedName: String?
  /// Columns whose body gets a red-yellow-green colour scale (rates: low is red).
  var colorScaleColumns: [Int] = []
  /// Whether the header row gets filter buttons.
  var autofilter = true

  init(headers: [String], rows: [[WorkbookCell]]) {
    self.headers = headers
    self.rows = rows
  }
}
