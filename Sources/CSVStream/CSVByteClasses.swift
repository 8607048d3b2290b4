internal import CByteMask

/// Classifies the bytes of a CSV line sixteen at a time (SIMD): where its delimiters are, where it
/// may stop (line feed, carriage return, quote), and whether a byte keeps a field from being tidy
/// ASCII.
///
/// One pass over a line finds its end, splits it and tells whether every field is tidy, work that
/// was a `memchr` for the line feed, the quote and the carriage return, one per field for the
/// delimiters, and a second pass over each text field for the tidy check (11.8% of the instructions
/// of reading activities into records by itself). Sixteen bytes are what every x86-64 processor
/// compares at once (SSE2), and what Swift's `SIMD16` compiles to without target flags.
struct CSVByteClasses {
  /// One block of sixteen bytes.
  struct Block {
    /// Delimiters, line feeds, carriage returns and quotes (bit `i` for the block's byte `i`): the
    /// bytes where a field ends or a simple line ends or stops being simple.
    var structure: UInt32
    /// Lanes set (all ones) for the bytes that no tidy field holds or that make a neighbouring
    /// field untidy: a control byte (other than the delimiter), DEL, a byte of a multi-byte
    /// character, and a space followed by a space or the delimiter or following the delimiter.
    var untidy: SIMD16<UInt8>
  }

  /// The bytes past the end of a buffer are read as this, which is none of the classes above.
  static let filler: UInt8 = 0x41

  private let delimiter: SIMD16<UInt8>
  private let quote: SIMD16<UInt8>

  init(delimiter: UInt8, quote: UInt8) {
    self.delimiter = SIMD16(repeating: delimiter)
    self.quote = SIMD16(repeating: quote)
  }

  /// The sixteen bytes at `pointer`; the byte after them is read too (a space before a delimiter
  /// that starts the next block), so 17 bytes must be readable.
  @inline(__always)
  func classify(_ pointer: UnsafeRawPointer) -> Block {
    let bytes = pointer.loadUnaligned(as: SIMD16<UInt8>.self)
    let next = (pointer + 1).loadUnaligned(as: SIMD16<UInt8>.self)
    let space = SIMD16<UInt8>(repeating: 0x20)
    let isDelimiter = bytes .== delimiter
    let structure =
      isDelimiter .| (bytes .== SIMD16<UInt8>(repeating: 0x0A)) .| (bytes .== SIMD16<UInt8>(repeating: 0x0D))
      .| (bytes .== quote)
    let isSpace = bytes .== space
    let nextIsSpace = next .== space
    // 0x20...0x7E moved to 0...0x5E; every other byte lands above it, unsigned.
    let printable = (bytes &- space) .<= SIMD16<UInt8>(repeating: 0x5E)
    let untidy =
      (.!printable .& .!isDelimiter) .| (isSpace .& (nextIsSpace .| (next .== delimiter))) .| (isDelimiter .& nextIsSpace)
    return Block(
      structure: CByteMask_topBits(unsafeBitCast(structure, to: SIMD16<UInt8>.self)),
      untidy: unsafeBitCast(untidy, to: SIMD16<UInt8>.self))
  }

  /// Lanes set for the block's bytes before byte `count` (0...16).
  @inline(__always)
  static func lanes(before count: Int) -> SIMD16<UInt8> {
    let index = SIMD16<UInt8>(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)
    return unsafeBitCast(index .< SIMD16<UInt8>(repeating: UInt8(count)), to: SIMD16<UInt8>.self)
  }

  /// True when any lane is set.
  @inline(__always)
  static func any(_ lanes: SIMD16<UInt8>) -> Bool { CByteMask_topBits(lanes) != 0 }

  /// The set lanes as bits (bit `i` for lane `i`).
  @inline(__always)
  static func bits(_ lanes: SIMD16<UInt8>) -> UInt32 { CByteMask_topBits(lanes) }
}
