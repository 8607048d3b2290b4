import BerdayaAnalysis
import BerdayaImport
import BerdayaModel
import BerdayaReport
import Foundation

/// The settings of one run: the project file's fields with the flags laid over them.
struct RunSettings {
  var title: String
  var region: String?
  var inputs: [InputFile]
  var sectorAliases: String?
  var kindAliases: String?
  var analysis = AnalysisOptions()
  var language: ReportLanguage = .indonesian
  var minCell = 5
  var out: String
  var json: Bool
  var quiet: Bool
  var projectFolder: String?

  /// True when the inputs are count tables only: the report is one of counts, not coverage.
  var countsOnly: Bool { !inputs.contains { $0.kind == .registry } }

  /// The project folder named, or, with no folder and no input file given, `.` when the current
  /// folder (`current`) holds berdaya.yaml: `berdaya report` inside a project, as `git` and `cargo`
  /// find theirs. Named `.`, so that the manifest's command runs again wherever the project is moved.
  static func projectFolder(
    _ options: InputOptions, current: String = FileManager.default.currentDirectoryPath
  ) -> String? {
    if let folder = options.project { return folder }
    let givesInputs = !(options.registry.isEmpty && options.activities.isEmpty && options.population.isEmpty)
    let file = (current as NSString).appendingPathComponent(ProjectFile.fileName)
    return !givesInputs && FileManager.default.fileExists(atPath: file) ? "." : nil
  }

  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  init(inputs options: InputOptions, flags: AnalysisFlags?) throws {
    var project = ProjectFile()
    let folder = Self.projectFolder(options)
    if let folder { project = try ProjectFile.load(folder: folder) }
    projectFolder = folder
    title = flags?.title ?? project.title ?? "Laporan Pemberdayaan UMKM"
    region = options.region ?? project.region
    sectorAliases = options.sectorAliases ?? project.sectorAliases
    kindAliases = options.kindAliases ?? project.kindAliases
    json = options.output.json
    quiet = options.output.quiet
    out = options.output.out ?? folder.map { ($0 as NSString).appendingPathComponent("out") } ?? "."
    let sheets = options.sheet
    var titleFields = Set<TitleField>()
    if let text = options.titleFields {
      switch TitleField.list(text) {
      case .success(let fields): titleFields = fields
      case .failure(let error): throw Failure(description: "error: --title-fields: \(error)")
      }
    }
    let flagged =
      options.registry.map { InputFile(path: $0, kind: .registry, sheets: sheets) }
      + options.activities.map { InputFile(path: $0, kind: .activities, sheets: sheets) }
      + options.population.map { InputFile(path: $0, kind: .population, sheets: sheets, titleFields: titleFields) }
    inputs = flagged.isEmpty ? project.inputs : flagged
    if !titleFields.isEmpty {
      for index in inputs.indices where inputs[index].kind == .population { inputs[index].titleFields = titleFields }
    }
    guard inputs.contains(where: { $0.kind == .registry || $0.kind == .population }) else {
      throw Failure(
        description:
          "error: no registry or count table: give --registry FILE, --population FILE or a project folder with inputs")
    }
    guard inputs.contains(where: { $0.kind == .registry }) || !inputs.contains(where: { $0.kind == .activities }) else {
      throw Failure(description: "error: activities need a registry to link to: give --registry FILE")
    }

    var analysis = AnalysisOptions()
    let frameworkName = flags?.framework ?? project.framework ?? "friedmann"
    analysis.framework = try FrameworkLoader.load(frameworkName, relativeTo: folder)
    let year = flags?.year ?? project.year
    if let year {
      analysis.from = CalendarDate.startOfYear(year)
      analysis.to = CalendarDate.endOfYear(year)
    }
    if let text = flags?.from ?? project.from { analysis.from = try Self.date(text, "from") }
    if let text = flags?.to ?? project.to { analysis.to = try Self.date(text, "to") }
    if let text = flags?.asOf ?? project.asOf { analysis.asOf = try Self.date(text, "as-of") }
    if let target = flags?.target ?? project.target { analysis.target = target }
    if let days = flags?.followUpDays { analysis.followUpDays = days }
    self.analysis = analysis
    minCell = flags?.minCell ?? project.minCell ?? 5
    language = ReportLanguage(rawValue: flags?.lang ?? project.language ?? "id") ?? .indonesian
  }

  static func date(_ text: String, _ field: String) throws -> CalendarDate {
    guard let date = DateParser.parse(text) else {
      throw Failure(description: "error: --\(field) '\(text)' is not a date (use YYYY-MM-DD)")
    }
    return date
  }
}
