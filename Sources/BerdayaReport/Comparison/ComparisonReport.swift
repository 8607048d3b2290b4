import BerdayaAnalysis

/// compare.md: the comparison as Markdown, one table per dimension and one for the composite index.
public enum ComparisonReport {
  /// The whole document.
  public static func markdown(_ comparison: Comparison, language: ReportLanguage) -> String {
    let strings = ComparisonStrings(language: language)
    let format = ReportFormat(language: language)
    let a = comparison.first.label
    let b = comparison.second.label
    var text = "# \(MarkdownText.escape(strings.title(a, b)))\n\n"
    for (d, dimension) in comparison.dimensions.enumerated() {
      text += "## \(MarkdownText.escape(strings.dimension(dimension)))\n\n"
      var table = MarkdownTable(
        header: [
          strings.kecamatan, strings.counts(a), strings.rate(a), strings.counts(b), strings.rate(b), strings.change,
          strings.interval, strings.rank(a), strings.rank(b), strings.rankChange,
        ].map(MarkdownText.escape))
      for row in comparison.byDimension[d] {
        let hidden = row.withheld != nil
        table.append(
          [
            label(row, strings),
            hidden ? ReportFormat.missing : counts(row.first, format),
            hidden ? ReportFormat.missing : format.percent(row.first?.value),
            hidden ? ReportFormat.missing : counts(row.second, format),
            hidden ? ReportFormat.missing : format.percent(row.second?.value),
            hidden ? ReportFormat.missing : format.signedPoints(row.change),
            hidden ? ReportFormat.missing : interval(row.interval, format),
          ] + ranks(row))
      }
      table.write(to: &text)
    }
    text += "## \(MarkdownText.escape(strings.composite))\n\n"
    var table = MarkdownTable(
      header: [
        strings.kecamatan, strings.index(a), strings.index(b), strings.change, strings.rank(a), strings.rank(b),
        strings.rankChange,
      ].map(MarkdownText.escape))
    for row in comparison.composite {
      let hidden = row.withheld != nil
      table.append(
        [
          label(row, strings), hidden ? ReportFormat.missing : format.percent(row.firstIndex),
          hidden ? ReportFormat.missing : format.percent(row.secondIndex),
          hidden ? ReportFormat.missing : format.signedPoints(row.change),
        ] + ranks(row))
    }
    table.write(to: &text)
    text += "## \(strings.method)\n\n"
    for note in strings.notes(minCell: comparison.minCell) { text += "- \(MarkdownText.escape(note))\n" }
    return text
  }

  private static func label(_ row: Comparison.Row, _ strings: ComparisonStrings) -> String {
    row.kecamatan.map(MarkdownText.escape) ?? "**\(strings.region)**"
  }

  private static func counts(_ proportion: Proportion?, _ format: ReportFormat) -> String {
    guard let proportion else { return ReportFormat.missing }
    return "\(format.count(proportion.numerator))/\(format.count(proportion.denominator))"
  }

  private static func interval(_ interval: (lower: Double, upper: Double)?, _ format: ReportFormat) -> String {
    guard let interval else { return ReportFormat.missing }
    return "[\(format.signedPoints(interval.lower)); \(format.signedPoints(interval.upper))]"
  }

  private static func ranks(_ row: Comparison.Row) -> [String] {
    guard row.kecamatan != nil, row.withheld == nil else { return ["", "", ""] }
    let change = row.rankChange.map { $0 > 0 ? "+\($0)" : String($0) }
    return [
      row.firstRank.map(String.init) ?? ReportFormat.missing, row.secondRank.map(String.init) ?? ReportFormat.missing,
      change ?? ReportFormat.missing,
    ]
  }
}
