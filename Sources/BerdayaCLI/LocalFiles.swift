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

  static func duplicatesCSV(_ groups: [DuplicateGroup]) -> String {
    var text = CSVText.line(["group", "key", "merged", "file", "sheet", "row"])
    for (index, group) in groups.enumerated() {
      for row in group.rows {
        text += CSVText.line([
          String(index + 1), group.method.rawValue, group.merged ? "ya" : "tidak", CSVText.textField(row.file),
          CSVText.textField(row.sheet ?? ""), String(row.row),
        ])
      }
    }
    return text
  }

}
