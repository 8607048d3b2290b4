import BerdayaAnalysis
import BerdayaModel

extension MarkdownReportWriter {
  /// Cells of one coverage row: registered, one rate cell per dimension, any dimension, composite.
  func coverageCells(_ row: CoverageRow, withheld: SuppressionReason?) -> [String] {
    if let withheld {
      return [withheldCount(withheld)] + Array(repeating: ReportFormat.missing, count: dimensions.count + 2)
    }
    let any = Proportion(numerator: row.reachedAny, denominator: row.registered)
    return [format.count(row.registered)] + dimensions.indices.map { format.rateCell(row.rate($0)) }
      + [format.rateCell(any), format.percent(row.composite(weights: dimensions.map(\.weight)))]
  }

  /// The header of a coverage table whose first column is `first`.
  func coverageHeader(_ first: String) -> [String] {
    [first, strings.registeredBinaan] + dimensions.map { MarkdownText.escape(strings.dimension($0)) }
      + [strings.anyDimension, strings.compositeIndex]
  }

  /// The line that says how rate cells read, and the suppression note when rows were withheld.
  func tableNotes(withheldRows: Bool, to output: inout String) {
    if withheldRows { output += "_" + strings.suppressionNote(minCell: context.minCell) + "_\n\n" }
  }

  /// Coverage per kecamatan (all dimensions), with the bar charts.
  func writeKecamatanCoverage(to output: inout String) {
    output += "## " + strings.coverageBy(unit: unit) + "\n\n"
    output += strings.pick("Setiap sel cakupan: ", "Each coverage cell: ") + strings.rateCellLegend + ".\n\n"
    var table = MarkdownTable(header: coverageHeader(strings.unitColumn(unit)))
    var anyWithheld = false
    for row in sortedKecamatanRows {
      let withheld = isWithheld(kecamatan: row)
      if withheld != nil { anyWithheld = true }
      table.append([MarkdownText.escape(strings.displayName(row.kecamatan))] + coverageCells(row, withheld: withheld))
    }
    table.append(["**" + regionLabel + "**"] + coverageCells(result.coverage.region, withheld: nil))
    table.write(to: &output)
    tableNotes(withheldRows: anyWithheld, to: &output)
    for dimension in dimensions { chartLink(ReportCharts.coverageFileName(dimension: dimension), to: &output) }
  }

  /// The choropleth maps, when any was drawn.
  func writeMaps(to output: inout String) {
    let names = dimensions.map { ReportCharts.mapFileName(dimension: $0) }.filter { charts[$0] != nil }
    output += "## " + strings.coverageMaps + "\n\n"
    guard !names.isEmpty else {
      output += strings.noMap(unit: context.unitLabel) + "\n\n"
      return
    }
    for name in names { chartLink(name, to: &output) }
  }

  /// Coverage per sector.
  func writeSectorCoverage(to output: inout String) {
    output += "## " + strings.coverageBySector + "\n\n"
    var table = MarkdownTable(header: coverageHeader(strings.sector))
    var anyWithheld = false
    for row in Self.sortedRows(result.coverage.bySector, key: \.sector) {
      let withheld = suppression.reason(sector: row.sector ?? CoverageRow.unknownKey, registered: row.registered)
      if withheld != nil { anyWithheld = true }
      table.append([MarkdownText.escape(strings.displayName(row.sector))] + coverageCells(row, withheld: withheld))
    }
    table.append(["**" + regionLabel + "**"] + coverageCells(result.coverage.region, withheld: nil))
    table.write(to: &output)
    tableNotes(withheldRows: anyWithheld, to: &output)
  }

  /// Enterprises still to reach per kecamatan and dimension for the target rate.
  func writeGaps(to output: inout String) {
    output += "## " + strings.gapToTarget + "\n\n"
    let target = format.percent(result.options.target, digits: 0)
    output +=
      strings.pick(
        "Target cakupan \(target) per dimensi. Sel: binaan yang masih harus dijangkau (terjangkau/terdaftar); "
          + "masih harus dijangkau = ⌈target × terdaftar⌉ − terjangkau.",
        "Target coverage \(target) per dimension. Cell: binaan still to reach (reached/registered); "
          + "still to reach = ⌈target × registered⌉ − reached.") + "\n\n"
    var byKecamatan: [String: [Int: GapRow]] = [:]
    for gap in result.gaps { byKecamatan[gap.kecamatan, default: [:]][gap.dimension] = gap }
    var table = MarkdownTable(
      header: [strings.unitColumn(unit), strings.registeredBinaan]
        + dimensions.map { MarkdownText.escape(strings.dimension($0)) })
    var totals = Array(repeating: 0, count: dimensions.count)
    var registeredTotal = 0
    var anyWithheld = false
    let names = byKecamatan.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    for name in names {
      guard let gaps = byKecamatan[name] else { continue }
      let registered = gaps.values.first?.registered ?? 0
      registeredTotal += registered
      for (d, gap) in gaps where d < totals.count { totals[d] += gap.toReach }
      if let withheld = suppression.reason(kecamatan: name, registered: registered) {
        anyWithheld = true
        table.append(
          [MarkdownText.escape(strings.displayName(name)), withheldCount(withheld)]
            + Array(repeating: ReportFormat.missing, count: dimensions.count))
        continue
      }
      let cells = dimensions.indices.map { d -> String in
        guard let gap = gaps[d] else { return ReportFormat.missing }
        return format.count(gap.toReach) + " (" + format.fraction(gap.reached, gap.registered) + ")"
      }
      table.append([MarkdownText.escape(strings.displayName(name)), format.count(registered)] + cells)
    }
    table.append(
      ["**" + regionLabel + "**", format.count(registeredTotal)] + totals.map { format.count($0) })
    table.write(to: &output)
    tableNotes(withheldRows: anyWithheld, to: &output)
  }
}
