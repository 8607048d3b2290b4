internal import CLibCSV

/// A streaming CSV tokenizer over libcsv: feed it bytes in chunks of any size, get whole rows.
///
/// Rows are delivered to the handler given to `feed`/`finish` as `CSVRow` views into one reused
/// buffer, so memory does not grow with the file, only with the longest record. Fields are not
/// trimmed (libcsv's default trims spaces and tabs around unquoted fields; we turn that off so the
/// text is exactly what the file holds). Blank lines are reported as rows with no fields, so that
/// line numbers stay right.
///
/// Most records are one line with no quote in it, and their fields are exactly the bytes between
/// delimiters. The parser splits those lines itself and hands every other record to libcsv (see
/// `feed`): a measured need. On the 552 MB, 5M-row L activities file, libcsv driven from Swift
/// reads 190 MB/s per core (../shared/bench/LIMITS.md), and in the importer's profile csv_parse,
/// the per-field C callbacks and their retain/release were 17% of the CPU time; a byte scan runs
/// at 1.7 GB/s. With the split (callgrind): scanning the S activities.csv takes 125M instructions
/// instead of 390M, and importing the L file 63G instead of 90G, csv_parse's share 4.3G instead
/// of 22.3G (a fifth of that file's lines hold a quote and still go to libcsv).
public final class CSVParser {
  /// Limits that keep a hostile file from exhausting memory.
  public struct Limits: Sendable {
    public var maxFieldBytes: Int
    public var maxFieldsPerRow: Int
    public init(maxFieldBytes: Int = 64 << 20, maxFieldsPerRow: Int = 100_000) {
      self.maxFieldBytes = maxFieldBytes
      self.maxFieldsPerRow = maxFieldsPerRow
    }
  }

  public typealias RowHandler = (CSVRow) throws -> Void

  private let parser: UnsafeMutablePointer<csv_parser>
  private let limits: Limits
  private var record = CSVRowBuffer()
  private var line = 1
  private var rowStartLine = 1
  private var lastTerminator: Int32 = 0
  private var handler: RowHandler?
  private var stashedError: (any Error)?
  private let delimiter: UInt8
  private let quote: UInt8
  private let classes: CSVByteClasses
  /// False only for tests and the fuzzer, which compare the split lines with libcsv's.
  private let splitsSimpleLines: Bool

  /// - Parameters:
  ///   - delimiter: the field separator byte (`,` `;` tab ...).
  ///   - quote: the quote byte, `"` by default.
  ///   - firstLine: the physical line number of the first byte fed (above 1 for a part of a file).
  public convenience init(
    delimiter: UInt8 = UInt8(ascii: ","), quote: UInt8 = UInt8(ascii: "\""), limits: Limits = Limits(),
    firstLine: Int = 1
  ) throws(CSVError) {
    try self.init(delimiter: delimiter, quote: quote, limits: limits, firstLine: firstLine, splitsSimpleLines: true)
  }

  /// `splitsSimpleLines: false` sends every record through libcsv: the oracle the split lines are
  /// tested against.
  init(delimiter: UInt8, quote: UInt8, limits: Limits, firstLine: Int, splitsSimpleLines: Bool) throws(CSVError) {
    self.limits = limits
    self.delimiter = delimiter
    self.quote = quote
    classes = CSVByteClasses(delimiter: delimiter, quote: quote)
    // A line end used as delimiter or quote would make every line a hard one.
    self.splitsSimpleLines = splitsSimpleLines && ![delimiter, quote].contains(where: { $0 == 0x0A || $0 == 0x0D })
    line = firstLine
    rowStartLine = firstLine
    parser = UnsafeMutablePointer<csv_parser>.allocate(capacity: 1)
    // "CSV_REPALL_NL: report all unquoted carriage returns and linefeeds": blank lines become
    // empty rows, which is what keeps our line numbers exact.
    guard csv_init(parser, UInt8(CSV_REPALL_NL)) == 0 else {
      parser.deallocate()
      throw CSVError(code: .outOfMemory, message: "libcsv could not allocate its parser")
    }
    csv_set_delim(parser, delimiter)
    csv_set_quote(parser, quote)
    csv_set_space_func(parser) { _ in 0 }
  }

  deinit {
    // "csv_free frees any memory used by the parser" (libcsv(3)); the struct itself is ours.
    csv_free(parser)
    parser.deallocate()
  }

  /// Tokenizes `bytes`, calling `handler` for every complete row.
  ///
  /// At a record start, a line (up to LF) that holds no quote and no CR but one just before the
  /// LF is split at its delimiters here. Anything else (a quote, a lone CR, a line not complete in
  /// this chunk) goes to libcsv, one line at a time, so the split resumes as soon as libcsv is back
  /// at a record start; libcsv parses every record that needs its rules.
  ///
  /// - Throws: the handler's error, a `CSVError` for a limit exceeded. The corresponding C
  ///   function is `csv_parse`.
  public func feed(_ bytes: UnsafeRawBufferPointer, handler: RowHandler) throws {
    guard !bytes.isEmpty else { return }
    try withHandler(handler) {
      guard splitsSimpleLines else {
        parseWithLibcsv(bytes)
        return
      }
      var start = 0
      // A handler's error (or a limit) ends the chunk: the rest would only be parsed to be dropped
      // (the dialect sniffer stops each of its four parses of a 64 KiB sample after 50 records).
      while start < bytes.count && stashedError == nil {
        if isAtRecordStart, let next = splitSimpleLine(bytes, from: start, handler: handler) {
          start = next
          continue
        }
        let next = bytes.offset(of: 0x0A, from: start).map { $0 + 1 } ?? bytes.count
        guard parseWithLibcsv(UnsafeRawBufferPointer(rebasing: bytes[start..<next])) else { return }
        start = next
      }
    }
  }

  /// Feeds `bytes` to libcsv; false (with the error stashed) when libcsv stopped short of the end.
  @discardableResult
  private func parseWithLibcsv(_ bytes: UnsafeRawBufferPointer) -> Bool {
    let context = Unmanaged.passUnretained(self).toOpaque()
    let consumed = csv_parse(parser, bytes.baseAddress, bytes.count, fieldCallback, rowCallback, context)
    guard consumed == bytes.count else {
      if stashedError == nil { stashedError = CSVError(libcsvStatus: csv_error(parser), line: line) }
      return false
    }
    return true
  }

  /// Delivers the record on the line that starts at `start` (the bytes before its LF) as libcsv
  /// would, and returns the offset after its LF, when the line is in `bytes` whole, holds no CR
  /// but a last one, and no quote, or only quotes `splitQuotedRest` takes; nil, with nothing
  /// done, otherwise.
  ///
  /// libcsv with CSV_REPALL_NL reports such a line's fields, then a row ended by its CR (if any)
  /// and one by its LF (empty, for a CRLF pair): `endRow` is called the same way, so line counts
  /// and blank lines come out the same. A line with no quote is found, split and checked for tidy
  /// fields in one pass (`CSVByteClasses`), its fields left where they are. Measured: reading 300k
  /// activity rows into records took 1,847M instructions instead of 2,127M (it was `memchr` for the
  /// line's end, its quote, its CR and each delimiter, each field copied, each text field checked
  /// again), and the L file 2.01 CPU s instead of 2.46 (min of 5, alternate runs).
  private func splitSimpleLine(_ bytes: UnsafeRawBufferPointer, from start: Int, handler: RowHandler) -> Int? {
    guard let base = bytes.baseAddress else { return nil }
    var blockStart = start
    var untidy = SIMD16<UInt8>()
    while blockStart < bytes.count {
      let block = classifiedBlock(base + blockStart, readable: bytes.count - blockStart) { classes.classify($0) }
      var structure = block.structure
      while structure != 0 {
        let offset = structure.trailingZeroBitCount
        let stop = blockStart + offset
        guard bytes[stop] == delimiter else {
          untidy |= block.untidy & CSVByteClasses.lanes(before: offset)
          return endSimpleLine(bytes, from: start, stop: stop, untidy: CSVByteClasses.any(untidy), handler: handler)
        }
        record.appendEnd(stop - start)
        structure &= structure - 1
      }
      untidy |= block.untidy
      blockStart += 16
    }
    record.removeAll()
    return nil
  }

  /// The sixteen bytes at `pointer` classified by `classify`; past `readable` bytes, filler bytes
  /// (copied to a padded block, at the end of what was fed).
  @inline(__always)
  private func classifiedBlock<Classified>(
    _ pointer: UnsafeRawPointer, readable: Int, _ classify: (UnsafeRawPointer) -> Classified
  ) -> Classified {
    if readable > 16 { return classify(pointer) }
    var padded = SIMD32<UInt8>(repeating: CSVByteClasses.filler)
    return withUnsafeMutableBytes(of: &padded) { padded in
      padded.baseAddress!.copyMemory(from: pointer, byteCount: readable)
      return classify(padded.baseAddress!)
    }
  }

  /// Ends the line `splitSimpleLine` split up to its first LF, CR or quote at `stop`.
  private func endSimpleLine(
    _ bytes: UnsafeRawBufferPointer, from start: Int, stop: Int, untidy: Bool, handler: RowHandler
  ) -> Int? {
    let next: Int
    switch bytes[stop] {
    case 0x0A: next = stop + 1
    case 0x0D where stop + 1 < bytes.count && bytes[stop + 1] == 0x0A: next = stop + 2
    case 0x0D:
      record.removeAll()
      return nil
    default:
      return splitQuotedRest(bytes, line: start, from: stop, untidy: untidy, handler: handler)
    }
    let content = UnsafeRawBufferPointer(rebasing: bytes[start..<stop])
    if !content.isEmpty {
      // Past a limit, libcsv parses the line and `appendField` names the limit.
      guard content.count <= limits.maxFieldBytes, record.fieldCount < limits.maxFieldsPerRow else {
        record.removeAll()
        return nil
      }
      record.appendEnd(content.count)
      let tidy = !untidy && delimiter != 0x20 && content.first != 0x20 && content.last != 0x20
      record.placeFields(in: content, tidyASCII: tidy)
    }
    if next == stop + 2 { endRow(0x0D, to: handler) }
    endRow(0x0A, to: handler)
    return next
  }

  /// Goes on with a line `splitSimpleLine` split up to a quote at `firstQuote`, in the same pass
  /// over its bytes, sixteen at a time, now following quotes too. Takes a line whose fields each
  /// hold no quote or are quoted whole (`"..."`, a quote inside doubled), with no line end inside
  /// quotes and no CR but one just before the LF: what libcsv makes of such a line. Returns nil,
  /// with nothing done, for any other line (a quote inside a plain field, text after a closing
  /// quote, a quote left open), which libcsv then parses, or a line not whole in `bytes`.
  ///
  /// The record is copied, one delimiter between fields as in the line (the fields before the quote
  /// in one piece), a quoted field without its quotes and with its doubled quotes made single.
  /// Which bytes are inside quotes is the running parity of the quotes before them (a prefix XOR
  /// of the quote bits): a doubled quote closes and reopens, so only a field's closing quote has
  /// a delimiter or a line end after it. Bytes inside quotes take the untidy test of text with no
  /// delimiter (`QuotedBlock.untidyInQuotes`); a space just inside a quote makes the line untidy.
  ///
  /// Measured (callgrind, `validate` at size M, whose activities hold a quoted name or partner on a
  /// fifth of their lines): 7,172M instructions instead of 7,265M (-1.3%). It replaced a second pass
  /// from the line's start that stopped at every quote, took quotes one by one and looked past each
  /// closing one, 1,976 instructions a quoted line against 1,670 now, with no pass made twice.
  /// That pass had replaced a `memchr` per field and quote, the fields' bounds kept in an array and
  /// each field checked for tidiness one by one, 6.9% of the same count.
  private func splitQuotedRest(
    _ bytes: UnsafeRawBufferPointer, line start: Int, from firstQuote: Int, untidy untidyBefore: Bool,
    handler: RowHandler
  ) -> Int? {
    // Only a field's first byte opens quotes.
    guard let base = bytes.baseAddress, firstQuote == start || bytes[firstQuote - 1] == delimiter else {
      return abandonLine()
    }
    record.copyLineStart(UnsafeRawBufferPointer(rebasing: bytes[start..<firstQuote]))
    var fieldStart = firstQuote
    var fieldQuotes = 0
    var startsInsideQuotes: UInt32 = 0  // all sixteen bits when the block starts inside quotes
    var untidy: UInt32 = untidyBefore ? 1 : 0
    var blockStart = firstQuote
    while blockStart < bytes.count {
      let block = classifiedBlock(base + blockStart, readable: bytes.count - blockStart) { classes.classifyQuoted($0) }
      let inside = Self.prefixXor(block.quotes) ^ startsInsideQuotes  // from an opening quote to its closing one
      startsInsideQuotes = inside & 0x8000 == 0 ? 0 : 0xFFFF
      // The line's end is its first LF or CR outside quotes; a line end inside quotes is libcsv's.
      let lineEnd = block.lineEnds & ~inside
      let lineLanes = lineEnd == 0 ? 16 : lineEnd.trailingZeroBitCount
      guard block.lineEnds & inside & Self.lanes(below: lineLanes) == 0 else { return abandonLine() }
      var fieldEnds = (block.delimiters & ~inside | lineEnd) & Self.lanes(below: lineLanes + 1)
      var uncounted = block.quotes  // the quotes no field has counted yet
      while fieldEnds != 0 {
        let offset = fieldEnds.trailingZeroBitCount
        fieldEnds &= fieldEnds - 1
        let stop = blockStart + offset
        let quotes = uncounted & Self.lanes(below: offset)
        uncounted ^= quotes
        fieldQuotes += Self.countUpToThree(quotes)
        guard appendSplitField(bytes, fieldStart..<stop, quotes: fieldQuotes, untidy: &untidy) else {
          return abandonLine()
        }
        fieldQuotes = 0
        if offset < lineLanes {
          record.appendByte(delimiter)
          fieldStart = stop + 1
          continue
        }
        let next: Int
        if bytes[stop] == 0x0A {
          next = stop + 1
        } else if stop + 1 < bytes.count && bytes[stop + 1] == 0x0A {
          next = stop + 2
        } else {
          return abandonLine()  // a lone CR
        }
        let quoted = inside | block.quotes
        untidy |= (block.untidy & ~quoted | block.untidyInQuotes & quoted) & Self.lanes(below: offset)
        let tidy = untidy == 0 && delimiter != 0x20 && stop > start && bytes[start] != 0x20 && bytes[stop - 1] != 0x20
        record.markCopiedFieldsTidyASCII(tidy)
        if next == stop + 2 { endRow(0x0D, to: handler) }
        endRow(0x0A, to: handler)
        return next
      }
      fieldQuotes += Self.countUpToThree(uncounted)
      let quoted = inside | block.quotes
      untidy |= block.untidy & ~quoted | block.untidyInQuotes & quoted
      blockStart += 16
    }
    return abandonLine()
  }

  /// Appends a field of a line `splitQuotedRest` splits, the bytes at `range` with `quotes` quotes
  /// among them (3 for three or more): as it is with none, inside its quotes and its doubled quotes made single when it is
  /// quoted whole. False for a field libcsv is to parse (a quote elsewhere, one not doubled) or one
  /// past a limit, where libcsv names the limit.
  private func appendSplitField(
    _ bytes: UnsafeRawBufferPointer, _ range: Range<Int>, quotes: Int, untidy: inout UInt32
  ) -> Bool {
    guard range.count <= limits.maxFieldBytes, record.fieldCount < limits.maxFieldsPerRow else { return false }
    guard quotes > 0 else {
      record.append(UnsafeRawBufferPointer(rebasing: bytes[range]))
      return true
    }
    guard range.count >= 2, bytes[range.lowerBound] == quote, bytes[range.upperBound - 1] == quote else { return false }
    let text = UnsafeRawBufferPointer(rebasing: bytes[(range.lowerBound + 1)..<(range.upperBound - 1)])
    if text.first == 0x20 || text.last == 0x20 { untidy |= 1 }
    guard quotes > 2 else {
      record.append(text)
      return true
    }
    return record.appendUnescaping(text, quote: quote)
  }

  /// Forgets the fields a line appended before it was found to be libcsv's to parse.
  private func abandonLine() -> Int? {
    record.removeAll()
    return nil
  }

  /// Bits `0..<count` (count 0...31).
  @inline(__always)
  private static func lanes(below count: Int) -> UInt32 {
    UInt32(1) &<< UInt32(truncatingIfNeeded: count) &- 1
  }

  /// How many bits are set, up to three: all that a field's quotes tell (none, a pair, more). On
  /// x86-64 without POPCNT, `nonzeroBitCount` is a dozen instructions and more.
  @inline(__always)
  private static func countUpToThree(_ bits: UInt32) -> Int {
    guard bits != 0 else { return 0 }
    let rest = bits & (bits &- 1)
    guard rest != 0 else { return 1 }
    return rest & (rest &- 1) == 0 ? 2 : 3
  }

  /// Bit `i` set when an odd number of bits `0...i` of `bits` (sixteen) are set.
  @inline(__always)
  private static func prefixXor(_ bits: UInt32) -> UInt32 {
    var parity = bits
    parity ^= parity << 1
    parity ^= parity << 2
    parity ^= parity << 4
    parity ^= parity << 8
    return parity & 0xFFFF
  }

  /// Ends the input: delivers a last row that had no line terminator.
  ///
  /// A quoted field still open at the end is an error naming the line where the record began.
  /// The corresponding C function is `csv_fini`.
  public func finish(handler: RowHandler) throws {
    let openQuote = isInsideQuotedField
    let recordLine = rowStartLine
    try withHandler(handler) {
      let context = Unmanaged.passUnretained(self).toOpaque()
      _ = csv_fini(parser, fieldCallback, rowCallback, context)
    }
    if openQuote {
      throw CSVError(
        code: .malformedQuoting,
        message: "a quoted field opened on this line is never closed", line: recordLine)
    }
  }

  /// The physical line the next byte fed is on.
  public var currentLine: Int { line }

  /// True when the bytes fed so far end exactly at the end of a record (no field begun, no quote open).
  /// libcsv's state 0 is ROW_NOT_BEGUN (csv.c).
  public var isAtRecordStart: Bool { parser.pointee.pstate == 0 && record.fieldCount == 0 && stashedError == nil }

  /// libcsv's state 2 is FIELD_BEGUN inside quotes (csv.c: `#define FIELD_BEGUN 2` with quoted set).
  private var isInsideQuotedField: Bool { parser.pointee.quoted != 0 && parser.pointee.pstate == 2 }

  private func withHandler(_ handler: RowHandler, _ body: () -> Void) throws {
    // The handler is only stored for the duration of one C call, never beyond it.
    withoutActuallyEscaping(handler) { escapable in
      self.handler = escapable
      body()
      self.handler = nil
    }
    if let error = stashedError {
      stashedError = nil
      throw error
    }
  }

  /// Appends a field libcsv reported (it may hold newlines, if it was quoted).
  fileprivate func appendParsedField(_ pointer: UnsafeMutableRawPointer?, _ count: Int) {
    let field = UnsafeRawBufferPointer(start: pointer, count: pointer == nil ? 0 : count)
    if appendField(field) { line += newlineCount(field) }
  }

  /// Appends one field to the current record; false, with the error stashed, past a limit or
  /// after an earlier error.
  @discardableResult
  private func appendField(_ field: UnsafeRawBufferPointer) -> Bool {
    guard stashedError == nil else { return false }
    let count = field.count
    guard count <= limits.maxFieldBytes, record.fieldCount < limits.maxFieldsPerRow else {
      stashedError = CSVError(
        code: .limitExceeded,
        message: count > limits.maxFieldBytes
          ? "a field of \(count) bytes is longer than the limit of \(limits.maxFieldBytes)"
          : "a row has more than \(limits.maxFieldsPerRow) fields",
        line: rowStartLine)
      return false
    }
    record.append(field)
    return true
  }

  /// Ends the row libcsv reported, for the handler `withHandler` stored.
  fileprivate func endRow(_ terminator: Int32) {
    guard let handler else { preconditionFailure("libcsv ended a row outside feed and finish") }
    endRow(terminator, to: handler)
  }

  /// Ends the current record, delivering it to `handler`. The lines split here pass the handler
  /// `feed` was given down to this call: read from the stored property, it was retained and
  /// released per row (1% of the L job's samples).
  private func endRow(_ terminator: Int32, to handler: RowHandler) {
    defer {
      lastTerminator = terminator
      record.removeAll()
    }
    // With CSV_REPALL_NL the LF of a CRLF pair arrives as an empty row of its own.
    if record.fieldCount == 0 && terminator == 0x0A && lastTerminator == 0x0D { return }
    let startLine = rowStartLine
    let lines = line - startLine + 1
    if terminator == 0x0A || terminator == 0x0D { line += 1 }
    rowStartLine = line
    guard stashedError == nil else { return }
    do { try handler(record.row(line: startLine, lineCount: lines)) } catch { stashedError = error }
  }
}

/// Newlines inside a (quoted) field: CRLF, LF and lone CR each count once.
private func newlineCount(_ field: UnsafeRawBufferPointer) -> Int {
  var count = 0
  var previous: UInt8 = 0
  for byte in field {
    if byte == 0x0A { if previous != 0x0D { count += 1 } } else if byte == 0x0D { count += 1 }
    previous = byte
  }
  return count
}

// Non-capturing C callbacks: the owner comes back through `void *data`, as in swift-nio's llhttp
// bridge. The parser outlives every C call it makes, so the callbacks borrow it
// (`_withUnsafeGuaranteedRef`) rather than retain and release it per field: that pair was 4% of
// the L import's profile.
private let fieldCallback: @convention(c) (UnsafeMutableRawPointer?, Int, UnsafeMutableRawPointer?) -> Void = {
  pointer, count, context in
  guard let context else { return }
  Unmanaged<CSVParser>.fromOpaque(context)._withUnsafeGuaranteedRef { $0.appendParsedField(pointer, count) }
}

private let rowCallback: @convention(c) (Int32, UnsafeMutableRawPointer?) -> Void = { terminator, context in
  guard let context else { return }
  Unmanaged<CSVParser>.fromOpaque(context)._withUnsafeGuaranteedRef { $0.endRow(terminator) }
}
