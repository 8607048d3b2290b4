import BerdayaAnalysis

extension SheetWriter {
  /// A block of statistic definitions: the name in bold in column 0, the formula beside it,
  /// and the meaning on the next line, each spread over columns 1...`lastColumn`.
  mutating func definitions(_ definitions: [StatisticDefinition], strings: ReportStrings, lastColumn: Int) throws {
    for definition in definitions {
      try sheet.writeText(strings.name(definition), row: row, column: 0, format: styles.key)
      note(width: min(strings.name(definition).count, 32), column: 0)
      try paragraph(strings.formula + ": " + definition.formula, row: row, columns: 1...lastColumn)
      row += 1
      try paragraph(strings.text(definition), row: row, columns: 1...lastColumn)
      row += 2
    }
  }
}
