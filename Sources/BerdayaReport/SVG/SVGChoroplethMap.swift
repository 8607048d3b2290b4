import BerdayaAnalysis
import Foundation

/// A choropleth map of one dimension's coverage by kecamatan: each kecamatan coloured by its rate
/// in five equal classes from 0 to a rounded maximum, with a legend, the period and the as-of
/// date; kecamatan without figures in light grey and withheld ones hatched grey (never coloured
/// as 0).
///
/// Projection: equirectangular, x = longitude × cos(mean latitude), y = −latitude, scaled to fit;
/// at Medan's 3.6° N the cosine is 0.998, but the same code serves any region. Coordinates are
/// rounded to one decimal of a pixel, so the same inputs give the same bytes.
public struct SVGChoroplethMap: Sendable {
  /// What one kecamatan shows.
  public enum Value: Sendable {
    case rate(Proportion)
    case suppressed(SuppressionReason)
  }

  public var title: String
  public var subtitle: String
  public var boundaries: BoundarySet
  /// Values by folded kecamatan name (``KecamatanBoundary/foldedName(_:)``); absent = no data.
  public var values: [String: Value]
  /// Kecamatan of the result that no boundary matched (listed under the map).
  public var notOnMap: [String]
  public var strings: ReportStrings
  public var minCell: Int

  /// The five class colours, light to dark (ColorBrewer Blues, colour-blind safe and printable
  /// in grey).
  public static let palette = ["#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c"]
  /// Fill of a kecamatan with no figures.
  public static let noDataFill = "#e6e6e6"

  /// A map.
  public init(
    title: String, subtitle: String, boundaries: BoundarySet, values: [String: Value], notOnMap: [String],
    strings: ReportStrings, minCell: Int
  ) {
    self.title = title
    self.subtitle = subtitle
    self.boundaries = boundaries
    self.values = values
    self.notOnMap = notOnMap
    self.strings = strings
    self.minCell = minCell
  }

  /// The upper bound of the classes: the smallest of 5%, 10%, 20%, 25%, 50%, 75%, 100% at or above
  /// every published rate, so that each class spans a round number of percent.
  var classMaximum: Double {
    let highest = values.values.compactMap { value -> Double? in
      if case .rate(let proportion) = value { return proportion.value }
      return nil
    }.max() ?? 0
    for maximum in [0.05, 0.1, 0.2, 0.25, 0.5, 0.75] where highest <= maximum + 1e-12 { return maximum }
    return 1
  }

  /// The class (0...4) of a rate.
  func classIndex(_ rate: Double) -> Int {
    min(4, max(0, Int((rate / classMaximum * 5).rounded(.down))))
  }

  /// Writes the SVG document.
  public func write(to output: inout some TextOutputStream) {
    output.write(render())
  }

  /// The SVG document as a string.
  public func render() -> String {
    let format = strings.format
    let width = 820.0
    let mapLeft = 12.0
    let mapTop = 64.0
    let mapWidth = 540.0
    let mapHeight = 600.0

    let points = boundaries.features.flatMap { $0.polygons.flatMap { $0.flatMap { $0 } } }
    let minLon = points.map(\.longitude).min() ?? 0
    let maxLon = points.map(\.longitude).max() ?? 1
    let minLat = points.map(\.latitude).min() ?? 0
    let maxLat = points.map(\.latitude).max() ?? 1
    let cosine = cos((minLat + maxLat) / 2 * Double.pi / 180)
    let projectedWidth = max((maxLon - minLon) * cosine, 1e-9)
    let projectedHeight = max(maxLat - minLat, 1e-9)
    let scale = min(mapWidth / projectedWidth, mapHeight / projectedHeight)
    let drawnWidth = projectedWidth * scale
    let drawnHeight = projectedHeight * scale
    let offsetX = mapLeft + (mapWidth - drawnWidth) / 2
    func project(_ point: KecamatanBoundary.Point) -> (x: Double, y: Double) {
      (offsetX + (point.longitude - minLon) * cosine * scale, mapTop + (maxLat - point.latitude) * scale)
    }
    let height = max(mapTop + drawnHeight + 64, 460)

    var svg = SVGDocument(width: width, height: height, title: title)
    svg.raw(
      "<defs><pattern id=\"hatch\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\" "
        + "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#d0d0d0\"/>"
        + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#9a9a9a\" stroke-width=\"2\"/></pattern></defs>\n")
    svg.text(title, x: 12, y: 26, size: 16, weight: "bold")
    svg.text(subtitle, x: 12, y: 46, size: 11, fill: "#555555")

    // Drop the first word every name shares ("Medan" in Medan) from the labels on the map.
    let firstWords = Set(boundaries.features.map { $0.name.split(separator: " ").first.map(String.init) ?? "" })
    let sharedPrefix =
      firstWords.count == 1 && boundaries.features.allSatisfy { $0.name.split(separator: " ").count > 1 }
      ? (firstWords.first ?? "") + " " : ""

    var labels: [(text: String, x: Double, y: Double)] = []
    for feature in boundaries.features {
      let key = KecamatanBoundary.foldedName(feature.name)
      let fill: String
      var tooltip = feature.name + ": "
      switch values[key] {
      case .rate(let proportion)?:
        fill = Self.palette[classIndex(proportion.value ?? 0)]
        tooltip += format.percent(proportion.value) + " (" + format.fraction(proportion) + ")"
      case .suppressed(let reason)?:
        fill = "url(#hatch)"
        tooltip += reason == .primary ? strings.suppressedLabel(minCell: minCell) : strings.suppressedComplementaryLabel
      case nil:
        fill = Self.noDataFill
        tooltip += strings.noData
      }
      var path = ""
      for polygon in feature.polygons {
        for ring in polygon where !ring.isEmpty {
          for (index, point) in ring.enumerated() {
            let p = project(point)
            path += (index == 0 ? "M" : " L") + SVGDocument.number(p.x) + " " + SVGDocument.number(p.y)
          }
          path += " Z "
        }
      }
      svg.raw(
        "<path d=\"\(path.trimmingCharacters(in: .whitespaces))\" fill=\"\(fill)\" fill-rule=\"evenodd\" "
          + "stroke=\"#ffffff\" stroke-width=\"1\"><title>" + SVGDocument.escape(tooltip) + "</title></path>\n")
      if let centre = feature.labelPoint {
        let p = project(centre)
        let text =
          feature.name.hasPrefix(sharedPrefix) && !sharedPrefix.isEmpty
          ? String(feature.name.dropFirst(sharedPrefix.count)) : feature.name
        labels.append((text, p.x, p.y))
      }
    }
    // Labels last, so that no neighbouring fill covers them.
    for label in labels {
      svg.text(label.text, x: label.x, y: label.y + 3, size: 9, anchor: "middle", fill: "#1a1a1a", halo: true)
    }

    // Legend.
    let legendX = mapLeft + mapWidth + 28
    var y = mapTop + 10
    svg.text(strings.coverageAxis, x: legendX, y: y, size: 12, weight: "bold")
    y += 14
    let maximum = classMaximum
    let step = maximum / 5
    let digits = (step * 100).rounded() == step * 100 ? 0 : 1
    for index in 0..<5 {
      svg.rect(x: legendX, y: y, width: 22, height: 16, fill: Self.palette[index], stroke: "#9a9a9a")
      let lower = format.decimal(Double(index) * step * 100, digits: digits)
      let upper = format.percent(Double(index + 1) * step, digits: digits)
      svg.text(lower + "\u{2013}" + upper, x: legendX + 30, y: y + 12, size: 11.5)
      y += 22
    }
    svg.rect(x: legendX, y: y, width: 22, height: 16, fill: "url(#hatch)", stroke: "#9a9a9a")
    svg.text(strings.suppressedLabel(minCell: minCell), x: legendX + 30, y: y + 12, size: 11.5)
    y += 22
    svg.rect(x: legendX, y: y, width: 22, height: 16, fill: Self.noDataFill, stroke: "#9a9a9a")
    svg.text(strings.noData, x: legendX + 30, y: y + 12, size: 11.5)

    var footY = height - 30
    if !notOnMap.isEmpty {
      svg.text(strings.notOnMap(notOnMap.joined(separator: ", ")), x: 12, y: footY, size: 10, fill: "#555555")
    }
    footY += 16
    svg.text(strings.mapSource(boundaries.source), x: 12, y: footY, size: 10, fill: "#555555")
    return svg.svg
  }
}
