import BerdayaAnalysis

/// The charts of a count report: the total per year, and the five largest units per year.
public enum CountReportCharts {
  /// Colours of the unit lines, largest unit first.
  private static let colours = ["#3a75a8", "#c0392b", "#27ae60", "#8e44ad", "#d68910"]

  public static func make(input: CountReportInput, context: ReportContext) -> [ChartFile] {
    let analysis = input.analysis
    guard analysis.years.count > 1 else { return [] }
    let strings = ReportStrings(language: context.language)
    let total = SVGLineChart(
      title: strings.pick("Jumlah per tahun", "Total per year"), subtitle: context.regionName ?? "",
      yAxisLabel: strings.pick("usaha", "enterprises"),
      series: [.init(name: strings.pick("Jumlah", "Total"), colour: colours[0], points: Array(zip(analysis.years, analysis.yearTotals)))],
      strings: strings)
    // Units large in the last year; a unit whose total in any year is withheld is left out.
    let totals = analysis.unitTotals
    let withheld = analysis.years.indices.map { analysis.totalsSuppression(year: $0, threshold: context.minCell).units }
    let shown = analysis.units.indices.filter { u in withheld.allSatisfy { $0[u] == nil } }
      .sorted { (totals[$0].last ?? 0, analysis.units[$1]) > (totals[$1].last ?? 0, analysis.units[$0]) }.prefix(colours.count)
    let largest = SVGLineChart(
      title: strings.pick("Lima \(context.unitLabel) terbesar", "The five largest \(context.unitLabel)"),
      subtitle: context.regionName ?? "", yAxisLabel: strings.pick("usaha", "enterprises"),
      series: shown.enumerated().map { index, u in
        .init(name: analysis.units[u], colour: colours[index], points: Array(zip(analysis.years, totals[u])))
      }, strings: strings)
    return [
      ChartFile(fileName: "charts/total-per-year.svg", title: total.title, svg: total.render()),
      ChartFile(fileName: "charts/largest-units.svg", title: largest.title, svg: largest.render()),
    ]
  }
}
