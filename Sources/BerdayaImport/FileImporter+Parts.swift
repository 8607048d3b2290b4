import BerdayaModel
import CSVStream
import Synchronization

extension FileImporter {
  /// Imports an activity file on `workers` threads, a large CSV cut into pieces that the workers
  /// take in turn, each into its own sink (from `makeSink`).
  ///
  /// The file is cut just after line feeds into about `workers` x 16 pieces of at least
  /// `minimumPieceBytes`; each worker takes the next piece not yet taken, so the workers finish
  /// together whatever each piece costs. (Measured: two equal halves, one per core, ended 1.4 s
  /// apart on the L activities file: the first began after the registry, and its rows cost more.)
  /// Each piece's records go to the sink of the worker that took it, between `startPiece` and
  /// `endPiece`, their rows counted within the piece (`ActivityPieceSink`); the counts and issues
  /// are those of a one-pass read, in file order. When a cut
  /// turns out to lie inside a quoted field, the whole file is read again in one piece, into a new
  /// sink. Workbooks, UTF-16 files and files under two `minimumPieceBytes` are read in one piece.
  ///
  /// - Returns: the summary and the sinks used.
  public func importActivities<Sink: ActivityPieceSink>(
    _ input: InputFile, workers: Int, minimumPieceBytes: Int = 4 << 20, makeSink: () -> Sink
  ) throws -> (summary: FileImportSummary, sinks: [Sink]) {
    if workers > 1, input.format == .csv,
      let pieces = try CSVPieces(input, workers: workers, minimumPieceBytes: minimumPieceBytes, importer: self)
    {
      if let read = try pieces.read(workers: workers, makeSink: makeSink) { return read }
    }
    let sink = makeSink()
    sink.startPiece(0)
    let summary = try importActivities(input) { try sink.take($0) }
    sink.endPiece()
    return (summary, [sink])
  }
}

/// A CSV file cut into pieces at line feeds, with the header read from its first rows.
private struct CSVPieces {
  let input: InputFile
  let importer: FileImporter
  let ranges: [Range<Int>]
  let encoding: TextEncoding
  let dialect: CSVDialect
  let layout: HeaderLayout
  let aliases: HeaderAliases

  init?(_ input: InputFile, workers: Int, minimumPieceBytes: Int, importer: FileImporter) throws {
    let (encoding, dialect) = try CSVFileReader.sniff(path: input.path)
    guard !encoding.isUTF16 else { return nil }
    let cuts = try CSVFileReader.cuts(path: input.path, count: workers * 16, minimumPartBytes: minimumPieceBytes)
    guard !cuts.isEmpty else { return nil }
    let aliases = input.headerOverrides.isEmpty ? importer.aliases : try HeaderAliases(overrides: input.headerOverrides)
    // The header as the first piece's reader will find it: from the same first rows.
    let detector = HeaderDetector(aliases: aliases)
    let decoder = CSVCellDecoder(encoding: encoding)
    var window: [SourceRow] = []
    do {
      try CSVFileReader.read(path: input.path, dialect: dialect) { row in
        window.append(SourceRow(csv: row, decoder: decoder).owned())
        if window.count == detector.searchDepth { throw HeaderWindowFull() }
      }
    } catch is HeaderWindowFull {}
    guard window.count == detector.searchDepth,
      let layout = detector.detect(rows: window.map(\.cells), kind: input.kind)
    else { return nil }
    let bounds = [0] + cuts + [Int.max]
    self.input = input
    self.importer = importer
    self.ranges = (0..<bounds.count - 1).map { bounds[$0]..<bounds[$0 + 1] }
    self.encoding = encoding
    self.dialect = dialect
    self.layout = layout
    self.aliases = aliases
  }

  private struct HeaderWindowFull: Error {}

  /// One piece's reader and outcome; touched by the worker that took it only, until the join.
  /// Its rows are counted from 1 at its first line until the join places them in the file.
  private final class PieceRead: @unchecked Sendable {
    let range: Range<Int>
    let decoder: CSVCellDecoder
    var reader: TableReader?
    var end: CSVFileReader.PartEnd?
    var error: (any Error)?
    /// The sink that read the piece.
    var worker = 0

    init(range: Range<Int>, encoding: TextEncoding) {
      self.range = range
      decoder = CSVCellDecoder(encoding: encoding)
    }
  }

  /// Hands out piece numbers, each once, to the workers that ask; stops handing out on `stop`.
  private final class PieceQueue: Sendable {
    private let next = Atomic(0)
    private let stopped = Atomic(false)
    let count: Int

    init(count: Int) { self.count = count }

    func take() -> Int? {
      guard !stopped.load(ordering: .relaxed) else { return nil }
      let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
      return index < count ? index : nil
    }

    func stop() { stopped.store(true, ordering: .relaxed) }
  }

  /// The one-pass result, or nil when a cut fell inside a record (the file must be read in one piece).
  ///
  /// The pieces are read at once, each counting its lines from 1, and placed in the file at the
  /// join, where the lines of the pieces before each are known. Measured at size L: counting the
  /// line breaks of the pieces first, a read of the whole file before the one that parses it, took
  /// 0.09 CPU s and 0.04 s of wall time (min of 7, alternating).
  func read<Sink: ActivityPieceSink>(workers: Int, makeSink: () -> Sink) throws -> (summary: FileImportSummary, sinks: [Sink])? {
    let pieces = ranges.map { PieceRead(range: $0, encoding: encoding) }
    let sinks = (0..<workers).map { _ in makeSink() }
    let normalisers = (0..<workers).map { _ in importer.normaliser.forAnotherThread() }
    let reading = PieceQueue(count: pieces.count)
    ConcurrentParts.run(count: workers) { worker in
      let sink = sinks[worker]
      while let index = reading.take() {
        let piece = pieces[index]
        let reader = makeReader(index, piece, normaliser: normalisers[worker], sink: sink)
        piece.reader = reader
        piece.worker = worker
        sink.startPiece(index)
        do {
          piece.end = try CSVFileReader.readPart(
            path: input.path, range: piece.range, encoding: encoding, dialect: dialect
          ) { row in
            try reader.feed(SourceRow(csv: row, decoder: piece.decoder))
          }
          if index == 0, try !reader.finish() { piece.error = ImportError(file: input.path, reason: importer.noHeaderReason(input.kind)) }
        } catch {
          piece.error = error
        }
        sink.endPiece()
        if piece.error != nil || piece.end?.endedAtRecordBoundary == false { reading.stop() }
      }
    }
    // Issues as a one-pass read meets them: the first error, or the first cut inside a record.
    // Every piece before one that was read was read too (they are handed out in order), to its
    // end or its error, so each piece's first line is known: one past the lines before it.
    var lineOffsets: [Int] = []
    var lineOffset = 0
    for (index, piece) in pieces.enumerated() {
      if let error = piece.error { throw Self.importError(error, path: input.path, lineOffset: lineOffset) }
      guard let end = piece.end else { preconditionFailure("\(input.path): a piece was not read") }
      guard end.endedAtRecordBoundary else { return nil }
      lineOffsets.append(lineOffset)
      sinks[piece.worker].piece(index, startsAtLine: lineOffset + 1)
      lineOffset += end.line - 1
    }
    var summary = FileImportSummary(path: input.path, kind: input.kind, format: input.format)
    summary.encoding = "\(encoding)"
    summary.delimiter = dialect.delimiter == 0x09 ? "tab" : String(UnicodeScalar(dialect.delimiter))
    for (index, piece) in pieces.enumerated() {
      guard let reader = piece.reader else { continue }
      if index == 0 { summary.add(reader) } else { summary.addPart(reader, lineOffset: lineOffsets[index]) }
    }
    // After every row's issues, as a one-pass read lists them.
    for (index, piece) in pieces.enumerated() {
      guard let reader = piece.reader else { continue }
      summary.addRepairs(piece.decoder.repairs, reader: reader, lineOffset: lineOffsets[index])
    }
    for normaliser in normalisers { importer.normaliser.absorb(normaliser) }
    return (summary, sinks)
  }

  /// A reading error as the importer reports it: a CSV error with the file's name, and its line
  /// in the file (`lineOffset` lines before the piece it was met in).
  private static func importError(_ error: any Error, path: String, lineOffset: Int = 0) -> any Error {
    guard var error = error as? CSVError else { return error }
    error.line = error.line.map { $0 + lineOffset }
    return ImportError(file: path, reason: error.description)
  }

  /// The reader of piece `index`: the first finds the header, the others start under it.
  private func makeReader<Sink: ActivityPieceSink>(_ index: Int, _ piece: PieceRead, normaliser: ValueNormaliser, sink: Sink) -> TableReader {
    // The file name in a String of the piece's own: every record's location holds it, and the
    // workers retaining and releasing one shared String a row each bounced its reference count
    // between the cores (measured at L, both cores busy: 425-980 retain and release samples under
    // the activity decoder and record copies, against 217-220 with a String per piece).
    var input = input
    input.path = String(decoding: Array(input.path.utf8), as: UTF8.self)
    var record = ActivityRecord(location: SourceLocation(file: input.path, row: 0))
    let context = TableContext(
      input: input, detector: HeaderDetector(aliases: aliases),
      decoder: RowDecoder(normaliser: normaliser, keepsDescriptions: importer.keepsDescriptiveText),
      decode: { decoder, fields in try decoder.activity(&fields, into: &record) { try sink.take($0) } })
    return index == 0 ? TableReader(context: context, sheet: nil) : TableReader(context: context, layout: layout)
  }
}

extension FileImportSummary {
  /// Adds a later part of the last table read: its rows and issues (their rows counted from 1 at
  /// the part's first line, `lineOffset` lines into the file), under the same header.
  mutating func addPart(_ reader: TableReader, lineOffset: Int) {
    tables[tables.count - 1].dataRows += reader.table.dataRows
    tables[tables.count - 1].blankRows += reader.table.blankRows
    tables[tables.count - 1].totalsRows += reader.table.totalsRows
    rowsRead += reader.rowsRead
    accepted += reader.accepted
    quarantined += reader.quarantined
    issues += reader.issues.map { issue in
      var issue = issue
      issue.location.row += lineOffset
      return issue
    }
  }
}
