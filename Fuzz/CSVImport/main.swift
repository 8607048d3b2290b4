// libFuzzer target: a CSV file through the whole importer (encoding sniff, header detection in
// the first 30 rows, aliases, the cell decoder and its UTF-8 repairs, value parsing, control
// characters, quarantine), as `berdaya validate` reads an office's file.
//
// The first byte picks the kind (registry, activities, population). An ImportError is a fine
// answer. A crash, a hang, a row lost (rows read != accepted + quarantined), a quarantine without
// its file and row, or a NUL reaching a value is a finding.
import BerdayaImport
import BerdayaModel

private let importer: FileImporter = {
  do {
    return FileImporter(aliases: try HeaderAliases(), normaliser: try ValueNormaliser())
  } catch {
    preconditionFailure("the built-in alias files do not load: \(error)")
  }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  guard size > 0 else { return 0 }
  let kind = RecordKind.allCases[Int(data[0]) % RecordKind.allCases.count]
  let path = ScratchFile.write(UnsafeRawBufferPointer(start: data + 1, count: size - 1), name: "input.csv")
  let input = InputFile(path: path, kind: kind)
  var texts: [String?] = []
  let summary: FileImportSummary
  do {
    switch kind {
    case .registry:
      summary = try importer.importRegistry(input) { texts += [$0.registrationNumber, $0.businessName, $0.kecamatan] }
    case .activities:
      summary = try importer.importActivities(input) { texts += [$0.activityID, $0.activityName, $0.kecamatan] }
    case .population:
      summary = try importer.importPopulation(input) { texts += [$0.kecamatan, $0.category] }
    }
  } catch is ImportError {
    return 0
  } catch {
    preconditionFailure("not an ImportError: \(error)")
  }
  precondition(summary.reconciles, "\(summary.rowsRead) rows read, \(summary.accepted) + \(summary.quarantined)")
  for issue in summary.issues where issue.quarantinesRow {
    precondition(issue.location.file == path && issue.location.row >= 1, "quarantined at \(issue.location)")
  }
  for case let text? in texts {
    precondition(!text.utf8.contains(0), "a NUL reached a value: \(text.debugDescription)")
  }
  return 0
}
