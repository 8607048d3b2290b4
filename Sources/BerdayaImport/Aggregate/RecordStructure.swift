/// Refuses a CSV whose record structure breaks: a record that runs over several physical lines
/// and has a different number of fields from the rows above it.
///
/// Design choice (issue 10, the Sleman file): such a file is refused, not repaired. Its quotes do
/// not balance, so the CSV grammar no longer says where a record ends; the only way to read it is
/// a rule fitted to that one file's accident (labels on lines matching `^\d+;`, numbers on the
/// `;Usaha;` lines), and the next broken file would be misread by the same rule without a word.
/// A count that feeds a published table must come from a structure the file states, so Berdaya
/// names the line where the structure breaks and says how to fix it in a spreadsheet, which takes
/// a user a minute. A multi-line cell that keeps the field count (an address with a line break,
/// quoted properly) is valid CSV and passes.
enum RecordStructure {
  static func check(_ table: CSVTextTable, file: String) throws {
    // The table's width: the most fields a one-line record has had so far (title, header, rows).
    var width = 0
    // The first record since the last full-width one that has another width: where a break begins.
    var breakStart: CSVTextTable.Record?
    for record in table.records where !record.isBlank {
      let fields = record.cells.count
      if record.lineCount == 1, fields >= width {
        width = fields
        breakStart = nil
        continue
      }
      if fields != width, breakStart == nil { breakStart = record }
      guard record.lineCount > 1, fields != width, let start = breakStart else { continue }
      let last = record.line + record.lineCount - 1
      throw ImportError(
        file: file,
        reason: """
          line \(start.line): the table's structure breaks here: the rows above have \(width) fields, this \
          record has \(start.cells.count), and the record at line \(record.line) runs over \(record.lineCount) \
          lines (to line \(last)) with \(fields). A double quote in a cell is not closed, so where a record \
          ends is no longer known and the counts cannot be read safely. Open the file in a spreadsheet, \
          delete the column of long text (or remove its stray quotes) and save it again as CSV, or give \
          the sheet as .xlsx
          """)
    }
  }
}
