import BerdayaAnalysis
import BerdayaModel
import Testing

/// Continuity and the merge of accumulators, on a registry of four binaan and one non-binaan,
/// with every count computed by hand.
@Suite struct CoverageAccumulatorTests {
  static let table: EnterpriseTable = {
    var table = EnterpriseTable()
    table.kecamatanNames = ["Medan Kota", "Medan Deli"]
    table.sectorNames = ["Kuliner"]
    for index in 0..<5 {
      table.append(
        kecamatan: Int32(index % 2), kelurahan: -1, sector: 0, binaan: index != 4,
        registeredOn: CalendarDate(year: 2020, month: 1, day: 1), lastRegisteredOn: CalendarDate(year: 2020, month: 1, day: 1))
    }
    return table
  }()

  static func day(_ month: Int, _ day: Int) -> CalendarDate { CalendarDate(year: 2023, month: month, day: day)! }

  static func activity(_ enterprise: Int32?, _ kind: ProgrammeKind, _ date: CalendarDate, active: Bool? = nil)
    -> LinkedActivity
  {
    LinkedActivity(
      enterprise: enterprise, kind: kind, date: date, cost: nil, isActive: active, kecamatan: "Medan Kota")
  }

  /// In file order. Enterprise 0: trained 1 Mar, mentored 30 May (90 days later: followed).
  /// Enterprise 1: trained 1 Mar, monitored 31 May (91 days: not followed), and a monitoring the
  /// day before the training does not count either. Enterprise 2: equipment 1 Jan, visits 15 Feb
  /// (45 days: first visit) and 1 Oct (within a year after the first window). Enterprise 3:
  /// equipment 1 Jan, one visit 16 Feb (46 days: outside the first 45-day window, inside the year
  /// after it). Enterprise 4 (not binaan): trained and
  /// followed, counted nowhere. E-commerce: enterprise 0 active on 1 Jun then a status-less row on
  /// 1 Jul (keeps active); enterprise 1 inactive on 1 Aug, then an older active row (ignored);
  /// enterprise 2 with no status at all. Exhibitions and aid in other years (1969 and 2022 before
  /// 2023, 2024 after it) count in the trends of their own years, and change no continuity figure.
  static let stream: [LinkedActivity] = [
    activity(3, .pameran, CalendarDate(year: 2022, month: 12, day: 31)!),
    activity(0, .pelatihan, day(3, 1)),
    activity(1, .monitoring, day(2, 28)),
    activity(1, .pelatihan, day(3, 1)),
    activity(2, .bantuanPeralatan, day(1, 1)),
    activity(3, .bantuanPeralatan, day(1, 1)),
    activity(4, .pelatihan, day(3, 1)),
    activity(0, .ecommerce, day(6, 1), active: true),
    activity(2, .monitoring, day(2, 15)),
    activity(1, .ecommerce, day(8, 1), active: false),
    activity(0, .pendampingan, day(5, 30)),
    activity(4, .pendampingan, day(3, 2)),
    activity(1, .monitoring, day(5, 31)),
    activity(3, .monitoring, day(2, 16)),
    activity(0, .ecommerce, day(7, 1)),
    activity(1, .ecommerce, day(7, 1), active: true),
    activity(2, .monitoring, day(10, 1)),
    activity(2, .pameran, CalendarDate(year: 2024, month: 1, day: 1)!),
    activity(2, .ecommerce, day(9, 9)),
    activity(4, .bantuanModal, CalendarDate(year: 1969, month: 12, day: 31)!),
    activity(nil, .pelatihan, day(4, 4)),
    activity(1, .pameran, CalendarDate(year: 2024, month: 12, day: 31)!),
  ]

  static func result(_ parts: [ArraySlice<LinkedActivity>]) -> AnalysisResult {
    let accumulators = parts.map { part in
      let accumulator = CoverageAccumulator(table: table, options: AnalysisOptions())
      for activity in part { accumulator.add(activity) }
      return accumulator
    }
    for later in accumulators.dropFirst() { accumulators[0].merge(later) }
    return accumulators[0].finish()
  }

  @Test func continuityCountedByHand() {
    let continuity = Self.result([Self.stream[...]]).continuity
    #expect(continuity.trainingFollowUp == Proportion(numerator: 1, denominator: 2))
    #expect(continuity.equipmentFirstVisit == Proportion(numerator: 1, denominator: 2))
    #expect(continuity.equipmentYearVisit == Proportion(numerator: 2, denominator: 2))
    #expect(continuity.ecommerceActive == Proportion(numerator: 1, denominator: 2))
    #expect(continuity.ecommerceWithoutStatus == 1)
  }

  /// Re-registration as of 31 December 2023 (due: registered again on or after 30 June), counted
  /// by hand: binaan only, a kecamatan's name shared by two ids counted once, an unknown kecamatan
  /// under `CoverageRow.unknownKey`, and a binaan with no registration date apart.
  @Test func reRegistrationCountedByHand() {
    var table = EnterpriseTable()
    table.kecamatanNames = ["Medan Kota", "Medan Deli", "Medan Kota"]
    let rows: [(kecamatan: Int32, status: BinaanStatus, last: CalendarDate?)] = [
      (0, .member, CalendarDate(year: 2023, month: 1, day: 5)),  // overdue
      (2, .member, CalendarDate(year: 2023, month: 7, day: 1)),  // on time, the same name as id 0
      (1, .member, nil),  // no date
      (1, .nonMember, CalendarDate(year: 2020, month: 1, day: 1)),  // not binaan: not counted
      (-1, .member, CalendarDate(year: 2022, month: 12, day: 1)),  // overdue, kecamatan unknown
    ]
    for row in rows {
      table.append(
        kecamatan: row.kecamatan, kelurahan: -1, sector: 0, binaan: row.status == .member,
        registeredOn: row.last, lastRegisteredOn: row.last)
    }
    table.sectorNames = ["Kuliner"]
    var options = AnalysisOptions()
    options.asOf = CalendarDate(year: 2023, month: 12, day: 31)
    let result = CoverageAccumulator(table: table, options: options).finish()
    #expect(
      result.reRegistration == [
        ReRegistrationRow(kecamatan: CoverageRow.unknownKey, registered: 1, overdue: 1, unknownDate: 0),
        ReRegistrationRow(kecamatan: "Medan Deli", registered: 1, overdue: 0, unknownDate: 1),
        ReRegistrationRow(kecamatan: "Medan Kota", registered: 2, overdue: 1, unknownDate: 0),
      ].sorted { $0.kecamatan.utf8.lexicographicallyPrecedes($1.kecamatan.utf8) })
  }

  /// Cut anywhere into two or three consecutive parts, merged in order: the one-stream result.
  @Test func mergedPartsGiveTheOneStreamResult() {
    let whole = Self.result([Self.stream[...]])
    let count = Self.stream.count
    for first in 0...count {
      for second in first...count where second == first || second == count || (first + second) % 3 == 0 {
        let parts = [Self.stream[0..<first], Self.stream[first..<second], Self.stream[second..<count]]
        let merged = Self.result(parts)
        #expect(merged.continuity.trainingFollowUp == whole.continuity.trainingFollowUp)
        #expect(merged.continuity.equipmentFirstVisit == whole.continuity.equipmentFirstVisit)
        #expect(merged.continuity.equipmentYearVisit == whole.continuity.equipmentYearVisit)
        #expect(merged.continuity.ecommerceActive == whole.continuity.ecommerceActive, "cut at \(first), \(second)")
        #expect(merged.continuity.ecommerceWithoutStatus == whole.continuity.ecommerceWithoutStatus)
        #expect(merged.activityCounts == whole.activityCounts)
        #expect(merged.coverage.byCell == whole.coverage.byCell)
        #expect(merged.trends.years == whole.trends.years)
        #expect(merged.firstActivity == whole.firstActivity && merged.lastActivity == whole.lastActivity)
      }
    }
  }

  /// Pieces of the stream dealt out to workers as a parted read deals them (each worker takes them
  /// in no fixed order), the workers merged in any order: the one-stream result. Enterprise 0's
  /// status-less onboarding after its active one shows the order: read the other way round, the
  /// later row would have no status to keep.
  @Test(arguments: [2, 3])
  func piecesInAnyOrderGiveTheOneStreamResult(workers: Int) {
    let whole = Self.result([Self.stream[...]])
    let pieces = stride(from: 0, to: Self.stream.count, by: 2).map { Self.stream[$0..<min($0 + 2, Self.stream.count)] }
    let accumulators = (0..<workers).map { _ in CoverageAccumulator(table: Self.table, options: AnalysisOptions()) }
    for (index, piece) in pieces.enumerated().reversed() {
      let accumulator = accumulators[index * 7 % workers]
      accumulator.startPiece(order: index)
      for activity in piece { accumulator.add(activity) }
    }
    for other in accumulators.dropLast().reversed() { accumulators[workers - 1].merge(other) }
    let merged = accumulators[workers - 1].finish()
    #expect(merged.continuity.ecommerceActive == whole.continuity.ecommerceActive)
    #expect(merged.continuity.ecommerceWithoutStatus == whole.continuity.ecommerceWithoutStatus)
    #expect(merged.continuity.trainingFollowUp == whole.continuity.trainingFollowUp)
    #expect(merged.activityCounts == whole.activityCounts)
    #expect(merged.coverage.byCell == whole.coverage.byCell)
    #expect(merged.trends.years == whole.trends.years)
  }
}
