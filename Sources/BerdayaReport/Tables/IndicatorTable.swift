import BerdayaAnalysis
import Foundation

/// `indicators.csv` / `indicators.json`: one tidy row per indicator value, with small cells
/// suppressed (counts and rates blanked) as in every published output.
public enum IndicatorTable {
  public static func rows(_ result: AnalysisResult, minCell: Int) -> [IndicatorRow] {
    let dimensions = result.framework.dimensions
    // The same plans as the report's tables: lists for kecamatan and sectors, the grid for cells.
    let lists = ReportSuppression(result: result, minCell: minCell)
    let matrix = CoverageMatrix(result.coverage, minCell: minCell)
    var cellWithheld: [String: Bool] = [:]
    for (r, rowKey) in matrix.rowKeys.enumerated() {
      for (c, columnKey) in matrix.columnKeys.enumerated() {
        cellWithheld[rowKey + "\u{1F}" + columnKey] = matrix.reason(row: r, column: c) != nil
      }
    }
    var rows: [IndicatorRow] = []
    func coverage(_ row: CoverageRow, level: String, suppressed: Bool) {
      for (d, dimension) in dimensions.enumerated() {
        let proportion = row.rate(d)
        let interval = proportion.wilsonInterval()
        rows.append(
          IndicatorRow(
            indicator: "coverage", level: level, kecamatan: row.kecamatan, sector: row.sector, dimension: dimension.id,
            year: nil, numerator: row.reached[d], denominator: row.registered, value: proportion.value,
            lower: interval?.lower, upper: interval?.upper, suppressed: suppressed))
        if let population = row.populationRate(d) {
          let interval = population.wilsonInterval()
          rows.append(
            IndicatorRow(
              indicator: "coverage_all_umkm", level: level, kecamatan: row.kecamatan, sector: row.sector,
              dimension: dimension.id, year: nil, numerator: population.numerator, denominator: population.denominator,
              value: population.value, lower: interval?.lower, upper: interval?.upper, suppressed: suppressed))
        }
      }
      rows.append(
        IndicatorRow(
          indicator: "composite_index", level: level, kecamatan: row.kecamatan, sector: row.sector, dimension: nil,
          year: nil, numerator: nil, denominator: row.registered, value: row.composite(weights: dimensions.map(\.weight)),
          lower: nil, upper: nil, suppressed: suppressed))
    }
    coverage(result.coverage.region, level: "region", suppressed: false)
    for row in result.coverage.byKecamatan {
      let name = row.kecamatan ?? CoverageRow.unknownKey
      coverage(row, level: "kecamatan", suppressed: lists.reason(kecamatan: name, registered: row.registered) != nil)
    }
    for row in result.coverage.bySector {
      let name = row.sector ?? CoverageRow.unknownKey
      coverage(row, level: "sector", suppressed: lists.reason(sector: name, registered: row.registered) != nil)
    }
    for row in result.coverage.byCell {
      let key = (row.kecamatan ?? CoverageRow.unknownKey) + "\u{1F}" + (row.sector ?? CoverageRow.unknownKey)
      coverage(row, level: "cell", suppressed: cellWithheld[key] ?? false)
    }
    for (d, dimension) in dimensions.enumerated() {
      guard let equity = result.equity[d] else { continue }
      let values: [(String, Double?)] = [
        ("equity_difference", equity.difference), ("equity_ratio", equity.ratio), ("equity_gini", equity.gini),
        ("equity_theil", equity.theil), ("equity_mean_difference_from_best", equity.meanDifferenceFromBest),
        ("equity_par", equity.populationAttributableRisk), ("equity_paf", equity.populationAttributableFraction),
        ("equity_zero_reach_units", Double(equity.zeroReachUnits)), ("equity_top_share", equity.topReachShare),
      ]
      for (name, value) in values {
        rows.append(
          IndicatorRow(
            indicator: name, level: "region", kecamatan: nil, sector: nil, dimension: dimension.id, year: nil,
            numerator: nil, denominator: nil, value: value, lower: nil, upper: nil, suppressed: false))
      }
    }
    let continuity = result.continuity
    for (name, proportion) in [
      ("continuity_training_follow_up", continuity.trainingFollowUp),
      ("continuity_equipment_first_visit", continuity.equipmentFirstVisit),
      ("continuity_equipment_year_visit", continuity.equipmentYearVisit),
      ("continuity_ecommerce_active", continuity.ecommerceActive),
    ] {
      let interval = proportion.wilsonInterval()
      rows.append(
        IndicatorRow(
          indicator: name, level: "region", kecamatan: nil, sector: nil, dimension: nil, year: nil,
          numerator: proportion.numerator, denominator: proportion.denominator, value: proportion.value,
          lower: interval?.lower, upper: interval?.upper, suppressed: false))
    }
    for row in result.reRegistration {
      let proportion = Proportion(numerator: row.overdue, denominator: row.registered)
      rows.append(
        IndicatorRow(
          indicator: "re_registration_overdue", level: "kecamatan", kecamatan: row.kecamatan, sector: nil,
          dimension: nil, year: nil, numerator: row.overdue, denominator: row.registered, value: proportion.value,
          lower: proportion.wilsonInterval()?.lower, upper: proportion.wilsonInterval()?.upper,
          suppressed: lists.reason(kecamatan: row.kecamatan, registered: row.registered) != nil))
    }
    var previous: Trends.Year?
    for year in result.trends.years {
      rows.append(
        IndicatorRow(
          indicator: "registered", level: "year", kecamatan: nil, sector: nil, dimension: nil, year: year.year,
          numerator: year.registered, denominator: nil, value: Double(year.registered), lower: nil, upper: nil,
          suppressed: false))
      rows.append(
        IndicatorRow(
          indicator: "activities", level: "year", kecamatan: nil, sector: nil, dimension: nil, year: year.year,
          numerator: year.activities, denominator: nil, value: Double(year.activities), lower: nil, upper: nil,
          suppressed: false))
      if let previous, let growth = GrowthRate.relative(from: previous.registered, to: year.registered) {
        rows.append(
          IndicatorRow(
            indicator: "registered_growth", level: "year", kecamatan: nil, sector: nil, dimension: nil, year: year.year,
            numerator: year.registered - previous.registered, denominator: previous.registered, value: growth,
            lower: nil, upper: nil, suppressed: false))
      }
      previous = year
    }
    for gap in result.gaps {
      rows.append(
        IndicatorRow(
          indicator: "gap_to_target", level: "kecamatan", kecamatan: gap.kecamatan, sector: nil,
          dimension: dimensions[gap.dimension].id, year: nil, numerator: gap.toReach, denominator: gap.registered,
          value: Double(gap.toReach), lower: nil, upper: nil,
          suppressed: lists.reason(kecamatan: gap.kecamatan, registered: gap.registered) != nil))
    }
    return rows
  }

  public static func csv(_ rows: [IndicatorRow]) -> String {
    var text = CSVText.line([
      "indicator", "level", "kecamatan", "sektor", "dimension", "year", "numerator", "denominator", "value", "lower",
      "upper", "suppressed",
    ])
    for row in rows {
      let hidden = row.suppressed
      text += CSVText.line([
        row.indicator, row.level, CSVText.textField(row.kecamatan ?? ""), CSVText.textField(row.sector ?? ""),
        row.dimension ?? "", row.year.map(String.init) ?? "", hidden ? "" : row.numerator.map(String.init) ?? "",
        hidden ? "" : row.denominator.map(String.init) ?? "", hidden ? "" : number(row.value),
        hidden ? "" : number(row.lower), hidden ? "" : number(row.upper), hidden ? "true" : "false",
      ])
    }
    return text
  }

  public static func json(_ rows: [IndicatorRow]) -> String {
    var text = "[\n"
    for (index, row) in rows.enumerated() {
      let hidden = row.suppressed
      var fields: [String] = [
        "\"indicator\": \(quoted(row.indicator))", "\"level\": \(quoted(row.level))",
        "\"kecamatan\": \(row.kecamatan.map(quoted) ?? "null")", "\"sektor\": \(row.sector.map(quoted) ?? "null")",
        "\"dimension\": \(row.dimension.map(quoted) ?? "null")", "\"year\": \(row.year.map(String.init) ?? "null")",
      ]
      fields.append("\"numerator\": \(hidden ? "null" : row.numerator.map(String.init) ?? "null")")
      fields.append("\"denominator\": \(hidden ? "null" : row.denominator.map(String.init) ?? "null")")
      fields.append("\"value\": \(hidden ? "null" : jsonNumber(row.value))")
      fields.append("\"lower\": \(hidden ? "null" : jsonNumber(row.lower))")
      fields.append("\"upper\": \(hidden ? "null" : jsonNumber(row.upper))")
      fields.append("\"suppressed\": \(hidden)")
      text += "  {" + fields.joined(separator: ", ") + "}" + (index + 1 < rows.count ? ",\n" : "\n")
    }
    return text + "]\n"
  }

  static func number(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "" }
    return PrintfFixed.sixDecimals(value)
  }

  static func jsonNumber(_ value: Double?) -> String {
    let text = number(value)
    return text.isEmpty ? "null" : text
  }

  static func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case _ where scalar.value < 0x20: result += String(format: "\\u%04x", scalar.value)
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }
}
