import BerdayaAnalysis
import BerdayaModel
import XLSXWriter

/// `report.xlsx`: the analysis as a workbook an office can attach to its annual report
/// (issue 6, item 1).
///
/// One sheet per view, every label in `context.language`: summary, coverage by kecamatan, by
/// sector, the kecamatan x sector matrix as a heat map and its cells, charts, equity,
/// continuity, re-registration, trends, gap to target, data quality and method. Every rate has
/// its numerator and denominator in the columns beside it; small cells are withheld as
/// `context.minCell` says; text from input files is written as text, never as a formula.
///
/// ```swift
/// var context = ReportContext(title: "Laporan Cakupan Pemberdayaan UMKM Kota Medan 2021")
/// context.reportDate = CalendarDate(year: 2021, month: 7, day: 31)
/// try XLSXReport.write(result: result, context: context, to: "out/report.xlsx")
/// ```
public enum XLSXReport {
  /// Writes the workbook to `path`, through a temporary file renamed over `path` on success.
  ///
  /// The same inputs give byte-identical files: the creation date is `context.reportDate` (or
  /// the as-of date, or the last activity date; never the clock) and every list is in a fixed
  /// order.
  public static func write(result: AnalysisResult, context: ReportContext, to path: String) throws {
    try AtomicFileWriter.write(to: path) { temporary in
      let words = WorkbookStrings(language: context.language)
      let properties = DocumentProperties(
        title: context.title, subject: words.subject, author: "Berdaya " + context.toolVersion,
        company: words.company, keywords: "UMKM, " + (context.regionName ?? ""),
        comments: context.command.isEmpty ? nil : context.command)
      let workbook = try Workbook(
        path: temporary,
        options: WorkbookOptions(
          properties: properties, createdSecondsSince1970: creationSeconds(result: result, context: context)))
      let builder = XLSXReportBuilder(result: result, context: context, styles: WorkbookStyles(workbook))
      try builder.write(into: workbook)
      try workbook.close()
    }
  }

  /// Seconds since 1970 for the document's creation date: midnight UTC of the report date, the
  /// as-of date or the last activity date, else 2000-01-01 (libxlsxwriter reads 0 as "now").
  static func creationSeconds(result: AnalysisResult, context: ReportContext) -> Int64 {
    let date = context.reportDate ?? result.asOf ?? result.lastActivity
    guard let date, date.dayNumber > 0 else { return 946_684_800 }
    return Int64(date.dayNumber) * 86_400
  }
}
