/// A minimal SVG writer: the document frame, escaped text, and coordinates rounded to one
/// decimal so that the same figures always give the same bytes.
///
/// Every chart uses the same font stack and colours, no external fonts, images or scripts, and an
/// explicit `width`, `height` and `viewBox`, so that the files render the same in a browser, on
/// GitHub and in `rsvg-convert`.
public struct SVGDocument: Sendable {
  /// The font stack of every text element: fonts found on Linux, Windows and macOS.
  public static let fontFamily = "DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif"

  /// Width and height in pixels.
  public let width: Double
  public let height: Double
  /// The markup written so far (without the closing tag).
  public private(set) var body = ""

  /// Starts a document of the given size with a white background and an accessible title.
  public init(width: Double, height: Double, title: String) {
    self.width = width
    self.height = height
    let w = Self.number(width)
    let h = Self.number(height)
    body += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    body +=
      "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"\(w)\" height=\"\(h)\" "
      + "viewBox=\"0 0 \(w) \(h)\" font-family=\"\(Self.fontFamily)\" role=\"img\">\n"
    body += "<title>" + Self.escape(title) + "</title>\n"
    body += "<rect x=\"0\" y=\"0\" width=\"\(w)\" height=\"\(h)\" fill=\"#ffffff\"/>\n"
  }

  /// Appends raw markup built by the caller from escaped parts.
  public mutating func raw(_ markup: String) {
    body += markup
  }

  /// A text element; `anchor` is `start`, `middle` or `end`.
  public mutating func text(
    _ content: String, x: Double, y: Double, size: Double = 12, anchor: String = "start", weight: String? = nil,
    fill: String = "#222222", italic: Bool = false, halo: Bool = false
  ) {
    var attributes = "x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" font-size=\"\(Self.number(size))\""
    if anchor != "start" { attributes += " text-anchor=\"\(anchor)\"" }
    if let weight { attributes += " font-weight=\"\(weight)\"" }
    if italic { attributes += " font-style=\"italic\"" }
    if halo {
      attributes += " stroke=\"#ffffff\" stroke-width=\"2.5\" stroke-linejoin=\"round\" paint-order=\"stroke\""
    }
    body += "<text \(attributes) fill=\"\(fill)\">" + Self.escape(content) + "</text>\n"
  }

  /// A rectangle.
  public mutating func rect(
    x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String? = nil
  ) {
    var markup =
      "<rect x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" width=\"\(Self.number(max(0, width)))\" "
      + "height=\"\(Self.number(max(0, height)))\" fill=\"\(fill)\""
    if let stroke { markup += " stroke=\"\(stroke)\" stroke-width=\"1\"" }
    body += markup + "/>\n"
  }

  /// A straight line.
  public mutating func line(
    x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1, dash: String? = nil
  ) {
    var markup =
      "<line x1=\"\(Self.number(x1))\" y1=\"\(Self.number(y1))\" x2=\"\(Self.number(x2))\" y2=\"\(Self.number(y2))\" "
      + "stroke=\"\(stroke)\" stroke-width=\"\(Self.number(width))\""
    if let dash { markup += " stroke-dasharray=\"\(dash)\"" }
    body += markup + "/>\n"
  }

  /// The finished document.
  public var svg: String { body + "</svg>\n" }

  /// A coordinate rounded to one decimal, written with a point and without `-0` or a trailing `.0`.
  public static func number(_ value: Double) -> String {
    guard value.isFinite else { return "0" }
    let tenths = Int((value * 10).rounded(.toNearestOrAwayFromZero))
    let sign = tenths < 0 ? "-" : ""
    let magnitude = tenths.magnitude
    let whole = magnitude / 10
    let fraction = magnitude % 10
    return sign + String(whole) + (fraction == 0 ? "" : "." + String(fraction))
  }

  /// Escapes text for XML character data and attribute values; drops characters XML 1.0 forbids.
  public static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&apos;"
      case "\t", "\n", "\r": result += " "
      default:
        let v = scalar.value
        if v < 0x20 || (0xFFFE...0xFFFF).contains(v) { continue }
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// A rough width of `text` at `size` pixels in a sans-serif font, for layout: long enough that
  /// labels do not overlap, which is all a chart needs.
  public static func textWidth(_ text: String, size: Double) -> Double {
    Double(text.count) * size * 0.6
  }
}
