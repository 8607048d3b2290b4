import BerdayaModel
import CSVStream
import XLSXReader

/// Reads CSV, XLSX and XLS files into records, streaming: each record goes to a sink as soon as
/// its row is read, and nothing but the header search window is held in memory.
public struct FileImporter {
  public var aliases: HeaderAliases
  let normaliser: ValueNormaliser
  /// False: activity records leave out their id, name and partner, and registry records their
  /// owner name and address (nil): coverage and linkage never read them, so no String is made for
  /// them; their values are still checked and every issue listed. (Measured: two heap Strings per
  /// activity row and two per registry row that nothing read.)
  public var keepsDescriptiveText = true

  public init(aliases: HeaderAliases, normaliser: ValueNormaliser) {
    self.aliases = aliases
    self.normaliser = normaliser
  }

  /// Imports a registry file, calling `sink` for every accepted record.
  public func importRegistry(_ input: InputFile, sink: (RegistryRecord) throws -> Void) throws
    -> FileImportSummary
  {
    try read(input, sink: sink) { $0.registry(&$1) }
  }

  /// Imports an activity file, calling `sink` for every accepted record.
  public func importActivities(_ input: InputFile, sink: (ActivityRecord) throws -> Void) throws
    -> FileImportSummary
  {
    var record = ActivityRecord(location: SourceLocation(file: input.path, row: 0))
    return try read(input) { decoder, fields in try decoder.activity(&fields, into: &record) { try sink(copy $0) } }
  }

  /// Imports a population (denominator) file, calling `sink` for every accepted record.
  public func importPopulation(_ input: InputFile, sink: (PopulationRecord) throws -> Void) throws
    -> FileImportSummary
  {
    try read(input, sink: sink) { $0.population(&$1) }
  }

  /// Reads the file, decoding each row with `decodeRow` and handing accepted records to `sink`.
  private func read<Record: Sendable>(
    _ input: InputFile, sink: (Record) throws -> Void,
    decodeRow: (RowDecoder, inout FieldReader) -> RowDecoder.Outcome<Record>
  ) throws -> FileImportSummary {
    try read(input) { decoder, fields in
      switch decodeRow(decoder, &fields) {
      case .accepted(let record, let issues):
        try sink(record)
        return (true, issues)
      case .quarantined(let issues): return (false, issues)
      }
    }
  }

  typealias Decode = (RowDecoder, inout FieldReader) throws -> (accepted: Bool, issues: [ImportIssue])

  /// Reads the file, decoding each row with `decode`, which says whether the row was accepted.
  func read(_ input: InputFile, decode: Decode) throws -> FileImportSummary {
    var summary = FileImportSummary(path: input.path, kind: input.kind, format: input.format)
    var aliases = self.aliases
    if !input.headerOverrides.isEmpty { aliases = try HeaderAliases(overrides: input.headerOverrides) }
    // The decode closure lives in the context only while this file is read.
    try withoutActuallyEscaping(decode) { decode in
      let context = TableContext(
        input: input, detector: HeaderDetector(aliases: aliases), decoder: RowDecoder(normaliser: normaliser, keepsDescriptions: keepsDescriptiveText),
        decode: decode)
      switch input.format {
      case .csv: try readCSV(input, context: context, summary: &summary)
      case .xlsx: try readWorkbook(input, context: context, summary: &summary, workbook: try openXLSX(input.path))
      case .xls: try readWorkbook(input, context: context, summary: &summary, workbook: try openXLS(input.path))
      }
    }
    return summary
  }
}
