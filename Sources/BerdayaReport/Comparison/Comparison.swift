import BerdayaAnalysis

/// Two analyses side by side (two projects, or one project in two periods): coverage per
/// kecamatan and dimension, its change with a Newcombe interval, and rank changes
/// (`berdaya compare`).
///
/// A kecamatan withheld by small-cell suppression on either side is withheld in the comparison,
/// and ranks are taken over the published kecamatan of each side only, so that a rank never
/// reveals a withheld rate.
public struct Comparison: Sendable {
  /// One analysis and how it is named in the tables (`medan 2021`).
  public struct Side: Sendable {
    public var label: String
    public var result: AnalysisResult

    public init(label: String, result: AnalysisResult) {
      self.label = label
      self.result = result
    }
  }

  /// One kecamatan (or the region) in one dimension, or in the composite index.
  public struct Row: Sendable {
    /// The kecamatan name; the region row carries nil.
    public var kecamatan: String?
    /// Reached over registered on each side (nil: the kecamatan is not in that side's registry).
    public var first: Proportion?
    public var second: Proportion?
    /// The composite index on each side, for composite rows (nil elsewhere).
    public var firstIndex: Double?
    public var secondIndex: Double?
    /// Why the row is withheld (either side's plan), nil when published.
    public var withheld: SuppressionReason?
    public var firstRank: Int?
    public var secondRank: Int?

    /// second − first, as a fraction.
    public var change: Double? {
      if let a = firstIndex ?? first?.value, let b = secondIndex ?? second?.value { return b - a }
      return nil
    }

    /// The 95% Newcombe interval of the change (dimension rows only).
    public var interval: (lower: Double, upper: Double)? {
      guard let first, let second else { return nil }
      return NewcombeInterval.compute(first: first, second: second)
    }

    /// Places climbed from the first side to the second (positive = better ranked).
    public var rankChange: Int? {
      guard let firstRank, let secondRank else { return nil }
      return firstRank - secondRank
    }
  }

  public var first: Side
  public var second: Side
  /// The dimensions both sides share (the first side's framework).
  public var dimensions: [Framework.Dimension]
  public var minCell: Int
  /// Per dimension: the region row, then the kecamatan by name.
  public var byDimension: [[Row]]
  /// The composite index per kecamatan (region first), with ranks.
  public var composite: [Row]

  /// Pairs the kecamatan of both sides by name; `minCell` withholds small cells as the reports do.
  public init(first: Side, second: Side, minCell: Int) {
    self.first = first
    self.second = second
    self.minCell = minCell
    dimensions = first.result.framework.dimensions
    let firstRows = Dictionary(
      uniqueKeysWithValues: first.result.coverage.byKecamatan.map { ($0.kecamatan ?? CoverageRow.unknownKey, $0) })
    let secondRows = Dictionary(
      uniqueKeysWithValues: second.result.coverage.byKecamatan.map { ($0.kecamatan ?? CoverageRow.unknownKey, $0) })
    let names = Set(firstRows.keys).union(secondRows.keys).sorted()
    let firstPlan = ReportSuppression(result: first.result, minCell: minCell)
    let secondPlan = ReportSuppression(result: second.result, minCell: minCell)
    let withheld: [String: SuppressionReason] = names.reduce(into: [:]) { plan, name in
      let reason =
        firstRows[name].flatMap { firstPlan.reason(kecamatan: name, registered: $0.registered) }
        ?? secondRows[name].flatMap { secondPlan.reason(kecamatan: name, registered: $0.registered) }
      if let reason { plan[name] = reason }
    }
    let weights = dimensions.map(\.weight)
    func rows(_ make: (CoverageRow?, CoverageRow?) -> Row) -> [Row] {
      var region = make(first.result.coverage.region, second.result.coverage.region)
      region.kecamatan = nil
      var body = names.map { name in
        var row = make(firstRows[name], secondRows[name])
        row.kecamatan = name
        row.withheld = withheld[name]
        return row
      }
      Self.rank(&body, value: { $0.firstIndex ?? $0.first?.value }, into: \.firstRank)
      Self.rank(&body, value: { $0.secondIndex ?? $0.second?.value }, into: \.secondRank)
      return [region] + body
    }
    byDimension = dimensions.indices.map { d in
      rows { a, b in Row(kecamatan: nil, first: a?.rate(d), second: b?.rate(d)) }
    }
    composite = rows { a, b in
      Row(kecamatan: nil, firstIndex: a?.composite(weights: weights), secondIndex: b?.composite(weights: weights))
    }
  }

  /// Competition ranks ("1, 2, 2, 4") by value, highest first, over the published kecamatan with
  /// a value; the unknown kecamatan is not ranked.
  private static func rank(_ rows: inout [Row], value: (Row) -> Double?, into rank: WritableKeyPath<Row, Int?>) {
    let ranked = rows.indices.filter {
      rows[$0].withheld == nil && rows[$0].kecamatan != CoverageRow.unknownKey && value(rows[$0]) != nil
    }
    let values = ranked.map { value(rows[$0]) ?? 0 }
    for (index, own) in zip(ranked, values) {
      rows[index][keyPath: rank] = 1 + values.count { $0 > own }
    }
  }
}

extension Comparison.Row {
  init(
    kecamatan: String?, first: Proportion? = nil, second: Proportion? = nil, firstIndex: Double? = nil,
    secondIndex: Double? = nil
  ) {
    self.kecamatan = kecamatan
    self.first = first
    self.second = second
    self.firstIndex = firstIndex
    self.secondIndex = secondIndex
  }
}
