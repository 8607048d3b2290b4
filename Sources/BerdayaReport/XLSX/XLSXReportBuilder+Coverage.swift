import BerdayaAnalysis
import XLSXWriter

extension XLSXReportBuilder {
  /// The coverage sheet per kecamatan, with the region total and a colour scale on the rates.
  func writeCoverageByKecamatan(_ workbook: borrowing Workbook, _ sheets: SheetNames) throws {
    let rows = result.coverage.byKecamatan.map { row in
      let key = row.kecamatan ?? CoverageRow.unknownKey
      return (row, strings.displayName(key), suppression.reason(kecamatan: key, registered: row.registered))
    }
    try writeCoverageSheet(
      workbook, name: sheets.coverage, title: strings.coverageBy(unit: unit),
      keyHeader: strings.unitColumn(unit), rows: rows, definedName: "Cakupan_Kecamatan")
  }

  /// The coverage sheet per sector.
  func writeCoverageBySector(_ workbook: borrowing Workbook, _ sheets: SheetNames) throws {
    let rows = result.coverage.bySector.map { row in
      let key = row.sector ?? CoverageRow.unknownKey
      return (row, strings.displayName(key), suppression.reason(sector: key, registered: row.registered))
    }
    try writeCoverageSheet(
      workbook, name: sheets.sector, title: strings.coverageBySector, keyHeader: strings.sector, rows: rows,
      definedName: "Cakupan_Sektor")
  }

  /// One coverage table: key, N, per dimension n / rate / lower / upper, composite, population
  /// columns when known, note; the region total below it.
  private func writeCoverageSheet(
    _ workbook: borrowing Workbook, name: String, title: String, keyHeader: String,
    rows: [(CoverageRow, String, SuppressionReason?)], definedName: String
  ) throws {
    var writer = try sheet(name, workbook)
    try writer.title(title, lines: subtitleLines + [strings.suppressionNote(minCell: context.minCell)])
    var table = WorkbookTable(
      headers: coverageHeaders(keyHeader: keyHeader),
      rows: rows.map { coverageCells($0.0, name: $0.1, reason: $0.2) })
    table.bands = coverageBands()
    table.totals = [coverageCells(result.coverage.region, name: regionName, reason: nil)]
    table.definedName = definedName
    table.colorScaleColumns = dimensions.indices.map { 3 + 4 * $0 } + [2 + 4 * dimensions.count]
    let placement = try writer.table(table, workbook: workbook)
    try writer.sheet.freezePanes(row: placement.firstBodyRow, column: 1)
    try writer.sheet.repeatRows((placement.headerRow - 1)...placement.headerRow)
    try writer.finish()
  }

  /// The header of a coverage table (without the bands).
  func coverageHeaders(keyHeader: String) -> [String] {
    var headers = [keyHeader, words.registeredN]
    for _ in dimensions {
      headers += [words.reachedN, strings.coverage, words.lower, words.upper]
    }
    headers.append(strings.compositeIndex)
    if hasPopulation {
      headers.append(words.population)
      for _ in dimensions { headers += [words.reachedAllStatuses, words.populationRate] }
    }
    headers.append(words.note)
    return headers
  }

  /// The bands over a coverage table's dimension columns (one row above the header).
  func coverageBands() -> [WorkbookTable.Band] {
    var bands = dimensions.enumerated().map { d, dimension in
      WorkbookTable.Band(title: strings.dimension(dimension), columns: (2 + 4 * d)...(5 + 4 * d))
    }
    if hasPopulation {
      let first = 3 + 4 * dimensions.count
      bands.append(WorkbookTable.Band(title: words.population, columns: first...first))
      for (d, dimension) in dimensions.enumerated() {
        let column = first + 1 + 2 * d
        bands.append(
          WorkbookTable.Band(title: strings.dimension(dimension), columns: column...(column + 1)))
      }
    }
    return bands
  }

  /// One coverage row's cells; a withheld row shows "<5" or "—" and no number at all.
  func coverageCells(_ row: CoverageRow, name: String, reason: SuppressionReason?) -> [WorkbookCell] {
    let width = coverageHeaders(keyHeader: "").count
    if let reason {
      return [.text(name), withheldCount(reason)] + dashes(width - 3) + [noteCell(reason)]
    }
    var cells: [WorkbookCell] = [.text(name), .count(row.registered)]
    for d in dimensions.indices { cells += reachedRateCells(row.rate(d)) }
    cells.append(.percent(row.composite(weights: weights)))
    if hasPopulation {
      cells.append(row.population.map(WorkbookCell.count) ?? .number(nil, .count))
      for d in dimensions.indices {
        if let rate = row.populationRate(d) {
          cells += [.count(rate.numerator), .percent(rate.value)]
        } else {
          cells += [.count(row.reachedAllStatuses[d]), .number(nil, .percent)]
        }
      }
    }
    cells.append(.empty)
    return cells
  }
}
