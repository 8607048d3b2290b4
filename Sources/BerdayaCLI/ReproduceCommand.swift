import ArgumentParser
import BerdayaReport
import Foundation

/// `berdaya reproduce`: checks published claims against a project's data.
struct ReproduceCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "reproduce",
    abstract:
      "Check published figures (a findings file) against a project's data: matches, differs, or cannot be computed.",
    discussion: """
      The findings file names its project folder (`project:`, relative to the file) and lists claims, each
      with its source, indicator (registered, growth_registered, activities, participants, cost,
      population, growth_population), keys and published value. The project is imported and analysed as
      `berdaya report` does; each claim gets the computed value, the difference and a verdict. Writes
      reproduce.md to --out (default: the project's out/ folder) and prints the table.

      Examples:
        berdaya reproduce SampleData/medan/findings.yaml
        berdaya reproduce SampleData/medan/findings.yaml --out Reports/medan --quiet
        berdaya reproduce findings.yaml --json
      """)

  @Argument(help: "The findings file (YAML).")
  var findings: String

  @OptionGroup var output: OutputOptions

  func run() throws {
    try CommandRunner.run {
      let file = try FindingsFile.load(findings)
      var arguments = [file.project]
      if output.quiet { arguments.append("--quiet") }
      let settings = try RunSettings(inputs: try InputOptions.parse(arguments), flags: nil)
      let facts = try ProjectFacts(settings: settings, progress: Progress(quiet: output.quiet || output.json))
      let evaluator = ClaimEvaluator(facts: facts, findingsPath: findings)
      let checks = try file.claims.map { try evaluator.check($0) }
      let folder = try OutputFolder(output.out ?? settings.out)
      do {
        try folder.write(
          "reproduce.md",
          ReproductionReport.markdown(
            title: file.title.isEmpty ? settings.title : file.title,
            findingsFile: (findings as NSString).lastPathComponent, projectTitle: settings.title, checks: checks,
            language: settings.language))
        try folder.commit()
      } catch {
        folder.discard()
        throw error
      }
      if output.json {
        print(Self.json(checks, findings: findings, project: file.project))
      } else if !output.quiet {
        print(ReproductionReport.terminalTable(checks), terminator: "")
      }
    }
  }

  static func json(_ checks: [ClaimCheck], findings: String, project: String) -> String {
    let claims: [[String: Any]] = checks.map { check in
      var claim: [String: Any] = [
        "id": check.id, "indicator": check.indicator, "keys": check.keys, "unit": check.unit.rawValue,
        "published": check.published, "tolerance": check.tolerance, "verdict": check.verdict.code,
      ]
      if let computed = check.computed { claim["computed"] = computed }
      if let difference = check.difference { claim["difference"] = difference }
      if case .cannotBeComputed(_, let reason) = check.verdict { claim["reason"] = reason }
      return claim
    }
    let counts = ReproductionReport.counts(checks)
    return OutputOptions.jsonText([
      "findings": findings, "project": project, "claims": claims, "matches": counts.matches,
      "differs": counts.differs, "cannot_be_computed": counts.cannot,
    ])
  }
}
