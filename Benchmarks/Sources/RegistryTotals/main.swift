import BerdayaImport
import BerdayaModel
import Foundation

/// Prints `rows=N omzet_sum=S` for a registry file as berdaya's importer reads it into typed records:
/// the line ../shared/bench/peers/xlsx_read_*.py print, so that scripts/bench can check berdaya's
/// values (not only its row count) against theirs. Not timed; the timed program is `berdaya validate`.
func registryTotals(path: String) throws -> String {
  let importer = FileImporter(aliases: try HeaderAliases(), normaliser: try ValueNormaliser())
  var rows = 0
  var omzet: Int64 = 0
  _ = try importer.importRegistry(InputFile(path: path, kind: .registry)) { record in
    rows += 1
    omzet += record.monthlyTurnover?.value ?? 0
  }
  return "rows=\(rows) omzet_sum=\(omzet)"
}

guard CommandLine.arguments.count == 2 else {
  print("usage: registry-totals REGISTRY_FILE")
  exit(2)
}
print(try registryTotals(path: CommandLine.arguments[1]))
