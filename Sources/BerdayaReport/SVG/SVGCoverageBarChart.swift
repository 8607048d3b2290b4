import BerdayaAnalysis

/// A horizontal bar chart of one dimension's coverage by kecamatan: a bar per published
/// kecamatan with its 95% Wilson interval as a whisker and `rate (n/N)` beside it, a dashed line
/// at the regional rate, percent ticks on the axis. Withheld kecamatan are listed as "suppressed"
/// with no bar (never drawn as 0), kecamatan without binaan as "no binaan".
public struct SVGCoverageBarChart: Sendable {
  /// One row of the chart.
  public struct Bar: Sendable {
    /// What the row shows.
    public enum State: Sendable {
      /// A published rate.
      case value(Proportion)
      /// Withheld by small-cell suppression.
      case suppressed(SuppressionReason)
      /// Nothing registered: no rate.
      case noBinaan
    }

    /// The kecamatan's name as shown (unescaped).
    public var label: String
    public var state: State

    /// A row.
    public init(label: String, state: State) {
      self.label = label
      self.state = state
    }
  }

  public var title: String
  /// The line under the title (period and as-of date); a second line explaining bars and
  /// whiskers is added by the chart.
  public var subtitle: String
  public var bars: [Bar]
  /// The regional rate, drawn as a dashed reference line.
  public var region: Proportion?
  public var strings: ReportStrings
  public var minCell: Int

  /// A chart; the bars are sorted by the chart (highest rate first), not by the caller.
  public init(
    title: String, subtitle: String, bars: [Bar], region: Proportion?, strings: ReportStrings, minCell: Int
  ) {
    self.title = title
    self.subtitle = subtitle
    self.bars = bars
    self.region = region
    self.strings = strings
    self.minCell = minCell
  }

  /// Rows in drawing order: published by rate, highest first (ties by name), then withheld, then
  /// those without binaan, each group by name.
  var orderedBars: [Bar] {
    func group(_ bar: Bar) -> Int {
      switch bar.state {
      case .value: 0
      case .suppressed: 1
      case .noBinaan: 2
      }
    }
    func rate(_ bar: Bar) -> Double {
      if case .value(let proportion) = bar.state { return proportion.value ?? 0 }
      return 0
    }
    return bars.sorted { a, b in
      if group(a) != group(b) { return group(a) < group(b) }
      if rate(a) != rate(b) { return rate(a) > rate(b) }
      return a.label.utf8.lexicographicallyPrecedes(b.label.utf8)
    }
  }

  /// The axis maximum: the smallest "nice" value at or above every bar, whisker and the region.
  var axisMaximum: (maximum: Double, step: Double) {
    var highest = region?.value ?? 0
    for bar in bars {
      guard case .value(let proportion) = bar.state else { continue }
      highest = max(highest, proportion.wilsonInterval()?.upper ?? proportion.value ?? 0)
    }
    let steps: [(Double, Double)] = [
      (0.05, 0.01), (0.1, 0.02), (0.2, 0.05), (0.3, 0.05), (0.4, 0.1), (0.5, 0.1), (0.6, 0.1), (0.8, 0.2),
    ]
    for (maximum, step) in steps where highest <= maximum + 1e-12 { return (maximum, step) }
    return (1, 0.2)
  }

  /// Writes the SVG document.
  public func write(to output: inout some TextOutputStream) {
    output.write(render())
  }

  /// The SVG document as a string.
  public func render() -> String {
    let format = strings.format
    let rows = orderedBars
    let width = 820.0
    let rowHeight = 22.0
    let labelWidth = min(260, max(90, (rows.map { SVGDocument.textWidth($0.label, size: 12) }.max() ?? 60) + 16))
    let valueWidth = 150.0
    let plotLeft = 12 + labelWidth
    let plotRight = width - 12 - valueWidth
    let plotWidth = plotRight - plotLeft
    let plotTop = 100.0
    let plotBottom = plotTop + Double(max(rows.count, 1)) * rowHeight
    let height = plotBottom + 56
    let (maximum, step) = axisMaximum
    func x(_ fraction: Double) -> Double { plotLeft + plotWidth * min(max(fraction, 0), maximum) / maximum }

    var svg = SVGDocument(width: width, height: height, title: title)
    svg.text(title, x: 12, y: 26, size: 16, weight: "bold")
    svg.text(subtitle, x: 12, y: 46, size: 11, fill: "#555555")
    svg.text(strings.coverageChartSubtitle, x: 12, y: 62, size: 11, fill: "#555555")

    // Grid and ticks.
    var tick = 0.0
    var tickIndex = 0
    while tick <= maximum + 1e-9 {
      let tx = x(tick)
      svg.line(x1: tx, y1: plotTop - 4, x2: tx, y2: plotBottom, stroke: tickIndex == 0 ? "#888888" : "#e3e3e3")
      svg.text(
        format.percent(tick, digits: step < 0.01 ? 1 : 0), x: tx, y: plotBottom + 16, size: 11, anchor: "middle",
        fill: "#444444")
      tickIndex += 1
      tick = Double(tickIndex) * step
    }
    svg.line(x1: plotLeft, y1: plotBottom, x2: plotRight, y2: plotBottom, stroke: "#888888")
    svg.text(strings.coverageAxis, x: (plotLeft + plotRight) / 2, y: plotBottom + 36, size: 11, anchor: "middle", fill: "#444444")

    for (index, bar) in rows.enumerated() {
      let top = plotTop + Double(index) * rowHeight
      let middle = top + rowHeight / 2
      svg.text(bar.label, x: plotLeft - 8, y: middle + 4, size: 12, anchor: "end")
      switch bar.state {
      case .value(let proportion):
        let rate = proportion.value ?? 0
        svg.rect(x: plotLeft, y: top + 4, width: x(rate) - plotLeft, height: rowHeight - 8, fill: "#3a75a8")
        if let bounds = proportion.wilsonInterval() {
          let lower = x(bounds.lower)
          let upper = x(bounds.upper)
          svg.line(x1: lower, y1: middle, x2: upper, y2: middle, stroke: "#1b1b1b", width: 1.2)
          svg.line(x1: lower, y1: middle - 4, x2: lower, y2: middle + 4, stroke: "#1b1b1b", width: 1.2)
          svg.line(x1: upper, y1: middle - 4, x2: upper, y2: middle + 4, stroke: "#1b1b1b", width: 1.2)
        }
        svg.text(
          format.percent(proportion.value) + " (" + format.fraction(proportion) + ")", x: plotRight + 10,
          y: middle + 4, size: 11.5)
      case .suppressed(let reason):
        let label = reason == .primary ? strings.suppressedLabel(minCell: minCell) : strings.suppressedComplementaryLabel
        svg.text(label, x: plotLeft + 6, y: middle + 4, size: 11, fill: "#777777", italic: true)
      case .noBinaan:
        svg.text(strings.noBinaan, x: plotLeft + 6, y: middle + 4, size: 11, fill: "#777777", italic: true)
      }
    }

    if let region, let rate = region.value {
      let rx = x(rate)
      // The line stops above the rows without a bar, so it does not strike through their labels.
      let valueRows = rows.count { if case .value = $0.state { true } else { false } }
      let lineBottom = valueRows == rows.count ? plotBottom : plotTop + Double(valueRows) * rowHeight
      svg.line(x1: rx, y1: plotTop - 10, x2: rx, y2: lineBottom, stroke: "#c0392b", width: 1.5, dash: "5 3")
      let label = strings.regionLine(format.percent(rate)) + " (" + format.fraction(region) + ")"
      let anchorEnd = rx + SVGDocument.textWidth(label, size: 11) > plotRight
      svg.text(
        label, x: anchorEnd ? rx - 4 : rx + 4, y: plotTop - 12, size: 11, anchor: anchorEnd ? "end" : "start",
        fill: "#c0392b")
    }
    return svg.svg
  }
}
