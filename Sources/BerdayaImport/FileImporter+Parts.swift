import BerdayaModel
import CSVStream

extension FileImporter {
  /// Imports an activity file, reading a large CSV in up to `parts` byte ranges at the same time,
  /// one thread each.
  ///
  /// Each part has its own `Part` (from `makePart`); `consume` gets the part's accepted records in
  /// file order, on that part's thread, so it must touch nothing but the part it is given. The
  /// file is cut just after a line feed; when that line feed turns out to lie inside a quoted
  /// field, the part before it reads on to the end and the parts after it are dropped, so the
  /// records, counts and issues are always those of a one-pass read. Workbooks, UTF-16 files and
  /// files under two `minimumPartBytes` are read in one part.
  ///
  /// - Returns: the summary (counts and issues in file order) and the parts used, in file order.
  public func importActivities<Part: AnyObject>(
    _ input: InputFile, parts: Int, minimumPartBytes: Int = 8 << 20, makePart: () -> Part,
    consume: @escaping (Part, ActivityRecord) throws -> Void
  ) throws -> (summary: FileImportSummary, parts: [Part]) {
    if parts > 1, input.format == .csv,
      let split = try CSVSplit(input, parts: parts, minimumPartBytes: minimumPartBytes, importer: self)
    {
      return try split.read(makePart: makePart, consume: consume)
    }
    let part = makePart()
    return (try importActivities(input) { try consume(part, $0) }, [part])
  }
}

/// A CSV file cut into parts at line feeds, with the header read from its first rows.
private struct CSVSplit {
  let input: InputFile
  let importer: FileImporter
  let cuts: [Int]
  let encoding: TextEncoding
  let dialect: CSVDialect
  let layout: HeaderLayout
  let aliases: HeaderAliases

  init?(_ input: InputFile, parts: Int, minimumPartBytes: Int, importer: FileImporter) throws {
    let (encoding, dialect) = try CSVFileReader.sniff(path: input.path)
    guard !encoding.isUTF16 else { return nil }
    let cuts = try CSVFileReader.cuts(path: input.path, count: parts, minimumPartBytes: minimumPartBytes)
    guard !cuts.isEmpty else { return nil }
    let aliases = input.headerOverrides.isEmpty ? importer.aliases : try HeaderAliases(overrides: input.headerOverrides)
    // The header as the first part's reader will find it: from the same first rows.
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
    self.input = input
    self.importer = importer
    self.cuts = cuts
    self.encoding = encoding
    self.dialect = dialect
    self.layout = layout
    self.aliases = aliases
  }

  private struct HeaderWindowFull: Error {}

  /// One part's reader, records and outcome; touched by its own thread only until the join.
  private final class PartRead<Part: AnyObject>: @unchecked Sendable {
    let range: Range<Int>
    let part: Part
    let normaliser: ValueNormaliser
    let decoder: CSVCellDecoder
    var reader: TableReader?
    var end: CSVFileReader.PartEnd?
    var firstLine = 1
    var error: (any Error)?

    init(range: Range<Int>, part: Part, normaliser: ValueNormaliser, encoding: TextEncoding) {
      self.range = range
      self.part = part
      self.normaliser = normaliser
      decoder = CSVCellDecoder(encoding: encoding)
    }
  }

  func read<Part: AnyObject>(makePart: () -> Part, consume: @escaping (Part, ActivityRecord) throws -> Void) throws
    -> (summary: FileImportSummary, parts: [Part])
  {
    let bounds = [0] + cuts + [Int.max]
    let reads = (0..<bounds.count - 1).map { index in
      PartRead(
        range: bounds[index]..<bounds[index + 1], part: makePart(),
        normaliser: index == 0 ? importer.normaliser : importer.normaliser.forAnotherThread(), encoding: encoding)
    }
    for read in reads {
      let context = TableContext(
        input: input, detector: HeaderDetector(aliases: aliases), decoder: RowDecoder(normaliser: read.normaliser, keepsDescriptions: importer.keepsDescriptiveText),
        // The part, not `read`: the read holds this closure through its reader (no cycle).
        decode: { [part = read.part] decoder, fields in
          switch decoder.activity(&fields) {
          case .accepted(let record, let issues):
            try consume(part, record)
            return (true, issues)
          case .quarantined(let issues): return (false, issues)
          }
        })
      read.reader = read.range.lowerBound == 0 ? TableReader(context: context, sheet: nil) : TableReader(context: context, layout: layout)
    }
    ConcurrentParts.run(count: reads.count) { index in
      let read = reads[index]
      do {
        if read.range.lowerBound > 0 { read.firstLine = try CSVFileReader.line(at: read.range.lowerBound, path: input.path) }
        guard let reader = read.reader else { return }
        read.end = try CSVFileReader.readPart(
          path: input.path, range: read.range, firstLine: read.firstLine, encoding: encoding, dialect: dialect
        ) { row in
          try reader.feed(SourceRow(csv: row, decoder: read.decoder))
        }
        if index == 0, try !reader.finish() { read.error = ImportError(file: input.path, reason: importer.noHeaderReason(input.kind)) }
      } catch {
        read.error = error
      }
    }
    // The parts kept: up to and including the first that did not end at a record boundary.
    var kept: [PartRead<Part>] = []
    for read in reads {
      if let previous = kept.last {
        guard previous.end?.endedAtRecordBoundary == true else { break }
        precondition(previous.end?.line == read.firstLine, "\(input.path): a part's line count disagrees with the part before it")
      }
      kept.append(read)
      if let error = read.error {
        if let error = error as? CSVError { throw ImportError(file: input.path, reason: error.description) }
        throw error
      }
    }
    var summary = FileImportSummary(path: input.path, kind: input.kind, format: input.format)
    summary.encoding = "\(encoding)"
    summary.delimiter = dialect.delimiter == 0x09 ? "tab" : String(UnicodeScalar(dialect.delimiter))
    for (index, read) in kept.enumerated() {
      guard let reader = read.reader else { continue }
      if index == 0 {
        summary.add(reader)
      } else {
        summary.addPart(reader)
        importer.normaliser.absorb(read.normaliser)
      }
    }
    // After every row's issues, as a one-pass read lists them.
    for read in kept {
      guard let reader = read.reader else { continue }
      summary.addRepairs(read.decoder.repairs, reader: reader)
    }
    return (summary, kept.map(\.part))
  }
}

extension FileImportSummary {
  /// Adds a later part of the last table read: its rows and issues, under the same header.
  mutating func addPart(_ reader: TableReader) {
    tables[tables.count - 1].dataRows += reader.table.dataRows
    tables[tables.count - 1].blankRows += reader.table.blankRows
    tables[tables.count - 1].totalsRows += reader.table.totalsRows
    rowsRead += reader.rowsRead
    accepted += reader.accepted
    quarantined += reader.quarantined
    issues.append(contentsOf: reader.issues)
  }
}
