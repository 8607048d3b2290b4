internal import CXLSXWriter

extension Worksheet {
  /// Excel's default chart size in pixels, which `lxw_chart_options` scales.
  public static let defaultChartSize = (width: 480.0, height: 288.0)

  /// Places `chart` with its top-left corner in the cell at `row`, `column`.
  ///
  /// `size` is in pixels (Excel's default is 480 x 288); libxlsxwriter takes it as a scale of
  /// that default. A chart can be inserted only once.
  ///
  /// The corresponding C function is `worksheet_insert_chart_opt`.
  public func insertChart(
    _ chart: Chart, row: Int, column: Int, size: (width: Double, height: Double)? = nil
  ) throws(XLSXWriterError) {
    precondition(
      chart.storage === storage,
      "XLSXWriter: a Chart was inserted into a worksheet of another workbook")
    let (r, c) = try cell(row, column, "inserting chart at")
    var options = lxw_chart_options()
    options.x_scale = (size?.width ?? Self.defaultChartSize.width) / Self.defaultChartSize.width
    options.y_scale = (size?.height ?? Self.defaultChartSize.height) / Self.defaultChartSize.height
    try check(
      worksheet_insert_chart_opt(sheet, r, c, chart.chart, &options),
      operation("inserting chart at", row, column))
  }
}
