import BerdayaAnalysis
import BerdayaModel
import XLSXWriter

extension XLSXReportBuilder {
  /// Continuity of assistance: four region-level proportions with n, N and 95% CI.
  func writeContinuity(_ workbook: borrowing Workbook, _ sheets: SheetNames) throws {
    var writer = try sheet(sheets.continuity, workbook)
    try writer.title(strings.continuity, lines: subtitleLines)
    let continuity = result.continuity
    let options = result.options
    let items: [(String, Proportion)] = [
      (strings.trainingFollowUp(days: options.followUpDays), continuity.trainingFollowUp),
      (strings.equipmentFirstVisit(days: options.equipmentVisitDays), continuity.equipmentFirstVisit),
      (strings.equipmentYearVisit, continuity.equipmentYearVisit),
      (strings.ecommerceActive, continuity.ecommerceActive),
    ]
    var rows: [[WorkbookCell]] = items.map { label, proportion in
      if let reason = suppression.reason(denominator: proportion.denominator) {
        return [.text(label), .withheld(ReportFormat.missing), withheldCount(reason)] + dashes(3) + [noteCell(reason)]
      }
      return [.text(label), .count(proportion.numerator), .count(proportion.denominator)]
        + rateCells(proportion) + [.empty]
    }
    rows.append(
      [.text(strings.ecommerceWithoutStatus), .count(continuity.ecommerceWithoutStatus), .empty, .empty, .empty, .empty,
       .empty])
    var table = WorkbookTable(
      headers: [strings.indicator, "n", "N", strings.value, words.lower, words.upper, words.note], rows: rows)
    table.definedName = "Keberlanjutan"
    let placement = try writer.table(table, workbook: workbook)
    try writer.sheet.freezePanes(row: placement.firstBodyRow, column: 1)
    try writer.finish()
  }

  /// Binaan overdue for re-registration per kecamatan, with the share and its interval.
  func writeReRegistration(_ workbook: borrowing Workbook, _ sheets: SheetNames) throws {
    var writer = try sheet(sheets.reRegistration, workbook)
    try writer.title(
      words.reRegistrationTitle(months: result.options.reRegistrationMonths),
      lines: subtitleLines + [strings.suppressionNote(minCell: context.minCell)])
    func cells(_ name: String, _ registered: Int, _ overdue: Int, _ unknown: Int, _ reason: SuppressionReason?)
      -> [WorkbookCell]
    {
      if let reason { return [.text(name), withheldCount(reason)] + dashes(5) + [noteCell(reason)] }
      let share = Proportion(numerator: overdue, denominator: registered)
      return [.text(name), .count(registered), .count(overdue)] + rateCells(share) + [.count(unknown), .empty]
    }
    let rows = result.reRegistration.map { row in
      cells(
        strings.displayName(row.kecamatan), row.registered, row.overdue, row.unknownDate,
        suppression.reason(kecamatan: row.kecamatan, registered: row.registered))
    }
    var table = WorkbookTable(
      headers: [
        strings.unitColumn(unit), words.registeredN, strings.overdue + " (n)", words.overdueShare, words.lower,
        words.upper, strings.dateUnknown, words.note,
      ], rows: rows)
    let total = result.reRegistration.reduce((0, 0, 0)) { ($0.0 + $1.registered, $0.1 + $1.overdue, $0.2 + $1.unknownDate) }
    table.totals = [cells(regionName, total.0, total.1, total.2, nil)]
    table.definedName = "Daftar_Ulang"
    let placement = try writer.table(table, workbook: workbook)
    try writer.sheet.freezePanes(row: placement.firstBodyRow, column: 1)
    try writer.finish()
  }

  /// Enterprises still to reach per kecamatan and dimension for the target rate.
  func writeGaps(_ workbook: borrowing Workbook, _ sheets: SheetNames) throws {
    var writer = try sheet(sheets.gaps, workbook)
    let target = result.options.target
    try writer.title(
      words.gapTitle(target: format.percent(target, digits: 0)),
      lines: subtitleLines + [strings.suppressionNote(minCell: context.minCell)])
    func needed(_ registered: Int) -> Int { Int((target * Double(registered)).rounded(.up)) }
    let rows: [[WorkbookCell]] = result.gaps.map { gap in
      let dimension = dimensions.indices.contains(gap.dimension) ? strings.dimension(dimensions[gap.dimension]) : ""
      let name = strings.displayName(gap.kecamatan)
      if let reason = suppression.reason(kecamatan: gap.kecamatan, registered: gap.registered) {
        return [.text(name), .text(dimension), withheldCount(reason)] + dashes(4) + [.percent(target)] + dashes(2)
          + [noteCell(reason)]
      }
      let rate = Proportion(numerator: gap.reached, denominator: gap.registered)
      return [.text(name), .text(dimension), .count(gap.registered)] + reachedRateCells(rate)
        + [.percent(target), .count(needed(gap.registered)), .count(gap.toReach), .empty]
    }
    var table = WorkbookTable(
      headers: [
        strings.unitColumn(unit), strings.dimension, words.registeredN, words.reachedN, strings.coverage, words.lower,
        words.upper, words.target, words.neededForTarget, strings.stillToReach, words.note,
      ], rows: rows)
    let region = result.coverage.region
    table.totals = dimensions.enumerated().map { d, dimension in
      // Totals over the kecamatan rows, so that needed - reached = still to reach row by row.
      let gaps = result.gaps.filter { $0.dimension == d }
      let toReach = gaps.reduce(0) { $0 + $1.toReach }
      let neededTotal = gaps.reduce(0) { $0 + needed($1.registered) }
      return [.text(regionName), .text(strings.dimension(dimension)), .count(region.registered)]
        + reachedRateCells(region.rate(d)) + [.percent(target), .count(neededTotal), .count(toReach), .empty]
    }
    table.definedName = "Kesenjangan"
    table.colorScaleColumns = [4]
    let placement = try writer.table(table, workbook: workbook)
    try writer.sheet.freezePanes(row: placement.firstBodyRow, column: 1)
    try writer.finish()
  }
}
