import BerdayaAnalysis
import Foundation

/// `coverage.csv`: one row per (kecamatan, sector) pair of the registry, in exactly the format of
/// the benchmark's executable spec (../shared/bench/README.md, section 2).
///
/// Header `kecamatan,sektor,terdaftar,<d>_n,<d>_pct,...,indeks` with the framework's dimension ids;
/// rows sorted byte-wise; rates as C `printf("%.6f")` of one binary64 division (0 when nobody is
/// registered); `indeks` = sum of the dimension counts / (dimensions x terdaftar), one division of
/// the exact integers (not a mean of rounded rates). Unsuppressed: this is the analyst's file.
public enum CoverageCSV {
  public static func write(_ result: AnalysisResult, to output: inout some TextOutputStream) {
    let dimensions = result.framework.dimensions
    var header = ["kecamatan", "sektor", "terdaftar"]
    for dimension in dimensions { header += [dimension.id + "_n", dimension.id + "_pct"] }
    header.append("indeks")
    output.write(CSVText.line(header))
    for row in result.coverage.byCell {
      var fields = [
        CSVText.textField(row.kecamatan ?? ""), CSVText.textField(row.sector ?? ""), String(row.registered),
      ]
      for d in dimensions.indices {
        fields.append(String(row.reached[d]))
        fields.append(decimal6(row.registered == 0 ? 0 : Double(row.reached[d]) / Double(row.registered)))
      }
      let total = row.reached.reduce(0, +)
      fields.append(
        decimal6(row.registered == 0 ? 0 : Double(total) / Double(dimensions.count * row.registered)))
      output.write(CSVText.line(fields))
    }
  }

  /// `%.6f` as the C library's printf writes it: the exact binary value correctly rounded, ties to even.
  static func decimal6(_ value: Double) -> String { PrintfFixed.sixDecimals(value) }
}
