import BerdayaReport
import Foundation

/// `manifest.json`: the reproducibility record of a report.
enum Manifest {
  static func json(context: ReportContext, settings: RunSettings) -> String {
    let inputs: [[String: Any]] = context.inputs.map { input in
      [
        "path": input.path, "kind": input.kind.rawValue, "sheets": input.sheets, "bytes": input.bytes,
        "sha256": input.sha256, "rows_read": input.rowsRead, "accepted": input.accepted,
        "quarantined": input.quarantined,
      ]
    }
    var object: [String: Any] = [
      "tool": "berdaya", "version": context.toolVersion, "inputs": inputs, "options": context.options,
      "command": context.command, "framework": settings.analysis.framework.id,
    ]
    if let date = context.reportDate { object["report_date"] = date.description }
    return OutputOptions.jsonText(object) + "\n"
  }
}

extension RunSettings {
  /// Every option that shaped the numbers, as text.
  var optionsDescription: [String: String] {
    var options: [String: String] = [
      "framework": analysis.framework.id, "min_cell": String(minCell), "target": String(analysis.target),
      "follow_up_days": String(analysis.followUpDays), "language": language.rawValue,
    ]
    if let region { options["region"] = region }
    if let from = analysis.from { options["from"] = from.description }
    if let to = analysis.to { options["to"] = to.description }
    if let asOf = analysis.effectiveAsOf { options["as_of"] = asOf.description }
    if let sectorAliases { options["sector_aliases"] = sectorAliases }
    if let kindAliases { options["kind_aliases"] = kindAliases }
    return options
  }

  /// The one command that re-runs this report.
  var rerunCommand: String {
    if let projectFolder { return "berdaya report \(projectFolder)" }
    var parts = ["berdaya", "report"]
    for kind in ["registry", "activities", "population"] {
      let files = inputs.filter { $0.kind.rawValue == kind }.map(\.path)
      if !files.isEmpty { parts += ["--\(kind)"] + files }
    }
    if let region { parts += ["--region", region] }
    if let from = analysis.from { parts += ["--from", from.description] }
    if let to = analysis.to { parts += ["--to", to.description] }
    parts += ["--framework", analysis.framework.id, "--min-cell", String(minCell)]
    return parts.joined(separator: " ")
  }
}
