import BerdayaModel

extension CoverageTables {
  /// Counts registered and reached enterprises per cell in one pass, then rolls up by distinct
  /// enterprise (each enterprise is in exactly one cell, so sums of cells are distinct counts).
  static func compute(
    table: EnterpriseTable, reached reachMasks: [UInt16], dimensions: Int, isCounted: (Int) -> Bool, population: PopulationIndex
  ) -> CoverageTables {
    let empty = CoverageRow(
      kecamatan: nil, sector: nil, registered: 0, rowsInRegistry: 0, reached: Array(repeating: 0, count: dimensions),
      reachedAny: 0, reachedAllStatuses: Array(repeating: 0, count: dimensions), population: nil)
    // A cell per (kecamatan id + 1, sector id + 1), unknown (-1) first, counted in flat arrays.
    // Measured: a dictionary of rows, each copied out, changed and stored back per enterprise
    // (copying its two arrays), was a fifth of the L report's single-threaded end.
    let sectorSlots = table.sectorNames.count + 1
    let cellCount = (table.kecamatanNames.count + 1) * sectorSlots
    var rowsInRegistry = Array(repeating: 0, count: cellCount)
    var registered = Array(repeating: 0, count: cellCount)
    var reachedAny = Array(repeating: 0, count: cellCount)
    var reached = Array(repeating: 0, count: cellCount * dimensions)
    var reachedAllStatuses = Array(repeating: 0, count: cellCount * dimensions)
    for index in 0..<table.count {
      let cell = Int(table.kecamatan[index] + 1) * sectorSlots + Int(table.sector[index] + 1)
      rowsInRegistry[cell] += 1
      let mask = reachMasks[index]
      for d in 0..<dimensions where mask & (1 << d) != 0 { reachedAllStatuses[cell * dimensions + d] += 1 }
      if isCounted(index) {
        registered[cell] += 1
        if mask != 0 { reachedAny[cell] += 1 }
        for d in 0..<dimensions where mask & (1 << d) != 0 { reached[cell * dimensions + d] += 1 }
      }
    }
    func name(_ id: Int, _ names: [String]) -> String { id < 0 ? CoverageRow.unknownKey : names[id] }
    var byCell: [CoverageRow] = (0..<cellCount).filter { rowsInRegistry[$0] > 0 }.map { cell in
      var row = empty
      row.kecamatan = name(cell / sectorSlots - 1, table.kecamatanNames)
      row.sector = name(cell % sectorSlots - 1, table.sectorNames)
      row.rowsInRegistry = rowsInRegistry[cell]
      row.registered = registered[cell]
      row.reachedAny = reachedAny[cell]
      row.reached = Array(reached[(cell * dimensions)..<((cell + 1) * dimensions)])
      row.reachedAllStatuses = Array(reachedAllStatuses[(cell * dimensions)..<((cell + 1) * dimensions)])
      row.population = population.count(kecamatan: row.kecamatan, sector: row.sector)
      return row
    }
    byCell.sort { a, b in
      let ka = a.kecamatan ?? "", kb = b.kecamatan ?? ""
      if ka != kb { return ka.utf8.lexicographicallyPrecedes(kb.utf8) }
      return (a.sector ?? "").utf8.lexicographicallyPrecedes((b.sector ?? "").utf8)
    }
    func rollUp(_ rows: [CoverageRow], kecamatan: String?, sector: String?) -> CoverageRow {
      var total = empty
      total.kecamatan = kecamatan
      total.sector = sector
      for row in rows {
        total.registered += row.registered
        total.rowsInRegistry += row.rowsInRegistry
        total.reachedAny += row.reachedAny
        for d in 0..<dimensions {
          total.reached[d] += row.reached[d]
          total.reachedAllStatuses[d] += row.reachedAllStatuses[d]
        }
      }
      total.population = population.count(kecamatan: kecamatan, sector: sector)
      return total
    }
    let kecamatans = Dictionary(grouping: byCell) { $0.kecamatan ?? "" }
      .map { rollUp($0.value, kecamatan: $0.key, sector: nil) }
      .sorted { ($0.kecamatan ?? "").utf8.lexicographicallyPrecedes(($1.kecamatan ?? "").utf8) }
    let sectors = Dictionary(grouping: byCell) { $0.sector ?? "" }
      .map { rollUp($0.value, kecamatan: nil, sector: $0.key) }
      .sorted { ($0.sector ?? "").utf8.lexicographicallyPrecedes(($1.sector ?? "").utf8) }
    return CoverageTables(
      region: rollUp(byCell, kecamatan: nil, sector: nil), byKecamatan: kecamatans, bySector: sectors, byCell: byCell)
  }
}

/// All-UMKM counts from population files, for one year (the latest year not after the as-of year).
struct PopulationIndex {
  private var counts: [String: Int] = [:]
  private(set) var isEmpty = true

  init(records: [PopulationRecord], year: Int?) {
    let years = Set(records.compactMap(\.year))
    let chosen = year.flatMap { y in years.filter { $0 <= y }.max() } ?? years.max()
    for record in records where record.year == nil || record.year == chosen {
      guard let count = record.count else { continue }
      isEmpty = false
      let kecamatan = record.kecamatan ?? CoverageRow.unknownKey
      let sector = record.sector?.name
      counts[PopulationIndex.key(kecamatan, sector), default: 0] += count
      counts[PopulationIndex.key(kecamatan, nil), default: 0] += sector == nil ? 0 : count
      counts[PopulationIndex.key(nil, sector), default: 0] += count
      if sector != nil { counts[PopulationIndex.key(nil, nil), default: 0] += count }
    }
  }

  func count(kecamatan: String?, sector: String?) -> Int? {
    isEmpty ? nil : counts[PopulationIndex.key(kecamatan, sector)]
  }

  private static func key(_ kecamatan: String?, _ sector: String?) -> String {
    (kecamatan ?? "*") + "\u{1F}" + (sector ?? "*")
  }
}
