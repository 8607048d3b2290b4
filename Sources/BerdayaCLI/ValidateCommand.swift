import ArgumentParser
import BerdayaImport
import BerdayaModel
import Foundation

/// `berdaya validate`: reads the inputs, prints the counts and what was quarantined and why.
struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check input files: rows read, accepted and quarantined (with reasons), normalisation decisions.",
    discussion: """
      Writes quarantine.csv (file,sheet,row,column,value,reason), value-issues.csv, normalisation.csv and
      duplicates.csv to --out (default: the current folder). NIKs in these local files are masked.

      Examples:
        berdaya validate --registry registry.xlsx --activities pelatihan.csv bantuan.xlsx
        berdaya validate SampleData/medan --json
        berdaya validate --registry data.csv --region 12.71 --out cek/
      """)

  @OptionGroup var inputs: InputOptions

  func run() throws {
    try CommandRunner.run {
      var settings = try RunSettings(inputs: inputs, flags: nil)
      if inputs.output.out == nil { settings.out = "." }
      var pipeline = Pipeline(settings: settings, progress: Progress(quiet: settings.quiet))
      pipeline.listsDuplicates = true
      let output = try pipeline.run(analyse: false)
      guard let duplicates = output.registry.duplicates else { preconditionFailure("validate's registry lists no duplicates") }
      let folder = try OutputFolder(settings.out)
      try folder.write("quarantine.csv", LocalFiles.quarantineCSV(output.summaries, quarantined: true))
      try folder.write("value-issues.csv", LocalFiles.quarantineCSV(output.summaries, quarantined: false))
      try folder.write(
        "normalisation.csv", LocalFiles.normalisationCSV(output.normalisation))
      try folder.write("duplicates.csv", LocalFiles.duplicatesCSV(duplicates))
      try folder.commit()
      if settings.json {
        print(ValidationSummary.json(output))
      } else if !settings.quiet {
        print(ValidationSummary.text(output), terminator: "")
      }
    }
  }
}

/// The validation summary, as text for people and as JSON for programs.
enum ValidationSummary {
  static func json(_ output: Pipeline.Output) -> String {
    var files: [[String: Any]] = []
    for summary in output.summaries {
      files.append([
        "path": summary.path, "kind": summary.kind.rawValue, "rows_read": summary.rowsRead,
        "accepted": summary.accepted, "quarantined": summary.quarantined,
        "quarantined_by_reason": summary.quarantinedByReason,
      ])
    }
    let object: [String: Any] = [
      "files": files,
      "rows_read": output.summaries.map(\.rowsRead).reduce(0, +),
      "accepted": output.summaries.map(\.accepted).reduce(0, +),
      "quarantined": output.summaries.map(\.quarantined).reduce(0, +),
      "enterprises": output.registry.table.count,
      "duplicates_merged": output.registry.mergedDuplicateRows,
      "linkage": Dictionary(uniqueKeysWithValues: output.linkage.map { ($0.key.rawValue, $0.value) }),
    ]
    return OutputOptions.jsonText(object)
  }

  static func text(_ output: Pipeline.Output) -> String {
    var text = ""
    for summary in output.summaries {
      text += "\(summary.path) (\(summary.kind.rawValue)): \(summary.rowsRead) rows read, \(summary.accepted) accepted, \(summary.quarantined) quarantined\n"
      for table in summary.tables {
        let sheet = table.sheet.map { "sheet '\($0)', " } ?? ""
        text += "  \(sheet)header on row \(table.headerRow), \(table.titleRows) title row(s), \(table.totalsRows) totals row(s)\n"
        if !table.unmappedHeaders.isEmpty { text += "  columns not used: \(table.unmappedHeaders.joined(separator: ", "))\n" }
      }
      for (sheet, reason) in summary.skippedSheets { text += "  sheet '\(sheet)' skipped: \(reason)\n" }
      for (field, value) in summary.titleFields { text += "  \(field) taken from outside the table: \(value)\n" }
      if !summary.totalsChecks.isEmpty {
        let disagreeing = summary.totalsChecks.filter { !$0.agrees }
        text += "  stated totals: \(summary.totalsChecks.count) checked, \(disagreeing.count) disagree with their parts\n"
        for check in disagreeing { text += "  \(check.message)\n" }
      }
      for (reason, count) in summary.quarantinedByReason.sorted(by: { $0.key < $1.key }) {
        text += "  quarantined: \(count) x \(reason)\n"
      }
      let valueIssues = Dictionary(grouping: summary.issues.filter { !$0.quarantinesRow }, by: \.reason)
      for (reason, issues) in valueIssues.sorted(by: { $0.key < $1.key }) {
        text += "  value unknown: \(issues.count) x \(reason)\n"
      }
    }
    let merged = output.registry.mergedDuplicateRows
    let possible = output.registry.possibleDuplicateGroups
    text += "enterprises: \(output.registry.table.count) (\(merged) duplicate row(s) merged, \(possible) possible duplicate group(s) listed)\n"
    if !output.linkage.isEmpty {
      let parts = LinkMethod.allCases.compactMap { method in output.linkage[method].map { "\(method.rawValue) \($0)" } }
      text += "activities linked: \(parts.joined(separator: ", "))\n"
    }
    for decision in output.normalisation.entries where decision.canonical.isEmpty {
      let hint = decision.candidates.isEmpty ? "" : " (candidates: \(decision.candidates.joined(separator: ", ")))"
      text += "not resolved: \(decision.field) '\(decision.raw)' x\(decision.count): \(decision.method)\(hint)\n"
    }
    return text
  }
}
