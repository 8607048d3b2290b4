import Benchmark
import BerdayaImport

/// Value parsing: the public parsers the importers call per cell, over real generated columns
/// (the strings are made before timing; only parsing is timed).
enum ValueParsingBenchmarks {
  static func register(_ data: BenchmarkData) {
    do {
      let dates = try BenchmarkData.column("tanggal", of: data.activitiesCSV)
      let costs = try BenchmarkData.column("biaya", of: data.activitiesCSV)
      let turnovers = try BenchmarkData.column("omzet_bulanan", of: data.registryCSV)
      benchmark("DateParser.parse: tanggal (ISO) [items=\(dates.count)]") {
        var days = 0
        for text in dates { days &+= Int(DateParser.parse(text)?.dayNumber ?? 0) }
        precondition(days != 0)
      }
      benchmark("NumberParser.parseRupiah: biaya [items=\(costs.count)]") {
        precondition(sum(costs) >= 0)
      }
      benchmark("NumberParser.parseRupiah: omzet_bulanan [items=\(turnovers.count)]") {
        precondition(sum(turnovers) > 0)
      }
      let indonesian = turnovers.map(groupedIndonesian)
      benchmark("NumberParser.parseRupiah: omzet as Rp 1.250.000 [items=\(indonesian.count)]") {
        precondition(sum(indonesian) > 0)
      }
    } catch {
      fatalError("reading the benchmark columns: \(error)")
    }
  }

  private static func sum(_ texts: [String]) -> Int64 {
    var total: Int64 = 0
    for text in texts { total &+= NumberParser.parseRupiah(text) ?? 0 }
    return total
  }

  /// `12500000` -> `Rp 12.500.000`: the form offices type, with dots grouping thousands.
  private static func groupedIndonesian(_ digits: String) -> String {
    var groups: [Substring] = []
    var rest = Substring(digits)
    while rest.count > 3 {
      groups.insert(rest.suffix(3), at: 0)
      rest = rest.dropLast(3)
    }
    groups.insert(rest, at: 0)
    return "Rp " + groups.joined(separator: ".")
  }
}
