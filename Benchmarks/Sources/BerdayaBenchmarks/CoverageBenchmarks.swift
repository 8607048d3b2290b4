import Benchmark
import BerdayaAnalysis
import BerdayaModel

/// The distinct-count kernel: CoverageAccumulator.add (a reach bit per enterprise and dimension)
/// over activities already linked, then finish (coverage per kecamatan x sector and the indicators).
/// The table and activities are synthetic but shaped like set M/5: 21 kecamatan x 7 sectors,
/// 40,000 enterprises (70% binaan), 200,000 activities of 12 kinds over 2019-2024.
enum CoverageBenchmarks {
  static let enterprises = 40_000
  static let activityCount = 200_000

  static func register() {
    let table = makeTable()
    let activities = makeActivities()
    let options = AnalysisOptions()
    benchmark("CoverageAccumulator.add: linked activities [items=\(activities.count)]") {
      let accumulator = CoverageAccumulator(table: table, options: options)
      for activity in activities { accumulator.add(activity) }
    }
    benchmark("CoverageAccumulator.add + finish (every indicator) [items=\(activities.count)]") {
      let accumulator = CoverageAccumulator(table: table, options: options)
      for activity in activities { accumulator.add(activity) }
      precondition(!accumulator.finish().coverage.byCell.isEmpty)
    }
  }

  /// A fixed linear congruential sequence: the same inputs on every run.
  private struct Sequence {
    var state: UInt64 = 42
    mutating func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
  }

  private static func makeTable() -> EnterpriseTable {
    var table = EnterpriseTable()
    table.kecamatanNames = (1...21).map { "Kecamatan \($0)" }
    table.sectorNames = ["Agribisnis", "Dagang", "Fashion", "Jasa", "Kerajinan", "Kuliner", "Produksi"]
    table.kelurahanNames = (1...147).map { "Kelurahan \($0)" }
    var random = Sequence()
    for _ in 0..<enterprises {
      let kecamatan = random.next(21)
      table.append(
        kecamatan: Int32(kecamatan), kelurahan: Int32(kecamatan * 7 + random.next(7)), sector: Int32(random.next(7)),
        status: random.next(10) < 7 ? .member : .nonMember, scale: .mikro, gender: nil,
        registeredOn: CalendarDate(year: 2015 + random.next(9), month: 1 + random.next(12), day: 1 + random.next(28)),
        lastRegisteredOn: nil, monthlyTurnover: Rupiah(Int64(1 + random.next(25)) * 1_000_000))
    }
    return table
  }

  private static func makeActivities() -> [LinkedActivity] {
    var random = Sequence(state: 7)
    let kinds = ProgrammeKind.known.filter { $0 != .sosialisasi }
    return (0..<activityCount).map { _ in
      let kind = kinds[random.next(kinds.count)]
      return LinkedActivity(
        enterprise: random.next(50) == 0 ? nil : Int32(random.next(enterprises)), kind: kind,
        date: CalendarDate(year: 2019 + random.next(6), month: 1 + random.next(12), day: 1 + random.next(28)),
        cost: Rupiah(Int64(random.next(50)) * 100_000), isActive: kind == .ecommerce ? random.next(2) == 0 : nil,
        kecamatan: nil)
    }
  }
}
