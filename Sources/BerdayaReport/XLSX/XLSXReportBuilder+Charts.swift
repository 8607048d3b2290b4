import BerdayaAnalysis
import XLSXWriter

extension XLSXReportBuilder {
  /// Native charts of coverage by kecamatan: all dimensions as clustered bars, then one chart
  /// per dimension with 95% Wilson whiskers, stacked down the sheet above their data.
  ///
  /// libxlsxwriter 1.1.4 has no custom error bars, so the whiskers are a line chart whose
  /// lower and upper series are hidden and joined by high-low lines; the rate is a marker.
  /// Withheld kecamatan are left out of the chart data (a text cell would plot as 0%).
  func writeCharts(_ workbook: borrowing Workbook, _ sheets: SheetNames) throws {
    var writer = try sheet(sheets.charts, workbook)
    try writer.title(strings.coverageBy(unit: unit), lines: subtitleLines)
    let rows = suppression.publishedKecamatan(result)
    let chartRows = 19  // a 360-pixel chart is 18 default rows of 20 pixels, plus a gap
    let chartCount = dimensions.count + 1
    let width = Double(max(720, 160 + 34 * rows.count))
    let dataTop = writer.row + chartCount * chartRows

    // The data, below the charts.
    writer.row = dataTop
    try writer.heading(words.chartData)
    var headers = [strings.unitColumn(unit), words.registeredN]
    for _ in dimensions { headers += [words.reachedN, strings.coverage, words.lower, words.upper] }
    var table = WorkbookTable(
      headers: headers,
      rows: rows.map { row in
        var cells: [WorkbookCell] = [.text(strings.displayName(row.kecamatan)), .count(row.registered)]
        for d in dimensions.indices { cells += reachedRateCells(row.rate(d)) }
        return cells
      })
    table.bands = dimensions.enumerated().map { d, dimension in
      WorkbookTable.Band(title: strings.dimension(dimension), columns: (2 + 4 * d)...(5 + 4 * d))
    }
    let placement = try writer.table(table, workbook: workbook)
    try writer.sheet.freezePanes(row: 1, column: 0)
    try writer.finish()
    guard let body = placement.bodyRows else { return }

    let categories = SheetRange(sheet: sheets.charts, range: .column(0, rows: body))
    func values(_ column: Int) -> SheetRange { SheetRange(sheet: sheets.charts, range: .column(column, rows: body)) }
    var top = 4

    let bars = workbook.addChart(.column)
    for (d, dimension) in dimensions.enumerated() {
      bars.addSeries(
        ChartSeries(
          name: strings.dimension(dimension), categories: categories, values: values(3 + 4 * d),
          color: Self.palette[d % Self.palette.count]))
    }
    bars.setTitle(words.coverageAllDimensions + " – " + strings.unitColumn(unit))
    bars.setAxisTitles(category: strings.unitColumn(unit), value: strings.coverageAxis)
    bars.setValueAxisNumberFormat("0%")
    bars.setValueAxisBounds(min: 0, max: nil)
    bars.setLegend(.bottom)
    try writer.sheet.insertChart(bars, row: top, column: 0, size: (width: width, height: 360))
    top += chartRows

    for (d, dimension) in dimensions.enumerated() {
      let chart = workbook.addChart(.line)
      chart.addSeries(
        ChartSeries(
          name: strings.coverage, categories: categories, values: values(3 + 4 * d),
          color: Self.palette[d % Self.palette.count], hidesLine: true, marker: .circle))
      // The bounds are drawn as small grey marks as well as joined by the high-low line:
      // LibreOffice draws high-low lines only in stock charts, so there the marks alone show
      // the interval.
      chart.addSeries(
        ChartSeries(
          name: words.lower, categories: categories, values: values(4 + 4 * d), color: Color(0x595959),
          hidesLine: true, marker: .plus))
      chart.addSeries(
        ChartSeries(
          name: words.upper, categories: categories, values: values(5 + 4 * d), color: Color(0x595959),
          hidesLine: true, marker: .plus))
      chart.showHighLowLines(color: Color(0x404040))
      chart.setTitle(strings.coverageChartTitle(dimension: strings.dimension(dimension), unit: unit))
      chart.setAxisTitles(category: strings.unitColumn(unit), value: strings.coverage)
      chart.setValueAxisNumberFormat("0%")
      chart.setValueAxisBounds(min: 0, max: nil)
      chart.setLegend(.bottom)
      try writer.sheet.insertChart(chart, row: top, column: 0, size: (width: width, height: 360))
      top += chartRows
    }
  }

  /// Series colours, distinguishable in colour-blind vision (Okabe-Ito).
  static let palette = [
    Color(0x0072B2), Color(0xE69F00), Color(0x009E73), Color(0xCC79A7), Color(0x56B4E9), Color(0xD55E00),
  ]
}
