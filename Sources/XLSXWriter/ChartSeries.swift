/// One data series of a ``Chart``: where its values and categories live and how it looks.
///
/// ```swift
/// chart.addSeries(ChartSeries(
///   name: "Cakupan",
///   categories: SheetRange(sheet: "Ringkasan Data", range: .column(0, rows: 1...21)),
///   values: SheetRange(sheet: "Ringkasan Data", range: .column(3, rows: 1...21)),
///   color: Color(0x1F77B4)))
/// ```
public struct ChartSeries: Hashable, Sendable {
  /// The legend entry; nil shows "Series1".
  public var name: String?
  /// Category labels (the x axis of a column or line chart); nil numbers them 1, 2, 3...
  public var categories: SheetRange?
  public var values: SheetRange
  /// Fill of bars and columns, or the colour of a line.
  public var color: Color?
  /// Line width in points (line charts) or border width (bars).
  public var lineWidth: Double?
  /// Draws no line between points: for series shown only as markers, such as the lower and
  /// upper ends of interval whiskers (marker `.hidden`) drawn with ``Chart/showHighLowLines(color:)``.
  public var hidesLine: Bool
  /// Marker drawn at each point of a line chart; nil leaves Excel's automatic choice.
  public var marker: Marker?
  /// Error bars along the value axis.
  public var errorBars: ErrorBars?

  public init(
    name: String? = nil, categories: SheetRange? = nil, values: SheetRange, color: Color? = nil,
    lineWidth: Double? = nil, hidesLine: Bool = false, marker: Marker? = nil,
    errorBars: ErrorBars? = nil
  ) {
    self.name = name
    self.categories = categories
    self.values = values
    self.color = color
    self.lineWidth = lineWidth
    self.hidesLine = hidesLine
    self.marker = marker
    self.errorBars = errorBars
  }

  /// A point marker shape.
  ///
  /// libxlsxwriter 1.1.4's short and long dash markers are left out: it writes them as
  /// `short_dash`/`long_dash`, which are not valid `ST_MarkerStyle` values (openpyxl refuses
  /// the file, Excel repairs it).
  public enum Marker: Hashable, Sendable {
    case hidden, automatic, square, diamond, triangle, x, star, circle, plus
  }

  /// Error bars of a series.
  ///
  /// libxlsxwriter 1.1.4 supports only the fixed, percentage, standard-deviation and
  /// standard-error kinds ("Custom error bars are not currently supported"), so per-point
  /// intervals (Wilson bounds) cannot be error bars: draw them as two extra line series with
  /// `hidesLine`, marker `.hidden` and ``Chart/showHighLowLines(color:)`` instead.
  public struct ErrorBars: Hashable, Sendable {
    public var kind: Kind
    public var direction: Direction
    /// Draws the flat caps at the ends (Excel's default).
    public var endCap: Bool
    public var color: Color?

    public init(
      _ kind: Kind, direction: Direction = .both, endCap: Bool = true, color: Color? = nil
    ) {
      self.kind = kind
      self.direction = direction
      self.endCap = endCap
      self.color = color
    }

    /// How long each bar is.
    public enum Kind: Hashable, Sendable {
      case fixed(Double)
      case percentage(Double)
      case standardDeviations(Double)
      case standardError
    }

    /// Which way the bars extend from the point.
    public enum Direction: Hashable, Sendable {
      case both, plus, minus
    }
  }
}
