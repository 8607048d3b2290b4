/// A GitHub-flavoured Markdown pipe table, built row by row and written in one go.
///
/// Cells are written as given: callers escape text from input files with
/// ``MarkdownText/escape(_:)`` and build the rest from trusted labels and numbers.
public struct MarkdownTable: Sendable {
  /// How a column is aligned.
  public enum Alignment: Sendable {
    case left
    case right
  }

  /// The header cells.
  public var header: [String]
  /// One alignment per header cell.
  public var alignments: [Alignment]
  /// The body rows, each with as many cells as the header.
  public private(set) var rows: [[String]] = []

  /// A table with the given header; every column but the first right-aligned unless told.
  public init(header: [String], alignments: [Alignment]? = nil) {
    self.header = header
    self.alignments = alignments ?? header.indices.map { $0 == 0 ? .left : .right }
    precondition(self.alignments.count == header.count, "a table needs one alignment per column")
  }

  /// Appends a body row; it must have as many cells as the header.
  public mutating func append(_ row: [String]) {
    precondition(row.count == header.count, "a table row has \(row.count) cells, the header \(header.count)")
    rows.append(row)
  }

  /// Writes the table followed by a blank line.
  public func write(to output: inout some TextOutputStream) {
    output.write(line(header))
    output.write("|" + alignments.map { $0 == .left ? " --- |" : " ---: |" }.joined() + "\n")
    for row in rows { output.write(line(row)) }
    output.write("\n")
  }

  private func line(_ cells: [String]) -> String {
    // An empty cell is written as a space so that `||` never appears.
    "| " + cells.map { $0.isEmpty ? " " : $0 }.joined(separator: " | ") + " |\n"
  }
}
