import BerdayaAnalysis
import BerdayaModel
import XLSXWriter

extension XLSXReportBuilder {
  /// How the figures were made: framework and mapping, indicator definitions, period, as-of
  /// date, suppression per table and why, input files with sizes and SHA-256, tool version,
  /// options and the command that re-runs the report.
  func writeMethod(_ workbook: borrowing Workbook, _ sheets: SheetNames) throws {
    var writer = try sheet(sheets.method, workbook)
    try writer.title(strings.method, lines: subtitleLines)
    let options = result.options
    var facts: [(String, WorkbookCell)] = [
      (words.title, .text(context.title)),
      (strings.region, .text(regionName)),
    ]
    if let code = context.regionCode { facts.append((words.regionCode, .text(code))) }
    facts += [
      (strings.framework, .text(result.framework.name + " (" + result.framework.id + ")")),
      (words.periodFrom, .date(options.from)),
      (words.periodTo, .date(options.to)),
      (strings.asOf, .date(result.asOf)),
      (strings.activitiesOnRecord, .text(format.period(from: result.firstActivity, to: result.lastActivity))),
    ]
    if let reportDate = context.reportDate { facts.append((strings.reportDate, .date(reportDate))) }
    facts += [
      (strings.minCellLabel, context.minCell > 1 ? .count(context.minCell) : .text(strings.off)),
      (words.target, .percent(options.target)),
      (words.followUpDays, .count(options.followUpDays)),
      (words.equipmentDays, .count(options.equipmentVisitDays)),
      (words.reRegistrationMonths, .count(options.reRegistrationMonths)),
      (words.toolVersion, .text(context.toolVersion)),
    ]
    try writer.keyValues(facts)

    try writer.heading(words.mapping)
    let mapping = ProgrammeKind.known.map { kind -> [WorkbookCell] in
      guard let d = result.framework.dimensionIndex(of: kind) else {
        return [.text(kind.code), .text(strings.programmeKind(kind)), .text(words.noDimension), .empty]
      }
      let dimension = dimensions[d]
      return [
        .text(kind.code), .text(strings.programmeKind(kind)), .text(strings.dimension(dimension)),
        .number(dimension.weight, .decimal2),
      ]
    }
    var mappingTable = WorkbookTable(
      headers: [words.code, strings.programmeKinds, strings.dimension, strings.weight], rows: mapping)
    mappingTable.definedName = "Pemetaan_Dimensi"
    mappingTable.autofilter = false
    try writer.table(mappingTable, workbook: workbook)

    try writer.heading(words.indicatorDefinitions)
    let definitions =
      [words.coverageDefinition, WilsonInterval.definition, WeightedComposite.definition, GrowthRate.relativeDefinition]
      + EquitySummary.definitions + SuppressionReason.allCases.map(\.definition)
    try writer.definitions(definitions, strings: strings, lastColumn: 5)

    try writer.heading(words.suppressionBlock, note: context.minCell > 1 ? nil : strings.minCellLabel + ": " + strings.off)
    let kecamatanTables = [sheets.coverage, sheets.reRegistration, sheets.gaps, sheets.charts, sheets.equity]
      .joined(separator: ", ")
    let suppressionRows: [[WorkbookCell]] = [
      [
        .text(kecamatanTables), .count(suppression.kecamatanCount(.primary)),
        .count(suppression.kecamatanCount(.complementary)), .text(suppression.kecamatanExposed ? strings.yes : strings.no),
        .text(words.listRule),
      ],
      [
        .text(sheets.sector), .count(suppression.sectorCount(.primary)), .count(suppression.sectorCount(.complementary)),
        .text(suppression.sectorExposed ? strings.yes : strings.no), .text(words.listRule),
      ],
      [
        .text(sheets.matrix + ", " + sheets.cells), .count(matrix.plan.count(.primary)),
        .count(matrix.plan.count(.complementary)),
        .text(matrix.plan.exposedRows.isEmpty && matrix.plan.exposedColumns.isEmpty ? strings.no : strings.yes),
        .text(words.matrixRule),
      ],
      [
        .text(sheets.continuity), .count(continuityWithheld), .count(0), .text(strings.no), .text(words.singleRule),
      ],
    ]
    var suppressionTable = WorkbookTable(
      headers: [
        strings.table, strings.suppressionReason(.primary), strings.suppressionReason(.complementary), words.exposed,
        strings.reason,
      ], rows: suppressionRows)
    suppressionTable.autofilter = false
    suppressionTable.definedName = "Penyembunyian"
    try writer.table(suppressionTable, workbook: workbook)

    try writer.heading(words.inputFiles)
    var inputs = WorkbookTable(
      headers: [strings.file, strings.kind, strings.sizeBytes, words.sha256, strings.rowsRead, strings.accepted],
      rows: context.inputs.map { input in
        [
          .text(input.path), .text(strings.recordKind(input.kind)), .count(input.bytes), .text(input.sha256),
          .count(input.rowsRead), .count(input.accepted),
        ]
      })
    inputs.autofilter = false
    inputs.definedName = "Berkas_Metode"
    try writer.table(inputs, workbook: workbook)

    try writer.heading(words.optionsBlock)
    var optionTable = WorkbookTable(
      headers: [strings.option, strings.value],
      rows: context.options.sorted { $0.key < $1.key }.map { [.text($0.key), .text($0.value)] })
    optionTable.autofilter = false
    try writer.table(optionTable, workbook: workbook)

    try writer.heading(words.rerun)
    try writer.paragraph(context.command.isEmpty ? ReportFormat.missing : context.command, row: writer.row, columns: 0...5)
    writer.row += 2
    try writer.sheet.freezePanes(row: 1, column: 0)
    try writer.finish()
  }

  /// Continuity proportions withheld by the small-cell rule.
  var continuityWithheld: Int {
    let c = result.continuity
    return [c.trainingFollowUp, c.equipmentFirstVisit, c.equipmentYearVisit, c.ecommerceActive]
      .count { suppression.reason(denominator: $0.denominator) != nil }
  }
}
