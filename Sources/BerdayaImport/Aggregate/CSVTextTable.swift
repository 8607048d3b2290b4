import CSVStream

/// A CSV file's records as text, each with the physical lines it spans: what a count table's
/// layout, structure and title are decided on.
///
/// Count tables are small (27 kab/kota x 15 jenis x 3 years is 1,215 rows), so holding them as
/// text is cheap; `limit` reads only the first records, to classify a long file before it is
/// streamed through the row importer.
struct CSVTextTable {
  struct Record {
    /// 1-based physical line where the record starts.
    var line: Int
    /// Physical lines the record spans (more than 1 when a quoted cell holds line breaks).
    var lineCount: Int
    var cells: [String]

    var isBlank: Bool { cells.allSatisfy { $0.allSatisfy(\.isWhitespace) } }
  }

  private(set) var records: [Record] = []
  /// True when the file has more records than were read.
  private(set) var truncated = false

  private struct Enough: Error {}

  init(path: String, importer: FileImporter, limit: Int = .max) throws {
    let sniffed = try importer.sniffEncoding(path)
    let decoder = CSVCellDecoder(encoding: sniffed.isUTF16 ? .utf8 : sniffed)
    var records: [Record] = []
    do {
      try CSVFileReader.read(path: path) { row in
        guard records.count < limit else { throw Enough() }
        let source = SourceRow(csv: row, decoder: decoder)
        records.append(Record(line: row.line, lineCount: row.lineCount, cells: source.cells.map(\.text)))
      }
    } catch is Enough {
      truncated = true
    } catch let error as CSVError {
      throw ImportError(file: path, reason: error.description)
    }
    self.records = records
  }
}
