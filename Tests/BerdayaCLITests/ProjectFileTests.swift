import Foundation
import Testing

@testable import BerdayaCLI

@Suite struct ProjectFileTests {
  /// With no folder and no input named, a run inside a project folder (one holding berdaya.yaml)
  /// takes it as its project, as `.`; a folder named, or any input file given, wins; elsewhere there
  /// is none.
  @Test func aRunInsideAProjectFolderFindsIt() throws {
    let project = try TestPaths.temporaryFolder().path
    let elsewhere = try TestPaths.temporaryFolder().path
    try "title: t\n".write(toFile: project + "/berdaya.yaml", atomically: true, encoding: .utf8)
    func folder(_ arguments: [String], in current: String) throws -> String? {
      RunSettings.projectFolder(try InputOptions.parse(arguments), current: current)
    }
    #expect(try folder([], in: project) == ".")
    #expect(try folder([], in: elsewhere) == nil)
    #expect(try folder(["other"], in: project) == "other")
    #expect(try folder(["--registry", "r.csv"], in: project) == nil)
    #expect(try folder(["--population", "p.csv"], in: project) == nil)
  }

  /// Writes `yaml` as berdaya.yaml in a fresh folder and returns the error `ProjectFile.load` throws.
  func loadError(_ yaml: String) throws -> String {
    let folder = try TestPaths.temporaryFolder().path
    try yaml.write(toFile: folder + "/berdaya.yaml", atomically: true, encoding: .utf8)
    do {
      _ = try ProjectFile.load(folder: folder)
      return "no error"
    } catch {
      return String("\(error)".dropFirst(folder.count + "/berdaya.yaml:".count))
    }
  }

  /// Every mistake names its line and the field.
  @Test(arguments: [
    (
      "title: t\nregion: \"12.71\"\nperiod:\n  yaer: 2021\n",
      "4: error: unknown field period.yaer (expected year, from, to)"
    ),
    ("title: t\nmin_cell: lima\n", "2: error: min_cell must be a whole number"),
    ("title: t\nmin_cell: -1\n", "2: error: min_cell must be 0 or more"),
    ("title: t\ntarget: 1.5\n", "2: error: target is a rate between 0 and 1, not 1.5"),
    ("title: t\nlanguage: de\n", "2: error: language must be id or en, not 'de'"),
    ("title: t\nas_of: 31/13/2021\n", "2: error: as_of '31/13/2021' is not a date (use YYYY-MM-DD)"),
    ("title: t\nperiod:\n  from: kemarin\n", "3: error: period.from 'kemarin' is not a date (use YYYY-MM-DD)"),
    (
      "title: t\ninputs:\n  registri:\n    - a.csv\n",
      "3: error: unknown input kind 'registri' (expected registry, activities, population)"
    ),
    (
      "inputs:\n  registry:\n    - path: ../../etc/passwd\n",
      "3: error: path '../../etc/passwd' leaves the project folder"
    ),
    (
      "inputs:\n  registry:\n    - path: a.xlsx\n      sheat: A\n",
      "4: error: unknown input field 'sheat' (expected path, sheet, sheets, headers, title_fields, source)"
    ),
    (
      "titel: t\n",
      "1: error: unknown field 'titel' (expected title, region, period, as_of, language, framework, min_cell, target, sector_aliases, kind_aliases, inputs)"
    ),
  ])
  func errorsNameLineAndField(yaml: String, expected: String) throws {
    #expect(try loadError(yaml) == expected)
  }

  /// A header override must name a canonical column; the message lists them.
  @Test func headerOverrideNamesTheColumns() throws {
    let error = try loadError("inputs:\n  activities:\n    - path: a.csv\n      headers: {\"Nilai\": nilai}\n")
    #expect(error.hasPrefix("4: error: headers: 'nilai' is not a canonical column (no_registrasi, "))
  }

  /// The sample projects read without error.
  @Test(arguments: ["medan", "medan-2022", "binjai", "tanjungpinang"])
  func sampleProjectsRead(name: String) throws {
    let project = try ProjectFile.load(folder: TestPaths.sampleData.appendingPathComponent(name).path)
    #expect(!project.inputs.isEmpty)
  }
}
