import ArgumentParser
import BerdayaImport
import BerdayaReport
import Foundation

/// `berdaya init`: a new project folder with berdaya.yaml and blank templates to fill.
struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Start a project: DIR/berdaya.yaml and blank registry and activity templates in DIR/data.",
    discussion: """
      berdaya.yaml holds the title, region, period, language, framework, input files (with optional sheet
      names and header overrides), the suppression threshold and the target rate; `berdaya report DIR` and
      `berdaya validate DIR` read it, and every field can also be given as a flag. The templates are those
      of `berdaya template`. An existing berdaya.yaml is kept unless --force is given.

      Examples:
        berdaya init medan-2025 --region 12.71 --year 2025
        berdaya init binjai --region "Kota Binjai" --year 2024 --framework ismawan --min-cell 10
        berdaya report medan-2025        # after filling medan-2025/data/*.xlsx
      """)

  @Argument(help: "The project folder to create.")
  var folder: String

  @Option(name: .long, help: "Kemendagri code or name of the kota/kabupaten.")
  var region: String

  @Option(name: .long, help: "Report year.")
  var year: Int

  @Option(name: .long, help: "Report title (default: Laporan Pemberdayaan UMKM <region> <year>).")
  var title: String?

  @Option(name: .long, help: "Report language: id or en.")
  var lang: String = "id"

  @Option(name: .long, help: "friedmann, ismawan, or a framework file (YAML).")
  var framework: String = "friedmann"

  @Option(name: .customLong("min-cell"), help: "Withhold published cells with fewer enterprises than this (0 = off).")
  var minCell: Int = 5

  @Option(name: .long, help: "Target coverage rate for the gap-to-target table.")
  var target: Double = 0.5

  @Flag(name: .long, help: "Overwrite an existing berdaya.yaml and templates.")
  var force = false

  func validate() throws {
    if !(1900...2100).contains(year) { throw ValidationError("--year \(year) is not a plausible year") }
    if lang != "id" && lang != "en" { throw ValidationError("--lang must be id or en") }
    if minCell < 0 { throw ValidationError("--min-cell must be 0 or more") }
    if !(0...1).contains(target) { throw ValidationError("--target is a rate between 0 and 1") }
  }

  func run() throws {
    try CommandRunner.run {
      let file = (folder as NSString).appendingPathComponent(ProjectFile.fileName)
      if FileManager.default.fileExists(atPath: file) && !force {
        throw RunSettings.Failure(
          description: "\(file): error: the project exists already (give --force to overwrite it)")
      }
      let data = (folder as NSString).appendingPathComponent("data")
      let templates = try TemplateCommand.write(
        region: region, folder: data, language: ReportLanguage(rawValue: lang) ?? .indonesian)
      let resolved = try RegionArgument.resolve(region, in: try Gazetteer.bundled())
      let text = projectFile(region: resolved)
      try Data(text.utf8).write(to: URL(fileURLWithPath: file))
      // Every file written, as `template` lists its own.
      for path in [file] + templates { print(path) }
    }
  }

  /// berdaya.yaml with every field, and comments saying what each one does.
  func projectFile(region: Region) -> String {
    let title = title ?? "Laporan Pemberdayaan UMKM \(region.name.capitalized) \(year)"
    return """
      # Berdaya project file (made by `berdaya init`). Every field can also be given as a flag; a flag wins.
      title: \(Self.quoted(title))
      region: \(Self.quoted(region.code))  # \(region.name)
      period:
        year: \(year)
        # from: \(year)-01-01   # instead of year: any period
        # to: \(year)-12-31
      # as_of: \(year)-12-31    # date registrations are counted at (default: the period's end)
      language: \(lang)           # id or en
      framework: \(Self.quoted(framework))    # friedmann, ismawan, or a framework file (YAML)
      min_cell: \(minCell)            # published cells with fewer enterprises are withheld (0 = off)
      target: \(target)           # target coverage rate for the gap-to-target table
      inputs:
        registry:
          - path: data/\(TemplateCommand.registryFile)
            sheet: \(Self.quoted(XLSXTemplate.registrySheet))
            # headers: {"Nama Pelaku Usaha": nama_pemilik}   # a header the importer does not know, and its column
        activities:
          - path: data/\(TemplateCommand.activityFile)
            sheet: \(Self.quoted(XLSXTemplate.activitySheet))
        # population:                 # all UMKM per kecamatan (and sector) and year, e.g. from BPS
        #   - path: data/populasi.csv

      """
  }

  /// A YAML double-quoted scalar.
  static func quoted(_ text: String) -> String {
    "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
  }
}
