/// An amount of money in whole rupiah (offices never book fractions of a rupiah).
public struct Rupiah: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let value: Int64

  public init(_ value: Int64) { self.value = value }

  public static func < (lhs: Rupiah, rhs: Rupiah) -> Bool { lhs.value < rhs.value }

  public static func + (lhs: Rupiah, rhs: Rupiah) -> Rupiah { Rupiah(lhs.value &+ rhs.value) }

  /// Indonesian grouping: `Rp 1.500.000`.
  public var description: String {
    let digits = String(value.magnitude)
    var grouped = ""
    for (index, character) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { grouped.append(".") }
      grouped.append(character)
    }
    return (value < 0 ? "-Rp " : "Rp ") + grouped
  }
}
