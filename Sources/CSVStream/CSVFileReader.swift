/// Reads a CSV file from disk through `CSVParser`: encoding and dialect found, BOM skipped, UTF-16 transcoded.
///
/// Memory stays bounded by `max(chunkSize, 64 KiB)` (plus, for UTF-16, up to 1.5 times that for
/// the UTF-8 copy) and the longest record; rows are never kept.
///
/// What the rows hold: UTF-8 for `.utf8`, `.utf8BOM`, `.utf16LE` and `.utf16BE` files (UTF-16
/// is transcoded before the tokenizer sees it), and the file's own bytes for `.windows1252`
/// (delimiters and quotes are ASCII, so the tokenizer does not need to know); decode those fields
/// with `TextEncoding.decode(_:as: .windows1252)`.
public enum CSVFileReader {
  /// Bytes at the start of the file that encoding and dialect sniffing look at.
  public static let sampleLength = 64 << 10

  /// The bytes read from the file at a time: under glibc's mmap threshold (128 KiB, fixed by the
  /// berdaya executable), so that a piece's buffer comes from the heap and reuses the last one's
  /// memory, and small enough to stay in the core's cache while the parser reads it back.
  /// Measured on the L report (an activity file in 32 pieces, each then read twice: lines counted,
  /// then parsed): 1 MiB chunks, each mapped and faulted in afresh, 137.0k page faults; 64 KiB,
  /// 120.3k, and 3.46 -> 3.40 CPU s (min of 7, alternating).
  public static let defaultChunkSize = 64 << 10

  /// Streams every row of the file at `path` to `handler`.
  ///
  /// The first 64 KiB decide the encoding (`TextEncoding.detect`) and, unless `dialect` is given,
  /// the delimiter (`CSVDialect.sniff`). They are sniffed the same whatever `chunkSize` is, so any
  /// chunk size gives the same rows.
  ///
  /// - Returns: the encoding detected and the dialect used.
  /// - Throws: `CSVError` with code `.io` ("cannot open PATH: No such file or directory") when the
  ///   file cannot be opened or read, or is UTF-32; the tokenizer's `CSVError`s; the handler's errors.
  @discardableResult
  public static func read(
    path: String, chunkSize: Int = defaultChunkSize, dialect: CSVDialect? = nil, handler: CSVParser.RowHandler
  ) throws -> (encoding: TextEncoding, dialect: CSVDialect) {
    precondition(chunkSize > 0, "chunkSize must be at least 1 byte")
    let file = try POSIXFile(path: path)
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(chunkSize, sampleLength), alignment: 16)
    defer { buffer.deallocate() }

    let sampleCount = try file.readFully(into: UnsafeMutableRawBufferPointer(rebasing: buffer[0..<sampleLength]))
    let sample = UnsafeRawBufferPointer(rebasing: buffer[0..<sampleCount])
    let encoding = try encoding(of: sample)
    let body = UnsafeRawBufferPointer(rebasing: sample[encoding.byteOrderMarkLength...])

    var transcoder = encoding.isUTF16 ? UTF16ToUTF8Transcoder(bigEndian: encoding == .utf16BE) : nil
    var utf8: [UInt8] = []
    transcoder?.transcode(body, into: &utf8)
    let chosen = dialect ?? (transcoder == nil ? CSVDialect.sniff(body) : utf8.withUnsafeBytes { CSVDialect.sniff($0) })
    let parser = try CSVParser(delimiter: chosen.delimiter, quote: chosen.quote)

    // The sample goes in in chunkSize pieces too, so a small chunk size is a real drip feed.
    func feed(_ bytes: UnsafeRawBufferPointer) throws {
      var offset = 0
      while offset < bytes.count {
        let end = min(bytes.count, offset + chunkSize)
        try parser.feed(UnsafeRawBufferPointer(rebasing: bytes[offset..<end]), handler: handler)
        offset = end
      }
    }
    func feedTranscoded() throws {
      try utf8.withUnsafeBytes { try feed($0) }
      utf8.removeAll(keepingCapacity: true)
    }

    if transcoder == nil { try feed(body) } else { try feedTranscoded() }
    let chunk = UnsafeMutableRawBufferPointer(rebasing: buffer[0..<chunkSize])
    if var transcoder {
      while true {
        let count = try file.read(into: chunk)
        if count == 0 { break }
        transcoder.transcode(UnsafeRawBufferPointer(rebasing: chunk[0..<count]), into: &utf8)
        try feedTranscoded()
      }
      transcoder.finish(into: &utf8)
      try feedTranscoded()
    } else {
      try feedFile(file, from: sampleCount, to: .max, chunk: chunk, parser: parser, handler: handler)
    }
    try parser.finish(handler: handler)
    return (encoding, chosen)
  }

  /// The encoding and dialect a file would be read with (`read` decides them the same way).
  public static func sniff(path: String) throws -> (encoding: TextEncoding, dialect: CSVDialect) {
    let file = try POSIXFile(path: path)
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: sampleLength, alignment: 16)
    defer { buffer.deallocate() }
    let count = try file.readFully(into: buffer)
    let sample = UnsafeRawBufferPointer(rebasing: buffer[0..<count])
    let encoding = try encoding(of: sample)
    guard !encoding.isUTF16 else { return (encoding, .comma) }
    return (encoding, CSVDialect.sniff(UnsafeRawBufferPointer(rebasing: sample[encoding.byteOrderMarkLength...])))
  }

  /// The encoding of a file whose first `sampleLength` bytes (or fewer: the whole file) are `sample`.
  private static func encoding(of sample: UnsafeRawBufferPointer) throws -> TextEncoding {
    try TextEncoding.checkSupported(sample: sample)
    let encoding = TextEncoding.detect(sample: sample)
    // When the sample is the whole file, a multi-byte sequence cut off at its end is not a sample
    // boundary but a Windows-1252 byte (a file ending in "Café" saved by Excel).
    if encoding == .utf8 && sample.count < sampleLength && !TextEncoding.isValidUTF8(sample.byteView) {
      return .windows1252
    }
    return encoding
  }

  /// Where a file could be cut into `count` parts of about equal size for reading at the same
  /// time: offsets just after a line feed, past the first 64 KiB (where the header is). Whether a
  /// cut is a record boundary (and not a newline inside a quoted field) is only known once the part
  /// before it is read: `readPart` says.
  ///
  /// The file must not be UTF-16 (`sniff` says; those are transcoded and read in one pass).
  ///
  /// - Returns: the ascending cut offsets; empty when the file is too small to cut.
  public static func cuts(path: String, count: Int, minimumPartBytes: Int) throws -> [Int] {
    let file = try POSIXFile(path: path)
    let size = try file.size()
    guard count > 1, size >= 2 * max(minimumPartBytes, sampleLength) else { return [] }
    let parts = min(count, size / max(minimumPartBytes, sampleLength))
    let window = UnsafeMutableRawBufferPointer.allocate(byteCount: sampleLength, alignment: 16)
    defer { window.deallocate() }
    var cuts: [Int] = []
    for index in 1..<parts {
      let target = size / parts * index
      try file.seek(to: target)
      let read = try file.readFully(into: window)
      guard let newline = window[0..<read].firstIndex(of: 0x0A) else { continue }
      let cut = target + newline + 1
      if cut < size && cut > (cuts.last ?? sampleLength) { cuts.append(cut) }
    }
    return cuts
  }

  /// How reading a part ended.
  public struct PartEnd: Sendable {
    /// The line the part ends on, counted from 1 at its start: one more than the line breaks in it,
    /// so the next part begins `line - 1` lines after this one.
    public var line: Int
    /// False when the part's end fell inside a record (a quoted field holding a newline): reading
    /// stopped there, the record left unfinished, and the parts after it were cut in the wrong place.
    public var endedAtRecordBoundary: Bool
  }

  /// Reads the bytes `range` of a UTF-8 or Windows-1252 file (with `encoding` and `dialect` from
  /// `sniff`), as `read` would read them in one pass, streaming rows to `handler`.
  ///
  /// A part other than the first starts at a cut from `cuts` and is read as though a record
  /// began there; the lines it reports are counted from 1 at the range's first byte (the caller
  /// places them in the file once the lines before the range are known).
  /// When the range ends before the end of the file and not at a record boundary, reading stops
  /// with the record unfinished and `PartEnd.endedAtRecordBoundary` false: the file must then be
  /// read again another way. An upper bound at or past the end of the file (`Int.max`) reads the
  /// last part.
  public static func readPart(
    path: String, range: Range<Int>, encoding: TextEncoding, dialect: CSVDialect,
    chunkSize: Int = defaultChunkSize, handler: CSVParser.RowHandler
  ) throws -> PartEnd {
    precondition(!encoding.isUTF16, "UTF-16 files are transcoded and read in one pass")
    let file = try POSIXFile(path: path)
    let size = try file.size()
    let start = range.lowerBound == 0 ? encoding.byteOrderMarkLength : range.lowerBound
    try file.seek(to: start)
    let parser = try CSVParser(delimiter: dialect.delimiter, quote: dialect.quote)
    let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
    defer { chunk.deallocate() }
    try feedFile(file, from: start, to: range.upperBound, chunk: chunk, parser: parser, handler: handler)
    if range.upperBound < size {
      return PartEnd(line: parser.currentLine, endedAtRecordBoundary: parser.isAtRecordStart)
    }
    try parser.finish(handler: handler)
    return PartEnd(line: parser.currentLine, endedAtRecordBoundary: true)
  }

  /// The line breaks in bytes `range` of the file, as `CSVParser` counts lines: the line feeds,
  /// plus the carriage returns not followed by a line feed (one at the end of the range counts).
  /// The range starts at 0 or just after a line feed (a cut), so that ranges cut there add up.
  ///
  /// Line feeds are counted 32 bytes at a time and carriage returns found with `memchr`: a byte
  /// loop took 11 instructions a byte.
  public static func lineBreaks(in range: Range<Int>, path: String, chunkSize: Int = defaultChunkSize) throws -> Int {
    let file = try POSIXFile(path: path)
    try file.seek(to: range.lowerBound)
    let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
    defer { chunk.deallocate() }
    var breaks = 0
    var position = range.lowerBound
    // A carriage return ended the previous chunk: the first byte of this one says whether it is
    // the first half of a CRLF pair.
    var returnPending = false
    while position < range.upperBound {
      let count = try file.read(into: UnsafeMutableRawBufferPointer(rebasing: chunk[0..<min(chunkSize, range.upperBound - position)]))
      if count == 0 { break }
      let bytes = UnsafeRawBufferPointer(rebasing: chunk[0..<count])
      if returnPending && bytes[0] != 0x0A { breaks += 1 }
      breaks += bytes.count(of: 0x0A)
      returnPending = false
      var next = bytes.offset(of: 0x0D)
      while let carriageReturn = next {
        if carriageReturn + 1 == count {
          returnPending = true
        } else if bytes[carriageReturn + 1] != 0x0A {
          breaks += 1
        }
        next = bytes.offset(of: 0x0D, from: carriageReturn + 1)
      }
      position += count
    }
    return returnPending ? breaks + 1 : breaks
  }

  /// Feeds the file's bytes from the current position (`from`) up to offset `end` to `parser`.
  private static func feedFile(
    _ file: borrowing POSIXFile, from: Int, to end: Int, chunk: UnsafeMutableRawBufferPointer, parser: CSVParser,
    handler: CSVParser.RowHandler
  ) throws {
    var position = from
    while position < end {
      let count = try file.read(into: UnsafeMutableRawBufferPointer(rebasing: chunk[0..<min(chunk.count, end - position)]))
      if count == 0 { break }
      try parser.feed(UnsafeRawBufferPointer(rebasing: chunk[0..<count]), handler: handler)
      position += count
    }
  }
}
