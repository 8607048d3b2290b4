/// Registration numbers packed into 64 bits, so that a `NumberIndex` holds them in its slots.
///
/// An office numbers its enterprises in one or a few patterns ("UMKM-1271-0826493"): letters and
/// separators in fixed places, digits in the others. A pattern (its length, its non-digit bytes and
/// where its digits are) is kept once, the first time a number of that pattern is seen; a number's
/// code is its pattern's id (4 bits) above its digits read as one decimal number (at most 18
/// digits, under 2^60). The pattern says where each digit goes, leading zeros included, so two
/// numbers have one code only if they are the same bytes. A number with more digits, or of a
/// pattern found after the first 16, has no code and is kept by its bytes (`KeyIndex`).
struct RegistrationNumberCodes: Sendable {
  /// Each pattern's bytes as its first number had them (digits only mark their places), back to
  /// back; `patternEnds[id]` is where pattern `id`'s end. One flat array, not an array per pattern:
  /// it is read for every activity row, and nested arrays were retained and released there.
  private var patternBytes: [UInt8] = []
  private var patternEnds: [Int] = []

  static let maximumPatterns = 16
  static let maximumDigits = 18
  private static let digitBits = 60

  /// The code of `number`, adding its pattern when new and there is room; nil when it has none.
  mutating func code(adding number: UnsafeBufferPointer<UInt8>) -> UInt64? {
    if let code = code(of: number) { return code }
    guard patternEnds.count < Self.maximumPatterns, number.count(where: Self.isDigit) <= Self.maximumDigits else {
      return nil
    }
    patternBytes.append(contentsOf: number)
    patternEnds.append(patternBytes.count)
    return code(of: number)
  }

  /// The code of `number` among the patterns seen; nil when its pattern is not one of them.
  func code(of number: UnsafeBufferPointer<UInt8>) -> UInt64? {
    patternBytes.withUnsafeBufferPointer { patterns in
      patternEnds.withUnsafeBufferPointer { ends in
        var start = 0
        for id in ends.indices {
          defer { start = ends[id] }
          guard ends[id] - start == number.count,
            let digits = Self.digits(of: number, pattern: patterns.baseAddress! + start)
          else { continue }
          return UInt64(id) << Self.digitBits | digits
        }
        return nil
      }
    }
  }

  /// The number's digits read as one decimal number if it has the pattern's bytes where the
  /// pattern has no digit, and digits where it has (the pattern as long as the number); else nil.
  private static func digits(of number: UnsafeBufferPointer<UInt8>, pattern: UnsafePointer<UInt8>) -> UInt64? {
    var value: UInt64 = 0
    for index in number.indices {
      let byte = number[index]
      if isDigit(pattern[index]) {
        guard isDigit(byte) else { return nil }
        value = value &* 10 &+ UInt64(byte &- 0x30)
      } else if byte != pattern[index] {
        return nil
      }
    }
    return value
  }

  private static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
}
