import BerdayaAnalysis
import XLSXWriter

extension XLSXReportBuilder {
  /// The kecamatan x sector heat maps: one block of N, one block of rates per dimension and one
  /// of the composite index, each rate block under a red-yellow-green colour scale. The sector
  /// columns are the same in every block, so the frozen header of the first serves them all.
  func writeMatrix(_ workbook: borrowing Workbook, _ sheets: SheetNames) throws {
    var writer = try sheet(sheets.matrix, workbook)
    try writer.title(
      strings.unitColumn(unit) + " x " + strings.sector.lowercased(),
      lines: subtitleLines + [
        words.matrixNote(cellSheet: sheets.cells), strings.suppressionNote(minCell: context.minCell),
      ])
    let headers = [strings.unitColumn(unit)] + matrix.columnKeys.map { strings.displayName($0) }
    let names = matrix.rowKeys.map { strings.displayName($0) }

    var firstHeader: Int?
    // N per cell.
    try writer.heading(words.registeredBlock)
    var registered = WorkbookTable(
      headers: headers,
      rows: names.enumerated().map { r, name in
        [.text(name)]
          + matrix.columnKeys.indices.map { c -> WorkbookCell in
            if let reason = matrix.reason(row: r, column: c) { return withheldCount(reason) }
            return .count(matrix.cells[r][c]?.registered ?? 0)
          }
      })
    registered.autofilter = false
    registered.definedName = "Matriks_Terdaftar"
    let placement = try writer.table(registered, workbook: workbook)
    firstHeader = placement.headerRow

    // Rates per dimension, then the composite index.
    let blocks: [(String, (CoverageRow) -> Double?, String)] =
      dimensions.enumerated().map { d, dimension in
        (words.rateBlock(strings.dimension(dimension)), { $0.rate(d).value }, "Matriks_\(dimension.id)")
      } + [(words.compositeBlock, { $0.composite(weights: weights) }, "Matriks_Komposit")]
    for (title, value, name) in blocks {
      try writer.heading(title)
      var table = WorkbookTable(
        headers: headers,
        rows: names.enumerated().map { r, rowName in
          [.text(rowName)]
            + matrix.columnKeys.indices.map { c -> WorkbookCell in
              if matrix.reason(row: r, column: c) != nil { return .withheld(ReportFormat.missing) }
              guard let cell = matrix.cells[r][c] else { return .withheld(ReportFormat.missing) }
              return .percent(value(cell))
            }
        })
      table.autofilter = false
      table.definedName = Self.definedName(name)
      table.colorScaleColumns = matrix.columnKeys.indices.map { $0 + 1 }
      try writer.table(table, workbook: workbook)
    }
    if let firstHeader { try writer.sheet.freezePanes(row: firstHeader + 1, column: 1) }
    try writer.finish()
  }

  /// The kecamatan x sector cells as a long table: every rate with its n and N beside it.
  func writeCells(_ workbook: borrowing Workbook, _ sheets: SheetNames) throws {
    var writer = try sheet(sheets.cells, workbook)
    try writer.title(words.cellsTable, lines: subtitleLines + [strings.suppressionNote(minCell: context.minCell)])
    var rows: [[WorkbookCell]] = []
    for (r, rowKey) in matrix.rowKeys.enumerated() {
      for (c, columnKey) in matrix.columnKeys.enumerated() {
        guard let cell = matrix.cells[r][c] else { continue }
        let reason = matrix.reason(row: r, column: c)
        var cells: [WorkbookCell] = [.text(strings.displayName(rowKey)), .text(strings.displayName(columnKey))]
        if let reason {
          cells += [withheldCount(reason)] + dashes(4 * dimensions.count + 1) + [noteCell(reason)]
        } else {
          cells.append(.count(cell.registered))
          for d in dimensions.indices { cells += reachedRateCells(cell.rate(d)) }
          cells += [.percent(cell.composite(weights: weights)), .empty]
        }
        rows.append(cells)
      }
    }
    var headers = [strings.unitColumn(unit), strings.sector, words.registeredN]
    for _ in dimensions { headers += [words.reachedN, strings.coverage, words.lower, words.upper] }
    headers += [strings.compositeIndex, words.note]
    var table = WorkbookTable(headers: headers, rows: rows)
    table.bands = dimensions.enumerated().map { d, dimension in
      WorkbookTable.Band(title: strings.dimension(dimension), columns: (3 + 4 * d)...(6 + 4 * d))
    }
    table.definedName = "Cakupan_Sel"
    table.colorScaleColumns = dimensions.indices.map { 4 + 4 * $0 } + [3 + 4 * dimensions.count]
    let placement = try writer.table(table, workbook: workbook)
    try writer.sheet.freezePanes(row: placement.firstBodyRow, column: 2)
    try writer.finish()
  }

  /// A defined name built from a framework id: letters, digits and `_` only.
  static func definedName(_ text: String) -> String {
    String(text.map { $0.isLetter || $0.isNumber || $0 == "_" ? $0 : "_" })
  }
}
