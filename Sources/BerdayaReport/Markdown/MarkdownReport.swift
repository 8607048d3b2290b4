import BerdayaAnalysis
import BerdayaModel

/// The Markdown report (`report.md`): a title, a narrative generated from the numbers, the main
/// tables with every rate beside its counts and Wilson interval, the charts under `charts/`, a
/// data-quality part and a method section.
///
/// The output is GitHub-flavoured Markdown and deterministic: rows are sorted, dictionaries are
/// written in key order, and no clock is read (the report date comes from the context). Small
/// cells are withheld as ``ReportSuppression`` plans them; text from input files is escaped with
/// ``MarkdownText``.
public enum MarkdownReport {
  /// Writes the report for `result` to `output`.
  ///
  /// `charts` are the files ``ReportCharts/make(result:context:)`` produced; the report links
  /// those that exist by their `fileName` and links nothing else.
  public static func write(
    result: AnalysisResult, context: ReportContext, charts: [ChartFile], to output: inout some TextOutputStream
  ) {
    let writer = MarkdownReportWriter(result: result, context: context, charts: charts)
    var text = ""
    writer.write(to: &text)
    output.write(text)
  }

  /// The report as a string.
  public static func render(result: AnalysisResult, context: ReportContext, charts: [ChartFile]) -> String {
    var text = ""
    write(result: result, context: context, charts: charts, to: &text)
    return text
  }
}
