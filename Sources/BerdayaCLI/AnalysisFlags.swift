import ArgumentParser

/// What to compute: period, framework and indicator parameters.
struct AnalysisFlags: ParsableArguments {
  @Option(name: .long, help: "Report year: activities dated in it; registrations as of its end.")
  var year: Int?

  @Option(name: .long, help: "Period start (YYYY-MM-DD).")
  var from: String?

  @Option(name: .long, help: "Period end (YYYY-MM-DD).")
  var to: String?

  @Option(name: .customLong("as-of"), help: "Date registrations are counted at (default: the period end).")
  var asOf: String?

  @Option(name: .long, help: "friedmann, ismawan, or a framework file (YAML).")
  var framework: String?

  @Option(name: .customLong("min-cell"), help: "Suppress published cells with fewer enterprises than this (0 = off; default 5).")
  var minCell: Int?

  @Option(name: .long, help: "Target coverage rate for the gap-to-target table (default 0.5).")
  var target: Double?

  @Option(name: .customLong("follow-up-days"), help: "Days after a training within which mentoring counts as follow-up (default 90).")
  var followUpDays: Int?

  @Option(name: .long, help: "Report language: id or en (default id).")
  var lang: String?

  @Option(name: .long, help: "Report title.")
  var title: String?

  mutating func validate() throws {
    if let year, !(1900...2100).contains(year) { throw ValidationError("--year \(year) is not a plausible year") }
    if year != nil && (from != nil || to != nil) { throw ValidationError("give either --year or --from/--to, not both") }
    if let minCell, minCell < 0 { throw ValidationError("--min-cell must be 0 or more") }
    if let target, !(0...1).contains(target) { throw ValidationError("--target is a rate between 0 and 1") }
    if let lang, lang != "id" && lang != "en" { throw ValidationError("--lang must be id or en") }
  }
}
