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
    path: String, chunkSize: Int = 1 << 20, dialect: CSVDialect? = nil, handler: CSVParser.RowHandler
  ) throws -> (encoding: TextEncoding, dialect: CSVDialect) {
    precondition(chunkSize > 0, "chunkSize must be at least 1 byte")
    let file = try POSIXFile(path: path)
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(chunkSize, sampleLength), alignment: 16)
    defer { buffer.deallocate() }

    let sampleCount = try file.readFully(into: UnsafeMutableRawBufferPointer(rebasing: buffer[0..<sampleLength]))
    let sample = UnsafeRawBufferPointer(rebasing: buffer[0..<sampleCount])
    try TextEncoding.checkSupported(sample: sample)
    var encoding = TextEncoding.detect(sample: sample)
    // When the sample is the whole file, a multi-byte sequence cut off at its end is not a sample
    // boundary but a Windows-1252 byte (a file ending in "Café" saved by Excel).
    if encoding == .utf8 && sampleCount < sampleLength && !TextEncoding.isValidUTF8(sample.byteView) {
      encoding = .windows1252
    }
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
    while true {
      let count = try file.read(into: chunk)
      if count == 0 { break }
      let bytes = UnsafeRawBufferPointer(rebasing: chunk[0..<count])
      if transcoder == nil {
        try feed(bytes)
      } else {
        transcoder?.transcode(bytes, into: &utf8)
        try feedTranscoded()
      }
    }
    if transcoder != nil {
      transcoder?.finish(into: &utf8)
      try feedTranscoded()
    }
    try parser.finish(handler: handler)
    return (encoding, chosen)
  }
}
