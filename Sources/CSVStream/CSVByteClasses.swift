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

  /// One block of sixteen bytes of a line with quotes (`CSVParser`'s quoted lines), each class as
  /// bits of its own (bit `i` for the block's byte `i`): the quotes decide which delimiters and
  /// line ends count, and which untidy test a byte takes.
  struct QuotedBlock {
    var delimiters: UInt32
    /// Line feeds and carriage returns.
    var lineEnds: UInt32
    var quotes: UInt32
    /// `Block.untidy`'s bytes, for a byte outside quotes.
    var untidy: UInt32
    /// For a byte inside quotes, where a delimiter is text: a control byte, DEL, a byte of a
    /// multi-byte character, and a space followed by a space.
    var untidyInQuotes: UInt32
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
    let lanes = self.lanes(pointer)
    return Block(
      structure: Self.bits(lanes.delimiter .| lanes.lineEnd .| lanes.quote),
      untidy: unsafeBitCast(lanes.untidy, to: SIMD16<UInt8>.self))
  }

  /// `classify` for a line with quotes; the same 17 bytes must be readable.
  @inline(__always)
  func classifyQuoted(_ pointer: UnsafeRawPointer) -> QuotedBlock {
    let lanes = self.lanes(pointer)
    return QuotedBlock(
      delimiters: Self.bits(lanes.delimiter), lineEnds: Self.bits(lanes.lineEnd), quotes: Self.bits(lanes.quote),
      untidy: Self.bits(lanes.untidy), untidyInQuotes: Self.bits(.!lanes.printable .| (lanes.space .& lanes.nextSpace)))
  }

  /// Each class of the sixteen bytes at `pointer` (and the byte after) as lanes.
  @inline(__always)
  private func lanes(_ pointer: UnsafeRawPointer) -> (
    delimiter: SIMDMask<SIMD16<Int8>>, lineEnd: SIMDMask<SIMD16<Int8>>, quote: SIMDMask<SIMD16<Int8>>,
    untidy: SIMDMask<SIMD16<Int8>>, printable: SIMDMask<SIMD16<Int8>>, space: SIMDMask<SIMD16<Int8>>,
    nextSpace: SIMDMask<SIMD16<Int8>>
  ) {
    let bytes = pointer.loadUnaligned(as: SIMD16<UInt8>.self)
    let next = (pointer + 1).loadUnaligned(as: SIMD16<UInt8>.self)
    let space = SIMD16<UInt8>(repeating: 0x20)
    let isDelimiter = bytes .== delimiter
    let isLineEnd = (bytes .== SIMD16<UInt8>(repeating: 0x0A)) .| (bytes .== SIMD16<UInt8>(repeating: 0x0D))
    let isSpace = bytes .== space
    let nextIsSpace = next .== space
    // 0x20...0x7E moved to 0...0x5E; every other byte lands above it, unsigned.
    let printable = (bytes &- space) .<= SIMD16<UInt8>(repeating: 0x5E)
    let untidy =
      (.!printable .& .!isDelimiter) .| (isSpace .& (nextIsSpace .| (next .== delimiter))) .| (isDelimiter .& nextIsSpace)
    return (isDelimiter, isLineEnd, bytes .== quote, untidy, printable, isSpace, nextIsSpace)
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
  static func bits(_ lanes: SIMDMask<SIMD16<Int8>>) -> UInt32 {
    CByteMask_topBits(unsafeBitCast(lanes, to: SIMD16<UInt8>.self))
  }
}
