import BerdayaModel
import CSVStream
import Foundation

extension FileImporter {
  func readCSV(_ input: InputFile, context: TableContext, summary: inout FileImportSummary) throws {
    let reader = TableReader(context: context, sheet: nil)
    // The reader sniffs the encoding from the same first 64 KiB; rows of UTF-16 files arrive as UTF-8.
    let sniffed = try sniffEncoding(input.path)
    let decoder = CSVCellDecoder(encoding: sniffed.isUTF16 ? .utf8 : sniffed)
    do {
      let (encoding, dialect) = try CSVFileReader.read(path: input.path) { row in
        try reader.feed(SourceRow(csv: row, decoder: decoder))
      }
      summary.encoding = "\(encoding)"
      summary.delimiter = dialect.delimiter == 0x09 ? "tab" : String(UnicodeScalar(dialect.delimiter))
    } catch let error as CSVError {
      throw ImportError(file: input.path, reason: error.description)
    }
    guard try reader.finish() else {
      throw ImportError(file: input.path, reason: noHeaderReason(input.kind))
    }
    summary.add(reader)
    summary.addRepairs(decoder.repairs, reader: reader)
  }

  func sniffEncoding(_ path: String) throws -> TextEncoding {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw ImportError(file: path, reason: "cannot open the file (missing or not readable)")
    }
    defer { try? handle.close() }
    let sample = (try? handle.read(upToCount: CSVFileReader.sampleLength)) ?? Data()
    return sample.withUnsafeBytes { TextEncoding.detect(sample: $0) }
  }

  func noHeaderReason(_ kind: RecordKind) -> String {
    let examples = CanonicalColumn.columns(for: kind).prefix(4).map(\.rawValue).joined(separator: ", ")
    return "no header row found in the first 30 rows (expected \(kind.rawValue) columns such as \(examples))"
  }
}

extension FileImportSummary {
  /// Lists each field read as Windows-1252 because it was not valid UTF-8 as a value issue.
  mutating func addRepairs(_ repairs: [CSVCellDecoder.Repair], reader: TableReader, lineOffset: Int = 0) {
    reDecodedFields += repairs.count
    issues += repairs.map { repair in
      let location = SourceLocation(file: path, row: repair.line + lineOffset, column: reader.columnName(repair.field))
      return ImportIssue(
        location: location, value: repair.rawText, reason: "not valid UTF-8 (bytes shown as <XX>), read as Windows-1252",
        quarantinesRow: false)
    }
  }

  mutating func add(_ reader: TableReader) {
    tables.append(reader.table)
    rowsRead += reader.rowsRead
    accepted += reader.accepted
    quarantined += reader.quarantined
    issues.append(contentsOf: reader.issues)
  }
}
