import BerdayaImport
import BerdayaModel
import BerdayaReport

/// The local (unpublished) files of a run: quarantined rows, value issues, normalisation
/// decisions and duplicates. They may show raw values, so any NIK in them is masked (first 6 and
/// last 2 digits kept); they are for the office, not for publication.
enum LocalFiles {
  static func quarantineCSV(_ summaries: [FileImportSummary], quarantined: Bool) -> String {
    var text = CSVText.line(["file", "sheet", "row", "column", "value", "reason"])
    for summary in summaries {
      for issue in summary.issues where issue.quarantinesRow == quarantined {
        let location = issue.location
        text += CSVText.line([
          CSVText.textField(location.file), CSVText.textField(location.sheet ?? ""), String(location.row),
          location.column ?? "", CSVText.textField(NIK.maskingAll(in: issue.value)), CSVText.textField(issue.reason),
        ])
      }
    }
    return text
  }

  /// normalisation.csv with LF line ends like every CSV Berdaya writes (NormalisationLog masks NIKs).
  static func normalisationCSV(_ log: NormalisationLog) -> String {
    var text = CSVText.line(["field", "raw", "canonical", "method", "count", "candidates"])
    for decision in log.entries {
      text += CSVText.line([
        decision.field, CSVText.textField(decision.raw), CSVText.textField(decision.canonical),
        CSVText.textField(decision.method), String(decision.count),
        CSVText.textField(decision.candidates.joined(separator: "; ")),
      ])
    }
    return text
  }

  /// duplicates.csv: one line per row of each group. Measured: at size L (734k listed rows) the
  /// line-by-line field arrays were 6% of `validate`; the file and sheet of a row are quoted once
  /// per source, each line is appended in place, and the text is reserved to the byte (a String
  /// grown by doubling would hold twice the file at its peak).
  static func duplicatesCSV(_ groups: [DuplicateGroup]) -> String {
    var source: (file: String, sheet: String?, fields: String)?
    func sourceFields(_ row: SourceLocation) -> String {
      if let source, source.file == row.file, source.sheet == row.sheet { return source.fields }
      let fields = CSVText.textField(row.file) + "," + CSVText.textField(row.sheet ?? "")
      source = (row.file, row.sheet, fields)
      return fields
    }
    func head(_ index: Int, _ group: DuplicateGroup) -> String {
      "\(index + 1),\(group.method.rawValue),\(group.merged ? "ya" : "tidak"),"
    }
    var text = CSVText.line(["group", "key", "merged", "file", "sheet", "row"])
    var length = text.utf8.count
    for (index, group) in groups.enumerated() {
      let head = head(index, group).utf8.count
      for row in group.rows { length += head + sourceFields(row).utf8.count + String(row.row).utf8.count + 2 }
    }
    text.reserveCapacity(length)
    for (index, group) in groups.enumerated() {
      let head = head(index, group)
      for row in group.rows {
        text += head
        text += sourceFields(row)
        text += ","
        text += String(row.row)
        text += "\n"
      }
    }
    return text
  }

}
