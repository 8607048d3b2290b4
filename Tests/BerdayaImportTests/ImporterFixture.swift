import BerdayaImport
import BerdayaModel
import Foundation

/// Fixtures under Fixtures/ (written by Fixtures/make_fixtures.py) and importing them.
enum ImporterFixture {
  static func path(_ name: String) throws -> String {
    guard let url = Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil) else {
      throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: name])
    }
    return url.path
  }

  static func importer() throws -> FileImporter {
    FileImporter(aliases: try HeaderAliases(), normaliser: try ValueNormaliser())
  }

  static func registry(_ name: String, sheets: [String] = [], keepsDescriptiveText: Bool = true) throws
    -> (FileImportSummary, [RegistryRecord])
  {
    var records: [RegistryRecord] = []
    var importer = try importer()
    importer.keepsDescriptiveText = keepsDescriptiveText
    let summary = try importer.importRegistry(InputFile(path: try path(name), kind: .registry, sheets: sheets)) {
      records.append($0)
    }
    return (summary, records)
  }

  static func activities(_ name: String) throws -> (FileImportSummary, [ActivityRecord]) {
    var records: [ActivityRecord] = []
    let summary = try importer().importActivities(InputFile(path: try path(name), kind: .activities)) {
      records.append($0)
    }
    return (summary, records)
  }

  static func population(_ name: String) throws -> (FileImportSummary, [PopulationRecord]) {
    var records: [PopulationRecord] = []
    let summary = try importer().importPopulation(InputFile(path: try path(name), kind: .population)) {
      records.append($0)
    }
    return (summary, records)
  }
}

extension FileImportSummary {
  /// Value issues (the row was kept) as "reason|column|row".
  var valueIssues: [String] {
    issues.filter { !$0.quarantinesRow }.map { "\($0.reason)|\($0.location.column ?? "-")|\($0.location.row)" }
  }
}
