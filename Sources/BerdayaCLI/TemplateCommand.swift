import ArgumentParser
import BerdayaImport
import BerdayaModel
import BerdayaReport
import Foundation

/// `berdaya template`: blank registry and activity workbooks for a region, ready to fill.
struct TemplateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "template",
    abstract: "Write blank registry and activity XLSX templates with drop-down lists for a region.",
    discussion: """
      Writes registri.xlsx and kegiatan.xlsx to --out: headers the importer reads, drop-down lists of the
      region's kecamatan and kelurahan/desa (from the bundled Kemendagri gazetteer), sectors, programme
      kinds, L/P and Ya/Tidak, date and number validation, a frozen header row and an instructions sheet
      (Petunjuk) in Indonesian. A filled template imports with no quarantined rows.

      Examples:
        berdaya template --region 12.71 --out templates/
        berdaya template --region "Kota Binjai" --out binjai/data
        berdaya template --region 21.72 --out tpi/ --lang en
      """)

  @Option(name: .long, help: "Kemendagri code or name of a kota/kabupaten (or of one kecamatan).")
  var region: String

  @Option(name: .long, help: "Folder the templates are written to.")
  var out: String

  @Option(name: .long, help: "Language of the instructions sheet: id or en (default id).")
  var lang: String = "id"

  func validate() throws {
    if lang != "id" && lang != "en" { throw ValidationError("--lang must be id or en") }
  }

  func run() throws {
    try CommandRunner.run {
      let files = try Self.write(region: region, folder: out, language: ReportLanguage(rawValue: lang) ?? .indonesian)
      for file in files { print(file) }
    }
  }

  /// The file names the templates are written under.
  static let registryFile = "registri.xlsx"
  static let activityFile = "kegiatan.xlsx"

  /// Writes both templates into `folder` and returns their paths.
  static func write(region text: String, folder: String, language: ReportLanguage) throws -> [String] {
    let gazetteer = try Gazetteer.bundled()
    let region = try RegionArgument.resolve(text, in: gazetteer)
    let kecamatan: [Region]
    switch region.level {
    case .regency: kecamatan = gazetteer.children(of: region)
    case .district: kecamatan = [region]
    case .province, .village:
      throw RunSettings.Failure(
        description: "error: --region '\(text)' is a \(region.level); give a kota/kabupaten or a kecamatan")
    }
    try gazetteer.loadVillages()
    var kelurahan: [String: [String]] = [:]
    for district in kecamatan { kelurahan[district.name] = gazetteer.children(of: district).map(\.name) }
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let registry = (folder as NSString).appendingPathComponent(registryFile)
    let activities = (folder as NSString).appendingPathComponent(activityFile)
    try XLSXTemplate.writeRegistry(
      to: registry, kecamatan: kecamatan.map(\.name), kelurahanByKecamatan: kelurahan,
      sectors: Sector.known.map(\.name), language: language)
    try XLSXTemplate.writeActivities(to: activities, kecamatan: kecamatan.map(\.name), language: language)
    return [registry, activities]
  }
}
