import BerdayaAnalysis
import BerdayaModel

extension MarkdownReportWriter {
  /// Equity measures: one row per measure, one column per dimension.
  func writeEquity(to output: inout String) {
    output += "## " + strings.equityAcross(unit: unit) + "\n\n"
    let equity = suppression.equity(result)
    if suppression.equityRecomputed {
      output +=
        strings.pick(
          "Dihitung atas \(unit) yang angkanya diterbitkan; \(unit) yang disembunyikan tidak ikut, agar "
            + "cakupan tertinggi dan terendah tidak membuka sel kecil.",
          "Computed over the \(unit) whose figures are published; withheld \(unit) are left out so that "
            + "the best and worst coverage do not reveal a small cell.") + "\n\n"
    }
    var table = MarkdownTable(
      header: [strings.measure] + dimensions.map { MarkdownText.escape(strings.dimension($0)) })
    func name(_ index: Int) -> String {
      index < equity.units.count ? MarkdownText.escape(strings.displayName(equity.units[index])) : ReportFormat.missing
    }
    func row(_ label: String, _ cell: (EquitySummary) -> String) {
      table.append(
        [label]
          + dimensions.indices.map { d in
            guard d < equity.summaries.count, let summary = equity.summaries[d] else { return ReportFormat.missing }
            return cell(summary)
          })
    }
    func label(_ measure: EquityMeasure) -> String { strings.name(measure.definition) }
    row(label(.unitsCounted)) { format.count($0.unitsCounted) }
    row(strings.best) { name($0.bestUnit) + " " + format.percent($0.bestRate) }
    row(strings.worst) { name($0.worstUnit) + " " + format.percent($0.worstRate) }
    row(label(.difference)) { format.percentagePoints($0.difference) }
    row(label(.ratio)) { format.ratio($0.ratio) }
    row(label(.gini)) { format.decimal($0.gini, digits: 3) }
    row(label(.theil)) { format.decimal($0.theil, digits: 3) }
    row(label(.meanDifferenceFromBest)) { format.percentagePoints($0.meanDifferenceFromBest) }
    row(label(.populationAttributableRisk)) { format.percentagePoints($0.populationAttributableRisk) }
    row(label(.populationAttributableFraction)) { format.decimal($0.populationAttributableFraction, digits: 2) }
    row(label(.zeroReachUnits)) { format.count($0.zeroReachUnits) }
    row(label(.topReachShare)) { summary in
      guard let share = summary.topReachShare, let top = summary.topReachUnit else { return ReportFormat.missing }
      return format.percent(share) + " (" + name(top) + ")"
    }
    table.write(to: &output)
  }

  /// Continuity of assistance: region-level proportions.
  func writeContinuity(to output: inout String) {
    output += "## " + strings.continuity + "\n\n"
    let continuity = result.continuity
    let options = result.options
    var table = MarkdownTable(header: [strings.indicator, strings.rateCellLegend])
    var anyWithheld = false
    for (label, proportion) in [
      (strings.trainingFollowUp(days: options.followUpDays), continuity.trainingFollowUp),
      (strings.equipmentFirstVisit(days: options.equipmentVisitDays), continuity.equipmentFirstVisit),
      (strings.equipmentYearVisit, continuity.equipmentYearVisit),
      (strings.ecommerceActive, continuity.ecommerceActive),
    ] {
      if let withheld = suppression.reason(denominator: proportion.denominator) {
        anyWithheld = true
        table.append([label, withheldCount(withheld)])
      } else {
        table.append([label, format.rateCell(proportion)])
      }
    }
    table.append([strings.ecommerceWithoutStatus, format.count(continuity.ecommerceWithoutStatus)])
    table.write(to: &output)
    tableNotes(withheldRows: anyWithheld, to: &output)
  }

  /// Re-registration overdue per kecamatan.
  func writeReRegistration(to output: inout String) {
    output += "## " + strings.reRegistration + "\n\n"
    output +=
      strings.pick(
        "Binaan yang pendaftaran terakhirnya lebih lama dari \(result.options.reRegistrationMonths) bulan per "
          + "\(format.date(result.asOf ?? result.lastActivity)).",
        "Binaan whose latest registration is older than \(result.options.reRegistrationMonths) months as of "
          + "\(format.date(result.asOf ?? result.lastActivity)).") + "\n\n"
    var table = MarkdownTable(
      header: [strings.unitColumn(unit), strings.registeredBinaan, strings.overdue + " " + strings.rateCellLegend,
        strings.dateUnknown])
    var total = ReRegistrationRow(kecamatan: "", registered: 0, overdue: 0, unknownDate: 0)
    var anyWithheld = false
    let rows = result.reRegistration.sorted { a, b in
      let ua = a.kecamatan == CoverageRow.unknownKey
      let ub = b.kecamatan == CoverageRow.unknownKey
      if ua != ub { return ub }
      return a.kecamatan.utf8.lexicographicallyPrecedes(b.kecamatan.utf8)
    }
    for row in rows {
      total.registered += row.registered
      total.overdue += row.overdue
      total.unknownDate += row.unknownDate
      let name = MarkdownText.escape(strings.displayName(row.kecamatan))
      if let withheld = suppression.reason(kecamatan: row.kecamatan, registered: row.registered) {
        anyWithheld = true
        table.append([name, withheldCount(withheld), ReportFormat.missing, ReportFormat.missing])
      } else {
        table.append(reRegistrationCells(name, row))
      }
    }
    table.append(reRegistrationCells("**" + regionLabel + "**", total))
    table.write(to: &output)
    tableNotes(withheldRows: anyWithheld, to: &output)
  }

  private func reRegistrationCells(_ name: String, _ row: ReRegistrationRow) -> [String] {
    [
      name, format.count(row.registered),
      format.rateCell(Proportion(numerator: row.overdue, denominator: row.registered)), format.count(row.unknownDate),
    ]
  }

  /// Registered binaan per year end with growth, activities and reach per year, and the charts.
  func writeTrends(to output: inout String) {
    output += "## " + strings.trends + "\n\n"
    let years = result.trends.years
    guard !years.isEmpty else {
      output += strings.noTrend + "\n\n"
      return
    }
    var table = MarkdownTable(
      header: [strings.year, strings.registeredAtYearEnd, strings.growth, strings.activities, strings.binaanReached]
        + dimensions.map { strings.reached + ": " + MarkdownText.escape(strings.dimension($0)) } + [strings.cost])
    var previous: Trends.Year?
    for year in years {
      let growth = previous.flatMap { GrowthRate.relative(from: $0.registered, to: year.registered) }
      table.append(
        [String(year.year), format.count(year.registered), format.signedPercent(growth), format.count(year.activities),
          format.count(year.reachedAny)]
          + dimensions.indices.map { d in d < year.reached.count ? format.count(year.reached[d]) : ReportFormat.missing }
          + [year.activitiesWithCost > 0 ? format.rupiah(year.cost) : ReportFormat.missing])
      previous = year
    }
    table.write(to: &output)
    if result.trends.registeredUnknownDate > 0 {
      output += strings.registeredUnknownDate(format.count(result.trends.registeredUnknownDate)) + "\n\n"
    }
    chartLink(ReportCharts.trendRegisteredFileName, to: &output)
    chartLink(ReportCharts.trendActivitiesFileName, to: &output)
  }
}
