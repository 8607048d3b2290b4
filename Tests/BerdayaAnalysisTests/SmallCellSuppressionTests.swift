import Testing

@testable import BerdayaAnalysis

@Suite("SmallCellSuppression")
struct SmallCellSuppressionTests {
  private let p = SuppressionReason.primary
  private let c = SuppressionReason.complementary

  /// (0,0) = 3 is small. Its row's smallest other cell, (0,2) = 12, is withheld; that leaves
  /// column 2 with one withheld cell, so its smallest other, (2,2) = 8, goes too; column 0's
  /// single withheld cell takes (2,0) = 10. Row 2 then has two and every line is safe.
  @Test("4x4: a small cell forces one in its row, which forces one in its column")
  func fourByFour() {
    let table = [
      [3, 20, 12, 40],
      [30, 25, 15, 50],
      [10, 0, 8, 60],
      [40, 35, 9, 70],
    ]
    let plan = SmallCellSuppression.plan(denominators: table, threshold: 5)
    #expect(
      plan.reasons == [
        [p, nil, c, nil],
        [nil, nil, nil, nil],
        [c, nil, c, nil],
        [nil, nil, nil, nil],
      ])
    #expect(plan.exposedRows.isEmpty && plan.exposedColumns.isEmpty)
    #expect(plan.count(.primary) == 1 && plan.count(.complementary) == 3)
    #expect(SmallCellSuppression.apply(denominators: table, threshold: 5) == plan.reasons)
  }

  /// The chain runs over several passes until every non-zero cell is withheld.
  @Test("3x3: complementary suppression cascades over passes")
  func cascade() {
    let table = [
      [2, 9, 0],
      [7, 0, 6],
      [0, 8, 5],
    ]
    let plan = SmallCellSuppression.plan(denominators: table, threshold: 5)
    #expect(
      plan.reasons == [
        [p, c, nil],
        [c, nil, c],
        [nil, c, c],
      ])
    #expect(plan.exposedRows.isEmpty && plan.exposedColumns.isEmpty)
  }

  @Test("threshold 0 or 1 turns suppression off")
  func off() {
    let table = [[1, 2], [3, 0]]
    for threshold in [0, 1, -3] {
      let plan = SmallCellSuppression.plan(denominators: table, threshold: threshold)
      #expect(plan.reasons == [[nil, nil], [nil, nil]])
      #expect(plan.exposedRows.isEmpty && plan.exposedColumns.isEmpty)
      #expect(
        SmallCellSuppression.apply(denominators: [1, 2], threshold: threshold) == [nil, nil])
    }
  }

  @Test("zeros and cells at the threshold are published")
  func boundaries() {
    let reasons = SmallCellSuppression.apply(denominators: [[0, 5], [5, 0]], threshold: 5)
    #expect(reasons == [[nil, nil], [nil, nil]])
  }

  /// Row 0's other cells are zeros, so nothing can protect it: it is reported. Column 1 takes
  /// (1,1) = 6, row 1 then takes (1,0) = 5, and column 0's other cell is a zero: reported too.
  @Test("a single small cell with only zeros beside it is reported as exposed")
  func onlyZerosBeside() {
    let plan = SmallCellSuppression.plan(denominators: [[0, 3, 0], [5, 6, 7]], threshold: 5)
    #expect(plan.reasons == [[nil, p, nil], [c, c, nil]])
    #expect(plan.exposedRows == [0])
    #expect(plan.exposedColumns == [0])

    let single = SmallCellSuppression.plan(denominators: [[0, 3, 0]], threshold: 5)
    #expect(single.reasons == [[nil, p, nil]])
    #expect(single.exposedRows == [0] && single.exposedColumns == [1])
  }

  @Test("ties go to the lowest index")
  func ties() {
    let reasons = SmallCellSuppression.apply(denominators: [[2, 9, 9]], threshold: 5)
    #expect(reasons.first?[1] == c && reasons.first?[2] == nil)
  }

  @Test("empty tables")
  func empty() {
    #expect(SmallCellSuppression.apply(denominators: [[Int]](), threshold: 5).isEmpty)
    #expect(
      SmallCellSuppression.apply(denominators: [[Int]](repeating: [], count: 2), threshold: 5) == [
        [], [],
      ])
    #expect(SmallCellSuppression.plan(denominators: [Int](), threshold: 5).isExposed == false)
  }

  @Test("list with a published total")
  func list() {
    let one = SmallCellSuppression.plan(denominators: [12, 3, 40, 7], threshold: 5)
    #expect(one.reasons == [nil, p, nil, c])
    #expect(!one.isExposed)
    #expect(one.count(.primary) == 1 && one.count(.complementary) == 1)

    // Two small entries protect each other.
    #expect(SmallCellSuppression.apply(denominators: [2, 3, 10], threshold: 5) == [p, p, nil])

    let exposed = SmallCellSuppression.plan(denominators: [0, 3, 0], threshold: 5)
    #expect(exposed.reasons == [nil, p, nil])
    #expect(exposed.isExposed)
  }

  /// Deterministic pseudo-random tables: the rules hold whatever the shape.
  @Test("invariants on generated tables")
  func invariants() {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    for _ in 0..<300 {
      let rows = 1 + next(7)
      let columns = 1 + next(7)
      let threshold = next(8)
      let table = (0..<rows).map { _ in
        (0..<columns).map { _ in next(3) == 0 ? 0 : next(20) }
      }
      let plan = SmallCellSuppression.plan(denominators: table, threshold: threshold)
      for r in 0..<rows {
        for col in 0..<columns {
          let value = table[r][col]
          let small = threshold > 1 && value > 0 && value < threshold
          #expect((plan.reasons[r][col] == .primary) == small)
          if plan.reasons[r][col] == .complementary { #expect(value >= max(threshold, 1)) }
        }
      }
      func check(_ cells: [(Int, Int)], exposed: Bool) {
        let withheld = cells.filter { plan.reasons[$0.0][$0.1] != nil }.count
        #expect((withheld == 1) == exposed)
        if exposed {
          // No other non-zero published cell was left to withhold.
          #expect(!cells.contains { plan.reasons[$0.0][$0.1] == nil && table[$0.0][$0.1] > 0 })
        }
      }
      for r in 0..<rows {
        check((0..<columns).map { (r, $0) }, exposed: plan.exposedRows.contains(r))
      }
      for col in 0..<columns {
        check((0..<rows).map { ($0, col) }, exposed: plan.exposedColumns.contains(col))
      }
    }
  }

  @Test("both reasons have a definition")
  func definitions() {
    for reason in SuppressionReason.allCases {
      #expect(!reason.definition.textID.isEmpty && !reason.definition.textEN.isEmpty)
    }
  }
}
