/// A line chart of counts by year (registered binaan at year end; activities and binaan reached
/// per year): one or more series on a shared count axis starting at 0, a value label at every
/// point, a legend when there is more than one series.
public struct SVGLineChart: Sendable {
  /// One line.
  public struct Series: Sendable {
    public var name: String
    /// A CSS colour.
    public var colour: String
    /// (year, count) points; drawn in year order.
    public var points: [(year: Int, value: Int)]

    /// A series.
    public init(name: String, colour: String, points: [(year: Int, value: Int)]) {
      self.name = name
      self.colour = colour
      self.points = points
    }
  }

  public var title: String
  public var subtitle: String
  public var yAxisLabel: String
  public var series: [Series]
  public var strings: ReportStrings

  /// A chart.
  public init(title: String, subtitle: String, yAxisLabel: String, series: [Series], strings: ReportStrings) {
    self.title = title
    self.subtitle = subtitle
    self.yAxisLabel = yAxisLabel
    self.series = series
    self.strings = strings
  }

  /// A "nice" axis maximum and step for counts up to `value`: 1, 2 or 5 times a power of ten.
  static func axis(for value: Int) -> (maximum: Int, step: Int) {
    guard value > 0 else { return (5, 1) }
    var magnitude = 1
    while magnitude * 10 <= value { magnitude *= 10 }
    for multiple in [1, 2, 5, 10] {
      let step = max(1, magnitude * multiple / 5)
      let maximum = ((value + step - 1) / step) * step
      if maximum / step <= 6 { return (max(maximum, step), step) }
    }
    return (magnitude * 10, magnitude * 2)
  }

  /// Writes the SVG document.
  public func write(to output: inout some TextOutputStream) {
    output.write(render())
  }

  /// The SVG document as a string.
  public func render() -> String {
    let format = strings.format
    let width = 760.0
    let height = 400.0
    let plotLeft = 84.0
    let plotRight = width - 28
    // The legend wraps onto further lines rather than run past the right edge.
    var legend: [(x: Double, y: Double)] = []
    if series.count > 1 {
      var lx = 12.0
      var ly = 66.0
      for line in series {
        let itemWidth = 28 + SVGDocument.textWidth(line.name, size: 11.5)
        if lx > 12, lx + itemWidth > width - 12 {
          lx = 12
          ly += 20
        }
        legend.append((lx, ly))
        lx += itemWidth + 24
      }
    }
    let plotTop = (legend.last?.y ?? 46) + 26
    let plotBottom = height - 64
    let years = Set(series.flatMap { $0.points.map(\.year) }).sorted()
    let highest = series.flatMap { $0.points.map(\.value) }.max() ?? 0
    let (maximum, step) = Self.axis(for: highest)

    var svg = SVGDocument(width: width, height: height, title: title)
    svg.text(title, x: 12, y: 26, size: 16, weight: "bold")
    svg.text(subtitle, x: 12, y: 46, size: 11, fill: "#555555")
    for (line, place) in zip(series, legend) {
      svg.line(x1: place.x, y1: place.y, x2: place.x + 22, y2: place.y, stroke: line.colour, width: 2.5)
      svg.text(line.name, x: place.x + 28, y: place.y + 4, size: 11.5)
    }

    func y(_ value: Int) -> Double {
      plotBottom - (plotBottom - plotTop) * Double(value) / Double(maximum)
    }
    func x(_ year: Int) -> Double {
      guard let first = years.first, let last = years.last, last > first else { return (plotLeft + plotRight) / 2 }
      let inset = 30.0
      return plotLeft + inset + (plotRight - plotLeft - 2 * inset) * Double(year - first) / Double(last - first)
    }

    var value = 0
    while value <= maximum {
      let ty = y(value)
      svg.line(x1: plotLeft, y1: ty, x2: plotRight, y2: ty, stroke: value == 0 ? "#888888" : "#e3e3e3")
      svg.text(format.count(value), x: plotLeft - 8, y: ty + 4, size: 11, anchor: "end", fill: "#444444")
      value += step
    }
    svg.raw(
      "<text x=\"18\" y=\"\(SVGDocument.number((plotTop + plotBottom) / 2))\" font-size=\"11\" fill=\"#444444\" "
        + "text-anchor=\"middle\" transform=\"rotate(-90 18 \(SVGDocument.number((plotTop + plotBottom) / 2)))\">"
        + SVGDocument.escape(yAxisLabel) + "</text>\n")
    for year in years {
      svg.text(String(year), x: x(year), y: plotBottom + 18, size: 11, anchor: "middle", fill: "#444444")
    }
    svg.text(strings.year, x: (plotLeft + plotRight) / 2, y: plotBottom + 38, size: 11, anchor: "middle", fill: "#444444")

    // Value labels go above their point, or below it when an earlier series already put a
    // label near the same spot (equal values would otherwise print on top of each other); an
    // equal value already printed there is not printed twice.
    var placed: [(x: Double, y: Double, value: Int)] = []
    for line in series {
      let points = line.points.sorted { $0.year < $1.year }
      guard !points.isEmpty else { continue }
      let path = points.enumerated().map { index, point in
        (index == 0 ? "M" : "L") + SVGDocument.number(x(point.year)) + " " + SVGDocument.number(y(point.value))
      }.joined(separator: " ")
      svg.raw(
        "<path d=\"\(path)\" fill=\"none\" stroke=\"\(line.colour)\" stroke-width=\"2.5\" stroke-linejoin=\"round\"/>\n")
      for point in points {
        svg.raw(
          "<circle cx=\"\(SVGDocument.number(x(point.year)))\" cy=\"\(SVGDocument.number(y(point.value)))\" r=\"3.5\" "
            + "fill=\"\(line.colour)\"/>\n")
        let px = x(point.year)
        var lx = px
        var ly = y(point.value) - 9
        if let clash = placed.first(where: { abs($0.x - px) < 30 && abs($0.y - ly) < 13 }) {
          // The same number is already printed there: once is enough.
          if clash.value == point.value { continue }
          ly = y(point.value) + 19
          if ly > plotBottom - 2 {
            ly = y(point.value) + 4
            lx = px + 22
          }
        }
        placed.append((px, ly, point.value))
        svg.text(format.count(point.value), x: lx, y: ly, size: 11, anchor: "middle", fill: line.colour, halo: true)
      }
    }
    return svg.svg
  }
}
