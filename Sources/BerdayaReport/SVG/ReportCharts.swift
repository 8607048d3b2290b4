import BerdayaAnalysis
import BerdayaModel

/// Makes every chart and map of a report from the analysis result: per dimension a coverage bar
/// chart (`charts/coverage-<id>.svg`) and, where the package ships boundaries for the region, a
/// choropleth map (`charts/map-<id>.svg`); and the trend charts (`charts/trend-registered.svg`,
/// `charts/trend-activities.svg`) when there are yearly figures. Withheld kecamatan follow
/// ``ReportSuppression``, as in the tables.
public enum ReportCharts {
  /// File name of a dimension's coverage chart.
  public static func coverageFileName(dimension: Framework.Dimension) -> String {
    "charts/coverage-" + slug(dimension.id) + ".svg"
  }

  /// File name of a dimension's map.
  public static func mapFileName(dimension: Framework.Dimension) -> String {
    "charts/map-" + slug(dimension.id) + ".svg"
  }

  /// File name of the registered-binaan trend chart.
  public static let trendRegisteredFileName = "charts/trend-registered.svg"
  /// File name of the activities trend chart.
  public static let trendActivitiesFileName = "charts/trend-activities.svg"

  /// A dimension id made safe for a file name: lower-case ASCII letters, digits and `-`.
  static func slug(_ id: String) -> String {
    var result = ""
    for scalar in id.lowercased().unicodeScalars {
      if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
        result.unicodeScalars.append(scalar)
      } else if !result.hasSuffix("-") {
        result += "-"
      }
    }
    while result.hasSuffix("-") { result.removeLast() }
    while result.hasPrefix("-") { result.removeFirst() }
    return result.isEmpty ? "dimension" : result
  }

  /// Every chart for `result`, in a fixed order.
  public static func make(result: AnalysisResult, context: ReportContext) -> [ChartFile] {
    make(result: result, context: context, boundaries: nil)
  }

  /// Every chart, with boundaries given by the caller (tests, other regions); `nil` picks the
  /// shipped set for the region, if any.
  public static func make(result: AnalysisResult, context: ReportContext, boundaries: BoundarySet?) -> [ChartFile] {
    let strings = ReportStrings(language: context.language)
    let format = strings.format
    let suppression = ReportSuppression(result: result, minCell: context.minCell)
    let unit = context.unitLabel
    var files: [ChartFile] = []

    let rows = result.coverage.byKecamatan
    for (d, dimension) in result.framework.dimensions.enumerated() {
      let title = strings.coverageChartTitle(dimension: strings.dimension(dimension), unit: unit)
      let bars = rows.map { row -> SVGCoverageBarChart.Bar in
        let name = row.kecamatan ?? CoverageRow.unknownKey
        let label = strings.displayName(name)
        if let reason = suppression.reason(kecamatan: name, registered: row.registered) {
          return .init(label: label, state: .suppressed(reason))
        }
        return .init(label: label, state: row.registered == 0 ? .noBinaan : .value(row.rate(d)))
      }
      let chart = SVGCoverageBarChart(
        title: title, subtitle: subtitle(result: result, format: format, strings: strings),
        bars: bars, region: result.coverage.region.rate(d), strings: strings, minCell: context.minCell)
      files.append(ChartFile(fileName: coverageFileName(dimension: dimension), title: title, svg: chart.render()))
    }

    let knownNames = rows.compactMap(\.kecamatan).filter { $0 != CoverageRow.unknownKey }
    if let boundaries = boundaries ?? BoundarySet.forRegion(code: context.regionCode, kecamatan: knownNames) {
      let featureKeys = Set(boundaries.features.map { KecamatanBoundary.foldedName($0.name) })
      let notOnMap = knownNames.filter { !featureKeys.contains(KecamatanBoundary.foldedName($0)) }
        .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
      for (d, dimension) in result.framework.dimensions.enumerated() {
        var values: [String: SVGChoroplethMap.Value] = [:]
        for row in rows {
          guard let name = row.kecamatan, name != CoverageRow.unknownKey else { continue }
          let key = KecamatanBoundary.foldedName(name)
          guard values[key] == nil else { continue }
          if let reason = suppression.reason(kecamatan: name, registered: row.registered) {
            values[key] = .suppressed(reason)
          } else if row.registered > 0 {
            values[key] = .rate(row.rate(d))
          }
        }
        let title = strings.mapTitle(dimension: strings.dimension(dimension))
        let map = SVGChoroplethMap(
          title: title,
          subtitle: strings.mapSubtitle(
            period: periodText(result: result, format: format, strings: strings), asOf: format.date(result.asOf)),
          boundaries: boundaries, values: values, notOnMap: notOnMap, strings: strings, minCell: context.minCell)
        files.append(ChartFile(fileName: mapFileName(dimension: dimension), title: title, svg: map.render()))
      }
    }

    let years = result.trends.years
    if !years.isEmpty {
      let registered = SVGLineChart(
        title: strings.trendRegisteredTitle, subtitle: regionText(context: context, strings: strings),
        yAxisLabel: strings.registeredBinaan,
        series: [
          .init(name: strings.registeredBinaan, colour: "#3a75a8", points: years.map { ($0.year, $0.registered) })
        ], strings: strings)
      files.append(
        ChartFile(fileName: trendRegisteredFileName, title: strings.trendRegisteredTitle, svg: registered.render()))
      let activities = SVGLineChart(
        title: strings.trendActivitiesTitle, subtitle: regionText(context: context, strings: strings),
        yAxisLabel: strings.count,
        series: [
          .init(name: strings.activities, colour: "#c0392b", points: years.map { ($0.year, $0.activities) }),
          .init(name: strings.binaanReached, colour: "#3a75a8", points: years.map { ($0.year, $0.reachedAny) }),
        ], strings: strings)
      files.append(
        ChartFile(fileName: trendActivitiesFileName, title: strings.trendActivitiesTitle, svg: activities.render()))
    }
    return files
  }

  private static func periodText(result: AnalysisResult, format: ReportFormat, strings: ReportStrings) -> String {
    let options = result.options
    return options.from == nil && options.to == nil
      ? strings.allActivities : format.period(from: options.from, to: options.to)
  }

  private static func subtitle(result: AnalysisResult, format: ReportFormat, strings: ReportStrings) -> String {
    periodText(result: result, format: format, strings: strings) + "; " + strings.asOf.lowercased() + " "
      + format.date(result.asOf)
  }

  private static func regionText(context: ReportContext, strings: ReportStrings) -> String {
    context.regionName ?? strings.regionTotal
  }
}
