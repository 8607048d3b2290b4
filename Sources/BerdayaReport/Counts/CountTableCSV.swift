import BerdayaAnalysis

/// `counts.csv`: every unit x category x year count of a count report, with small cells withheld
/// exactly as the report withholds them (the count left empty, the reason in `suppressed`).
public enum CountTableCSV {
  public static func text(_ input: CountReportInput, minCell: Int) -> String {
    let analysis = input.analysis
    var text = "unit_code,unit,category,year,count,suppressed\n"
    for (y, year) in analysis.years.enumerated() {
      let plan = analysis.suppression(year: y, threshold: minCell)
      for (u, unit) in analysis.units.enumerated() {
        for (c, category) in analysis.categories.enumerated() {
          let reason = plan.reasons[u][c]
          let count = reason == nil ? String(analysis.counts[u][c][y]) : ""
          text += CSVText.line([
            input.unitCodes[unit] ?? "", CSVText.textField(unit), CSVText.textField(category), String(year), count,
            reason?.rawValue ?? "",
          ])
        }
      }
    }
    return text
  }
}
