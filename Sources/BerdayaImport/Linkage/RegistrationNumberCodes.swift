import BerdayaModel

/// Registration numbers packed into 64 bits, so that a `NumberIndex` holds them in its slots.
///
/// An office numbers its enterprises in one or a few patterns ("UMKM-1271-0826493"): letters and
/// separators in fixed places, digits in the others. A pattern (its length, its non-digit bytes and
/// where its digits are) is kept once, the first time a number of that pattern is seen; a number's
/// code is its pattern's id (4 bits) above a decimal number under 10^18 (under 2^60): for a pattern
/// of 8 to 18 bytes, the number with each letter and separator read as a 0; for a shorter or longer
/// one, its digits alone (at most 18). The pattern says where each digit goes, leading zeros
/// included, so two numbers have one code only if they are the same bytes. A longer number with
/// more digits, or one of a pattern found after the first 16, has no code and is kept by its bytes
/// (`KeyIndex`).
struct RegistrationNumberCodes: Sendable {
  /// Each pattern's bytes as its first number had them (digits only mark their places), back to
  /// back; `patternEnds[id]` is where pattern `id`'s end. One flat array, not an array per pattern:
  /// it is read for every activity row, and nested arrays were retained and released there.
  private var patternBytes: [UInt8] = []
  private var patternEnds: [Int] = []
  /// Each pattern again, by id, as `WordPattern` reads the numbers of 8 to 18 bytes.
  private var wordPatterns: [WordPattern] = []

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
    wordPatterns.append(WordPattern(number))
    return code(of: number)
  }

  /// The code of `number` among the patterns seen; nil when its pattern is not one of them.
  func code(of number: UnsafeBufferPointer<UInt8>) -> UInt64? {
    if WordPattern.lengths.contains(number.count), let base = number.baseAddress {
      return wordPatterns.withUnsafeBufferPointer { patterns in
        for id in patterns.indices where patterns[id].length == number.count {
          if let value = patterns[id].value(at: base) { return UInt64(id) << Self.digitBits | value }
        }
        return nil
      }
    }
    return patternBytes.withUnsafeBufferPointer { patterns in
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

  fileprivate static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
}

/// A pattern of 8 to 18 bytes, its numbers checked and read eight bytes at a time: three words,
/// at the start, at byte 8 (or the last eight) and the last eight, each byte counted in the first
/// word that holds it. Measured: the byte loop took 220 instructions a number, asked of every
/// activity row, 3% of `validate` at size M.
private struct WordPattern {
  static let lengths = 8...18
  /// Where one word lies, what it must hold, and its digits' weight in the code.
  struct Word {
    var offset = 0
    /// The pattern's letters and separators in the word (the places `literalMask` marks).
    var literal: UInt64 = 0
    var literalMask: UInt64 = 0
    /// The places of the digits this word counts.
    var digitMask: UInt64 = 0
    /// 10 to the power of the number of bytes after the word.
    var weight: UInt64 = 1
  }

  let length: Int
  private var words = (Word(), Word(), Word())

  init(_ pattern: UnsafeBufferPointer<UInt8>) {
    length = pattern.count
    guard Self.lengths.contains(length) else { return }
    var counted = 0
    func word(at offset: Int) -> Word {
      var word = Word(offset: offset)
      for place in 0..<8 where offset + place >= counted {
        let byte = pattern[offset + place]
        if RegistrationNumberCodes.isDigit(byte) {
          word.digitMask |= 0xFF << (8 * UInt64(place))
        } else {
          word.literal |= UInt64(byte) << (8 * UInt64(place))
          word.literalMask |= 0xFF << (8 * UInt64(place))
        }
      }
      for _ in offset + 8..<length { word.weight *= 10 }
      counted = offset + 8
      return word
    }
    words = (word(at: 0), word(at: min(8, length - 8)), word(at: length - 8))
  }

  /// The number at `base` (`length` bytes) read with its letters and separators as 0s, if it has
  /// the pattern's letters and separators and digits where the pattern has them; else nil.
  func value(at base: UnsafePointer<UInt8>) -> UInt64? {
    guard let first = Self.value(of: words.0, at: base), let second = Self.value(of: words.1, at: base),
      let third = Self.value(of: words.2, at: base)
    else { return nil }
    return first &+ second &+ third
  }

  @inline(__always)
  private static func value(of word: Word, at base: UnsafePointer<UInt8>) -> UInt64? {
    let bytes = EightDigits.word(base + word.offset)
    guard (bytes ^ word.literal) & word.literalMask == 0 else { return nil }
    let digits = bytes & word.digitMask | 0x3030_3030_3030_3030 & ~word.digitMask
    guard EightDigits.areDigits(digits) else { return nil }
    return EightDigits.value(digits) &* word.weight
  }
}
