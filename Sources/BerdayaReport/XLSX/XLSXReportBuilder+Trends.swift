import BerdayaAnalysis
import XLSXWriter

extension XLSXReportBuilder {
  /// Year-by-year figures with the growth of registered binaan from the year before (its base
  /// and change beside it), a line chart of registered binaan and one of reach per dimension.
  func writeTrends(_ workbook: borrowing Workbook, _ sheets: SheetNames) throws {
    var writer = try sheet(sheets.trends, workbook)
    var lines = subtitleLines
    if result.trends.registeredUnknownDate > 0 {
      lines.append(strings.registeredUnknownDate(format.count(result.trends.registeredUnknownDate)))
    }
    try writer.title(strings.trends, lines: lines)
    let years = result.trends.years
    let rows: [[WorkbookCell]] = years.enumerated().map { index, year in
      var cells: [WorkbookCell] = [.text(String(year.year)), .count(year.registered)]
      if index > 0 {
        let previous = years[index - 1]
        cells += [
          .count(previous.registered), .count(year.registered - previous.registered),
          .percent(GrowthRate.relative(from: previous.registered, to: year.registered)),
        ]
      } else {
        cells += [.empty, .empty, .empty]
      }
      cells += [.count(year.activities), .count(year.reachedAny)]
      cells += dimensions.indices.map { .count(year.reached.indices.contains($0) ? year.reached[$0] : 0) }
      cells += [.rupiah(year.cost), .count(year.activitiesWithCost)]
      return cells
    }
    var headers = [
      strings.year, strings.registeredAtYearEnd, words.previousYear, words.change, strings.growth, strings.activities,
      strings.binaanReached + " (" + strings.anyDimension.lowercased() + ")",
    ]
    headers += dimensions.map { strings.binaanReached + ": " + strings.dimension($0) }
    headers += [strings.cost, words.activitiesWithCost]
    var table = WorkbookTable(headers: headers, rows: rows)
    table.definedName = "Tren_Tahunan"
    let placement = try writer.table(table, workbook: workbook)
    try writer.sheet.freezePanes(row: placement.firstBodyRow, column: 1)
    try writer.finish()
    guard let body = placement.bodyRows else { return }

    let categories = SheetRange(sheet: sheets.trends, range: .column(0, rows: body))
    let registered = workbook.addChart(.line)
    registered.addSeries(
      ChartSeries(
        name: strings.registeredAtYearEnd, categories: categories,
        values: SheetRange(sheet: sheets.trends, range: .column(1, rows: body)), color: Self.palette[0],
        lineWidth: 2.25, marker: .circle))
    registered.setTitle(strings.trendRegisteredTitle)
    registered.setAxisTitles(category: strings.year, value: strings.registeredBinaan)
    registered.setValueAxisNumberFormat("#,##0")
    registered.setValueAxisBounds(min: 0, max: nil)
    registered.setLegend(.none)
    let chartRow = placement.nextRow + 1
    try writer.sheet.insertChart(registered, row: chartRow, column: 0, size: (width: 600, height: 320))

    let reach = workbook.addChart(.line)
    for (d, dimension) in dimensions.enumerated() {
      reach.addSeries(
        ChartSeries(
          name: strings.dimension(dimension), categories: categories,
          values: SheetRange(sheet: sheets.trends, range: .column(7 + d, rows: body)),
          color: Self.palette[d % Self.palette.count], lineWidth: 2, marker: .circle))
    }
    reach.setTitle(words.trendChartReach)
    reach.setAxisTitles(category: strings.year, value: strings.binaanReached)
    reach.setValueAxisNumberFormat("#,##0")
    reach.setValueAxisBounds(min: 0, max: nil)
    reach.setLegend(.bottom)
    try writer.sheet.insertChart(reach, row: chartRow + 17, column: 0, size: (width: 600, height: 320))
  }
}
