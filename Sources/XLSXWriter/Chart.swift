internal import CXLSXWriter

/// A chart of worksheet data, made by `Workbook.addChart(_:)` and placed with
/// `Worksheet.insertChart(_:row:column:size:)`.
///
/// A non-owning handle: the workbook frees the C chart when it closes, and using the handle
/// after that traps. Every string is copied by libxlsxwriter, so nothing here must outlive a call.
public struct Chart {
  let storage: WorkbookStorage
  let pointer: UnsafeMutablePointer<lxw_chart>
  /// What kind of chart this is.
  public let kind: Kind

  /// A chart type supported here.
  public enum Kind: Hashable, Sendable {
    /// Horizontal bars.
    case bar
    case barStacked
    /// Vertical bars.
    case column
    case columnStacked
    case line

    var lxw: UInt8 {
      switch self {
      case .bar: UInt8(LXW_CHART_BAR.rawValue)
      case .barStacked: UInt8(LXW_CHART_BAR_STACKED.rawValue)
      case .column: UInt8(LXW_CHART_COLUMN.rawValue)
      case .columnStacked: UInt8(LXW_CHART_COLUMN_STACKED.rawValue)
      case .line: UInt8(LXW_CHART_LINE.rawValue)
      }
    }
  }

  /// Where the legend goes.
  public enum LegendPosition: Hashable, Sendable {
    case none, right, left, top, bottom

    var lxw: UInt8 {
      switch self {
      case .none: UInt8(LXW_CHART_LEGEND_NONE.rawValue)
      case .right: UInt8(LXW_CHART_LEGEND_RIGHT.rawValue)
      case .left: UInt8(LXW_CHART_LEGEND_LEFT.rawValue)
      case .top: UInt8(LXW_CHART_LEGEND_TOP.rawValue)
      case .bottom: UInt8(LXW_CHART_LEGEND_BOTTOM.rawValue)
      }
    }
  }

  /// The C chart, checked to be still open.
  var chart: UnsafeMutablePointer<lxw_chart> {
    _ = storage.open
    return pointer
  }

  /// Adds a series of values, with optional categories, name, colour, markers and error bars.
  ///
  /// The corresponding C function is `chart_add_series`.
  public func addSeries(_ series: ChartSeries) {
    guard let s = chart_add_series(chart, series.categories?.formula, series.values.formula) else {
      preconditionFailure("XLSXWriter: chart_add_series failed (out of memory)")
    }
    if let name = series.name { chart_series_set_name(s, name) }

    var line = lxw_chart_line()
    var hasLine = false
    if let color = series.color {
      line.color = color.rgb
      hasLine = true
      if kind != .line {
        var fill = lxw_chart_fill(color: color.rgb, none: 0, transparency: 0)
        chart_series_set_fill(s, &fill)
      }
    }
    if let width = series.lineWidth {
      line.width = Float(width)
      hasLine = true
    }
    if series.hidesLine {
      line.none = 1
      hasLine = true
    }
    // chart_series_set_line copies the struct into the series.
    if hasLine { chart_series_set_line(s, &line) }

    if let marker = series.marker {
      chart_series_set_marker_type(s, marker.lxw)
      if let color = series.color, marker != .hidden {
        var markerFill = lxw_chart_fill(color: color.rgb, none: 0, transparency: 0)
        var markerLine = lxw_chart_line(
          color: color.rgb, none: 0, width: 0, dash_type: 0, transparency: 0)
        chart_series_set_marker_fill(s, &markerFill)
        chart_series_set_marker_line(s, &markerLine)
      }
    }

    if let bars = series.errorBars,
      let errorBars = chart_series_get_error_bars(s, LXW_CHART_ERROR_BAR_AXIS_Y)
    {
      let (type, value): (lxw_chart_error_bar_type, Double) =
        switch bars.kind {
        case .fixed(let v): (LXW_CHART_ERROR_BAR_TYPE_FIXED, v)
        case .percentage(let v): (LXW_CHART_ERROR_BAR_TYPE_PERCENTAGE, v)
        case .standardDeviations(let v): (LXW_CHART_ERROR_BAR_TYPE_STD_DEV, v)
        case .standardError: (LXW_CHART_ERROR_BAR_TYPE_STD_ERROR, 0)
        }
      chart_series_set_error_bars(errorBars, UInt8(type.rawValue), value)
      let direction: lxw_chart_error_bar_direction =
        switch bars.direction {
        case .both: LXW_CHART_ERROR_BAR_DIR_BOTH
        case .plus: LXW_CHART_ERROR_BAR_DIR_PLUS
        case .minus: LXW_CHART_ERROR_BAR_DIR_MINUS
        }
      chart_series_set_error_bars_direction(errorBars, UInt8(direction.rawValue))
      chart_series_set_error_bars_endcap(
        errorBars,
        UInt8((bars.endCap ? LXW_CHART_ERROR_BAR_END_CAP : LXW_CHART_ERROR_BAR_NO_CAP).rawValue))
      if let color = bars.color {
        var barLine = lxw_chart_line(
          color: color.rgb, none: 0, width: 0, dash_type: 0, transparency: 0)
        chart_series_set_error_bars_line(errorBars, &barLine)
      }
    }
  }

  /// Sets the chart title, or removes the automatic one with nil.
  ///
  /// The corresponding C functions are `chart_title_set_name` and `chart_title_off`.
  public func setTitle(_ title: String?) {
    if let title { chart_title_set_name(chart, title) } else { chart_title_off(chart) }
  }

  /// Titles the category axis (labels) and the value axis (numbers).
  ///
  /// The corresponding C function is `chart_axis_set_name`.
  public func setAxisTitles(category: String?, value: String?) {
    if let category { chart_axis_set_name(chart.pointee.x_axis, category) }
    if let value { chart_axis_set_name(chart.pointee.y_axis, value) }
  }

  /// The number format of the value axis labels, such as `"0%"`.
  ///
  /// The corresponding C function is `chart_axis_set_num_format`.
  public func setValueAxisNumberFormat(_ format: String) {
    chart_axis_set_num_format(chart.pointee.y_axis, format)
  }

  /// Fixes the value axis bounds, e.g. `0...1` for proportions; nil keeps Excel's automatic bound.
  ///
  /// The corresponding C functions are `chart_axis_set_min` and `chart_axis_set_max`.
  public func setValueAxisBounds(min: Double?, max: Double?) {
    if let min { chart_axis_set_min(chart.pointee.y_axis, min) }
    if let max { chart_axis_set_max(chart.pointee.y_axis, max) }
  }

  /// Places the legend, or hides it with `.none`.
  ///
  /// The corresponding C function is `chart_legend_set_position`.
  public func setLegend(_ position: LegendPosition) {
    chart_legend_set_position(chart, position.lxw)
  }

  /// Draws a vertical line at each category from the lowest to the highest series value.
  ///
  /// With a lower-bound and an upper-bound series (``ChartSeries/hidesLine``, marker `.hidden`)
  /// this draws interval whiskers. libxlsxwriter: "High-Low Lines are only available in Line
  /// charts."
  ///
  /// The corresponding C function is `chart_set_high_low_lines`.
  public func showHighLowLines(color: Color? = nil) {
    precondition(kind == .line, "XLSXWriter: high-low lines are only available in line charts")
    if let color {
      var line = lxw_chart_line(color: color.rgb, none: 0, width: 0, dash_type: 0, transparency: 0)
      chart_set_high_low_lines(chart, &line)
    } else {
      chart_set_high_low_lines(chart, nil)
    }
  }

  /// The gap between bar or column clusters, as a percentage of one bar's width (Excel: 150).
  ///
  /// The corresponding C function is `chart_set_series_gap`.
  public func setSeriesGap(_ percent: Int) {
    chart_set_series_gap(chart, UInt16(clamping: percent))
  }
}

extension ChartSeries.Marker {
  var lxw: UInt8 {
    let marker: lxw_chart_marker_type =
      switch self {
      case .automatic: LXW_CHART_MARKER_AUTOMATIC
      case .hidden: LXW_CHART_MARKER_NONE
      case .square: LXW_CHART_MARKER_SQUARE
      case .diamond: LXW_CHART_MARKER_DIAMOND
      case .triangle: LXW_CHART_MARKER_TRIANGLE
      case .x: LXW_CHART_MARKER_X
      case .star: LXW_CHART_MARKER_STAR
      case .circle: LXW_CHART_MARKER_CIRCLE
      case .plus: LXW_CHART_MARKER_PLUS
      }
    return UInt8(marker.rawValue)
  }
}
