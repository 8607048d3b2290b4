/// One chart or map of a report: the path it is written to (relative to the report, e.g.
/// `charts/coverage-enabling.svg`), its title for the link text, and the SVG document.
public struct ChartFile: Hashable, Sendable {
  /// Path relative to the report's folder, always under `charts/`.
  public var fileName: String
  /// The chart's title, used as the image's alternative text.
  public var title: String
  /// The complete SVG document.
  public var svg: String

  /// A chart file.
  public init(fileName: String, title: String, svg: String) {
    self.fileName = fileName
    self.title = title
    self.svg = svg
  }
}
