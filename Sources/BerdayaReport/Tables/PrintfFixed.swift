import Foundation

/// C's `printf("%.6f")` text of a number, without the formatter behind `String(format:)`.
///
/// Measured, not taste: on 7,000 kecamatan (49k cells), `String(format:)` was 29% of the thread
/// writing indicators.csv and indicators.json, some 1.2M numbers, the longer half of the report's
/// tail.
enum PrintfFixed {
  /// `String(format: "%.6f", value)`: the exact binary value rounded to six decimals, ties to even,
  /// a minus sign on every negative value (`-0.000000` too).
  ///
  /// The value times 10^6, as a binary64 product, is within half an ulp of the exact product; away
  /// from a tie by more than that, rounding it rounds the exact one. Near a tie, for magnitudes of
  /// 10^9 and more, and for infinities and NaN, the C library writes the text.
  static func sixDecimals(_ value: Double) -> String {
    let magnitude = value.magnitude
    guard magnitude < 1e9 else { return String(format: "%.6f", value) }
    let scaled = magnitude * 1_000_000
    let whole = scaled.rounded(.down)
    let fraction = scaled - whole
    guard (fraction - 0.5).magnitude > scaled.ulp else { return String(format: "%.6f", value) }
    let units = UInt64(whole) + (fraction > 0.5 ? 1 : 0)
    let negative = value.sign == .minus
    return String(unsafeUninitializedCapacity: 24) { text in
      var end = 0
      if negative {
        text[end] = UInt8(ascii: "-")
        end += 1
      }
      end = appendDigits(of: units / 1_000_000, to: text, at: end)
      text[end] = UInt8(ascii: ".")
      var decimals = units % 1_000_000
      for position in stride(from: end + 6, to: end, by: -1) {
        text[position] = UInt8(ascii: "0") + UInt8(decimals % 10)
        decimals /= 10
      }
      return end + 7
    }
  }

  /// Writes `number` in decimal at `start`; where the text ends.
  private static func appendDigits(of number: UInt64, to text: UnsafeMutableBufferPointer<UInt8>, at start: Int) -> Int {
    var count = 1
    var rest = number / 10
    while rest > 0 {
      count += 1
      rest /= 10
    }
    var remaining = number
    for position in stride(from: start + count - 1, through: start, by: -1) {
      text[position] = UInt8(ascii: "0") + UInt8(remaining % 10)
      remaining /= 10
    }
    return start + count
  }
}
