import BerdayaImport
import BerdayaModel
import Foundation

/// Imports an activity CSV into typed records, as `berdaya` does (in pieces, a worker per core), and
/// prints `rows=N biaya_sum=S dated=D`: the line Benchmarks/peers/csv_read_*.py print for the same
/// file, so that scripts/bench times the CSV import beside the peers' read and checks the values agree.
final class Totals: ActivityPieceSink {
  var rows = 0
  var cost: Int64 = 0
  var dated = 0

  func startPiece(_ index: Int) {}
  func take(_ record: ActivityRecord) {
    rows += 1
    cost += record.cost?.value ?? 0
    if record.date != nil { dated += 1 }
  }
  func endPiece() {}
}

func activityTotals(path: String) throws -> String {
  let importer = FileImporter(aliases: try HeaderAliases(), normaliser: try ValueNormaliser())
  let (summary, workers) = try importer.importActivities(
    InputFile(path: path, kind: .activities), workers: ProcessInfo.processInfo.activeProcessorCount, makeSink: { Totals() })
  let rows = workers.map(\.rows).reduce(0, +)
  precondition(rows == summary.accepted, "records handed over \(rows) != accepted \(summary.accepted)")
  return "rows=\(rows) biaya_sum=\(workers.map(\.cost).reduce(0, +)) dated=\(workers.map(\.dated).reduce(0, +))"
}

guard CommandLine.arguments.count == 2 else {
  print("usage: activities-totals ACTIVITIES_CSV")
  exit(2)
}
print(try activityTotals(path: CommandLine.arguments[1]))
