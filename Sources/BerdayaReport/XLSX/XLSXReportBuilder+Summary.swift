import BerdayaAnalysis
import XLSXWriter

extension XLSXReportBuilder {
  /// The summary sheet: title, region, period, as-of; headline coverage per dimension with n/N
  /// and 95% CI; the three weakest kecamatan per dimension; data-quality counts.
  func writeSummary(_ workbook: borrowing Workbook, _ sheets: SheetNames) throws {
    var writer = try sheet(sheets.summary, workbook)
    writer.sheet.activate()
    try writer.title(context.title, lines: [])
    var facts: [(String, WorkbookCell)] = [
      (strings.region, .text(regionName + (context.regionCode.map { " (\($0))" } ?? ""))),
      (
        strings.period,
        .text(
          result.options.from == nil && result.options.to == nil
            ? strings.allActivities : format.period(from: result.options.from, to: result.options.to))
      ),
      (strings.asOf, .date(result.asOf)),
    ]
    if let reportDate = context.reportDate { facts.append((strings.reportDate, .date(reportDate))) }
    facts.append((strings.framework, .text(result.framework.name)))
    facts.append(
      (
        strings.minCellLabel,
        context.minCell > 1 ? .count(context.minCell) : .text(strings.off)
      ))
    try writer.keyValues(facts)

    // Headline coverage: the region row is always published.
    try writer.heading(words.headline)
    let region = result.coverage.region
    var headline = dimensions.enumerated().map { d, dimension -> [WorkbookCell] in
      [.text(strings.dimension(dimension)), .count(region.reached[d]), .count(region.registered)]
        + rateCells(region.rate(d))
    }
    headline.append(
      [.text(strings.anyDimension), .count(region.reachedAny), .count(region.registered)]
        + rateCells(Proportion(numerator: region.reachedAny, denominator: region.registered)))
    headline.append(
      [.text(strings.compositeIndex), .empty, .count(region.registered), .percent(region.composite(weights: weights)),
       .empty, .empty])
    var table = WorkbookTable(
      headers: [strings.dimension, words.reachedN, words.registeredN, strings.coverage, words.lower, words.upper],
      rows: headline)
    table.autofilter = false
    table.definedName = "Ringkasan_Cakupan"
    let placement = try writer.table(table, workbook: workbook)
    _ = placement
    try writer.sheet.freezePanes(row: 1, column: 0)

    // The three weakest published kecamatan per dimension.
    try writer.heading(words.weakestThree(unit: unit))
    let published = suppression.publishedKecamatan(result)
    var weakest: [[WorkbookCell]] = []
    for (d, dimension) in dimensions.enumerated() {
      let ordered = published.sorted { a, b in
        let ra = a.rate(d).value ?? 0
        let rb = b.rate(d).value ?? 0
        if ra != rb { return ra < rb }
        if a.registered != b.registered { return a.registered > b.registered }
        return (a.kecamatan ?? "") < (b.kecamatan ?? "")
      }
      for (rank, row) in ordered.prefix(3).enumerated() {
        weakest.append(
          [
            .text(strings.dimension(dimension)), .number(Double(rank + 1), .rank), .text(strings.displayName(row.kecamatan)),
            .count(row.reached[d]), .count(row.registered),
          ] + rateCells(row.rate(d)))
      }
    }
    var weakTable = WorkbookTable(
      headers: [
        strings.dimension, words.rank, strings.unitColumn(unit), words.reachedN, words.registeredN, strings.coverage,
        words.lower, words.upper,
      ], rows: weakest)
    weakTable.autofilter = false
    try writer.table(weakTable, workbook: workbook)

    // Data-quality counts.
    try writer.heading(words.dataQualityCounts)
    let quarantined = context.inputs.reduce(0) { $0 + $1.quarantined }
    let counts: [(String, Int)] = [
      (words.enterprisesInRegistry, result.unknowns.enterprises),
      (words.binaanCounted, region.registered),
      (words.quarantinedTotal, quarantined),
      (words.mergedDuplicates, context.mergedDuplicateRows),
      (words.possibleDuplicates, context.possibleDuplicateGroups),
      (words.unknownKecamatan, result.unknowns.kecamatan),
      (words.unknownSector, result.unknowns.sector),
      (words.unknownStatus, result.unknowns.status),
      (words.unknownDate, result.unknowns.registrationDate),
      (words.activitiesTotal, result.activityCounts.total),
      (words.activitiesInPeriod, result.activityCounts.inPeriod),
      (words.activitiesUnmatched, result.activityCounts.unmatched),
    ]
    var countTable = WorkbookTable(
      headers: [strings.indicator, strings.count], rows: counts.map { [.text($0.0), .count($0.1)] })
    countTable.autofilter = false
    try writer.table(countTable, workbook: workbook)
    // The title may be long: let it overflow rather than widen column A.
    writer.note(width: 0, column: 0)
    try writer.finish()
  }
}
