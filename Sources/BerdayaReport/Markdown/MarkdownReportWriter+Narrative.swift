import BerdayaAnalysis
import BerdayaModel

extension MarkdownReportWriter {
  /// Published kecamatan of known name with binaan, weakest first for dimension `d` (ties by name).
  func weakestKecamatan(dimension d: Int) -> [CoverageRow] {
    suppression.publishedKecamatan(result).sorted { a, b in
      let ra = a.rate(d).value ?? 0
      let rb = b.rate(d).value ?? 0
      if ra != rb { return ra < rb }
      return (a.kecamatan ?? "").utf8.lexicographicallyPrecedes((b.kecamatan ?? "").utf8)
    }
  }

  /// The summary: one short paragraph per topic, every figure from the result.
  func writeNarrative(to output: inout String) {
    output += "## " + strings.summary + "\n\n"
    let region = result.coverage.region
    for (d, dimension) in dimensions.enumerated() {
      let label = strings.dimension(dimension)
      var sentences = [strings.overallCoverage(dimension: label, rate: format.rateWithInterval(region.rate(d)))]
      let weakest = weakestKecamatan(dimension: d)
      if let lowest = weakest.first {
        sentences.append(
          strings.lowestCoverage(
            dimension: label, unitName: MarkdownText.escape(strings.displayName(lowest.kecamatan)),
            rate: format.rateWithInterval(lowest.rate(d))))
        let three = weakest.prefix(3).map {
          MarkdownText.escape(strings.displayName($0.kecamatan)) + " (" + format.percent($0.rate(d).value) + ")"
        }
        if three.count > 1 { sentences.append(strings.weakest(unit: unit, list: Array(three))) }
      }
      output += "- " + sentences.joined(separator: " ") + "\n"
    }
    output += "\n"

    let equity = suppression.equity(result)
    var equityLines: [String] = []
    for (d, dimension) in dimensions.enumerated() {
      guard d < equity.summaries.count, let summary = equity.summaries[d] else { continue }
      let top = summary.topReachUnit.map { MarkdownText.escape(strings.displayName(equity.units[$0])) }
      equityLines.append(
        strings.equitySentence(
          dimension: strings.dimension(dimension), gini: format.decimal(summary.gini, digits: 2),
          zeroReach: summary.zeroReachUnits, counted: summary.unitsCounted, unit: unit, top: top,
          topShare: format.percent(summary.topReachShare)))
    }
    if equityLines.isEmpty && !dimensions.isEmpty { equityLines.append(strings.noEquity(unit: unit)) }
    for line in equityLines { output += "- " + line + "\n" }

    let continuity = result.continuity
    let options = result.options
    for (label, proportion) in [
      (strings.trainingFollowUp(days: options.followUpDays), continuity.trainingFollowUp),
      (strings.equipmentFirstVisit(days: options.equipmentVisitDays), continuity.equipmentFirstVisit),
    ] where proportion.denominator > 0 && suppression.reason(denominator: proportion.denominator) == nil {
      output += "- " + strings.continuitySentence(label: label, rate: format.rateWithInterval(proportion)) + "\n"
    }

    let registered = result.reRegistration.reduce(0) { $0 + $1.registered }
    let overdue = result.reRegistration.reduce(0) { $0 + $1.overdue }
    if registered > 0 {
      output +=
        "- "
        + strings.reRegistrationSentence(
          overdue: format.count(overdue), registered: format.count(registered),
          percent: format.percent(Double(overdue) / Double(registered)), months: options.reRegistrationMonths,
          asOf: format.date(result.asOf ?? result.lastActivity)) + "\n"
    }

    if let first = result.trends.years.first(where: { $0.registered > 0 }), let last = result.trends.years.last,
      last.year > first.year
    {
      let growth = GrowthRate.relative(from: first.registered, to: last.registered)
      let compound = GrowthRate.compoundAnnual(
        from: first.registered, to: last.registered, years: Double(last.year - first.year))
      output +=
        "- "
        + strings.trendSentence(
          fromCount: format.count(first.registered), fromYear: first.year, toCount: format.count(last.registered),
          toYear: last.year, growth: format.signedPercent(growth), compound: format.signedPercent(compound)) + "\n"
    }
    output += "\n"
  }
}
