import BerdayaAnalysis
import XLSXWriter

extension XLSXReportBuilder {
  /// What was read and how: files, rows accepted and quarantined by reason, values read as
  /// unknown, linkage methods, normalisation decisions and record counts. Counts only, never a
  /// value from a row, so no personal data reaches this sheet.
  func writeDataQuality(_ workbook: borrowing Workbook, _ sheets: SheetNames) throws {
    var writer = try sheet(sheets.dataQuality, workbook)
    try writer.title(strings.dataQuality, lines: subtitleLines + [words.noPersonalData])
    try writer.heading(words.inputFiles)
    let files = WorkbookTable(
      headers: [strings.file, strings.kind, strings.sheets, strings.rowsRead, strings.accepted, strings.quarantined],
      rows: context.inputs.map { input in
        [
          .text(input.path), .text(strings.recordKind(input.kind)), .text(input.sheets.joined(separator: ", ")),
          .count(input.rowsRead), .count(input.accepted), .count(input.quarantined),
        ]
      })
    var filesTable = files
    filesTable.definedName = "Berkas_Masukan"
    try writer.table(filesTable, workbook: workbook)

    func byReason(_ title: String, _ counts: (ReportContext.InputFileInfo) -> [String: Int]) throws {
      try writer.heading(title)
      var rows: [[WorkbookCell]] = []
      for input in context.inputs {
        for (reason, count) in counts(input).sorted(by: { $0.key < $1.key }) {
          rows.append([.text(input.path), .text(reason), .count(count)])
        }
      }
      var table = WorkbookTable(headers: [strings.file, strings.reason, strings.rows], rows: rows)
      table.autofilter = false
      try writer.table(table, workbook: workbook)
    }
    try byReason(words.quarantineByReason) { $0.quarantinedByReason }
    try byReason(words.valueIssuesByReason) { $0.valueIssuesByReason }

    try writer.heading(words.linkage)
    var linkage = WorkbookTable(
      headers: [strings.methodColumn, words.code, strings.activities],
      rows: context.linkage.sorted { $0.key < $1.key }.map { method, count in
        [.text(strings.linkageMethod(method)), .text(method), .count(count)]
      })
    linkage.autofilter = false
    try writer.table(linkage, workbook: workbook)

    try writer.heading(words.normalisation)
    var normalisationRows: [[WorkbookCell]] = []
    for (field, methods) in context.normalisation.sorted(by: { $0.key < $1.key }) {
      for (method, count) in methods.sorted(by: { $0.key < $1.key }) {
        normalisationRows.append([.text(field), .text(method), .count(count)])
      }
    }
    var normalisation = WorkbookTable(
      headers: [strings.field, strings.methodColumn, strings.count], rows: normalisationRows)
    normalisation.autofilter = false
    try writer.table(normalisation, workbook: workbook)

    try writer.heading(words.recordCounts)
    let counts = result.activityCounts
    let unknowns = result.unknowns
    let records: [(String, Int)] = [
      (words.enterprisesInRegistry, unknowns.enterprises),
      (words.binaanCounted, result.coverage.region.registered),
      (words.mergedDuplicates, context.mergedDuplicateRows),
      (words.possibleDuplicates, context.possibleDuplicateGroups),
      (words.unknownKecamatan, unknowns.kecamatan),
      (words.unknownSector, unknowns.sector),
      (words.unknownStatus, unknowns.status),
      (words.unknownDate, unknowns.registrationDate),
      (words.activitiesTotal, counts.total),
      (words.activitiesInPeriod, counts.inPeriod),
      (words.activitiesOutside, counts.outsidePeriod),
      (words.activitiesUndated, counts.undated),
      (words.activitiesBinaan, counts.reachingBinaan),
      (words.activitiesNonBinaan, counts.reachingNonBinaan),
      (words.activitiesUnmatched, counts.unmatched),
      (words.activitiesNoDimension, counts.withoutDimension),
    ]
    var recordTable = WorkbookTable(
      headers: [strings.indicator, strings.count], rows: records.map { [.text($0.0), .count($0.1)] })
    recordTable.autofilter = false
    try writer.table(recordTable, workbook: workbook)

    if !counts.unmatchedByKecamatan.isEmpty {
      try writer.heading(words.unmatchedByUnit)
      var unmatched = WorkbookTable(
        headers: [strings.unitColumn(unit), strings.activities],
        rows: counts.unmatchedByKecamatan.sorted { $0.key < $1.key }.map { [.text(strings.displayName($0.key)), .count($0.value)] })
      unmatched.autofilter = false
      try writer.table(unmatched, workbook: workbook)
    }
    try writer.sheet.freezePanes(row: 1, column: 0)
    try writer.finish()
  }
}
