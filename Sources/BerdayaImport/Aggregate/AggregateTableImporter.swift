import BerdayaModel
import Foundation

/// Imports a table of counts (unit x category x year -> number): all UMKM as a coverage
/// denominator, or a province's binaan per kab/kota and jenis usaha as a report of its own.
///
/// Two layouts are read. A long table has a count column (`jumlah_umkm`, `proyeksi_jumlah_umkm`)
/// and is streamed through the row importer. A wide table has a unit column and one column per
/// category (`Kecamatan;Mikro;Kecil`) and is unpivoted here. In both, totals rows and columns are
/// recognised, checked against the sum of their parts (`FileImportSummary.totalsChecks`) and
/// never become a unit; a year or sector that stands only in the title line or the file name is
/// taken from there only when the input names it in `titleFields`.
public struct AggregateTableImporter {
  let importer: FileImporter
  /// Records read to classify a CSV before it is streamed.
  static let previewRecords = 64

  public init(importer: FileImporter) {
    self.importer = importer
  }

  /// Imports one count table, calling `sink` for every accepted count.
  public func importCounts(_ input: InputFile, sink: (PopulationRecord) throws -> Void) throws -> FileImportSummary {
    guard input.format == .csv else { return try importLong(input, title: nil, sink: sink) }
    let preview = try CSVTextTable(path: input.path, importer: importer, limit: Self.previewRecords)
    try RecordStructure.check(preview, file: input.path)
    let aliases = try HeaderAliases(overrides: input.headerOverrides)
    let rows = preview.records.map { $0.cells.map(RawCell.text) }
    let long = HeaderDetector(aliases: aliases).detect(rows: rows, kind: .population).flatMap { $0.column(.jumlah) == nil ? nil : $0 }
    let wide = WideCountTable.header(in: preview.records, aliases: aliases)
    // A long table names its dimensions (tahun, sektor) in columns; a header with only a unit,
    // categories and a "Jumlah" is a wide table whose Jumlah is the row total.
    let isLong = long.map { $0.column(.tahun) != nil || $0.column(.sektor) != nil || wide == nil } ?? false
    if let long, isLong {
      let title = TableTitle(records: preview.records.prefix(long.firstRow), path: input.path)
      try title.checkMissing(long, input: input)
      return try importLong(input, title: title, sink: sink)
    }
    guard let wide else {
      throw ImportError(file: input.path, reason: importer.noHeaderReason(.population))
    }
    let whole = preview.truncated ? try CSVTextTable(path: input.path, importer: importer) : preview
    let title = TableTitle(records: whole.records.prefix(wide.row), path: input.path)
    try title.checkMissing(wide.layout, input: input)
    var reader = WideCountTable(input: input, header: wide, title: title, normaliser: importer.normaliser)
    return try reader.read(whole.records, sink: sink)
  }

  /// A long table through the row importer, with title values filled in and totals rows checked.
  private func importLong(_ input: InputFile, title: TableTitle?, sink: (PopulationRecord) throws -> Void) throws
    -> FileImportSummary
  {
    let values = try title?.values(for: input, normaliser: importer.normaliser)
    var parts: [(location: SourceLocation, count: Int)] = []
    var summary = try importer.importPopulation(input) { record in
      var record = record
      values?.fill(&record)
      parts.append((record.location, record.count ?? 0))
      try sink(record)
    }
    if let values { summary.titleFields = values.shown }
    summary.issues += values?.issues ?? []
    for table in summary.tables {
      var previousLine = table.headerRow
      for (line, stated) in table.statedTotals {
        let covered = parts.filter { $0.location.sheet == table.sheet && $0.location.row > previousLine && $0.location.row < line }
        summary.totalsChecks.append(
          StatedTotal(
            location: SourceLocation(file: input.path, sheet: table.sheet, row: line, column: CanonicalColumn.jumlah.rawValue),
            scope: "rows \(previousLine + 1)-\(line - 1)", stated: stated, computed: covered.reduce(0) { $0 + $1.count }))
        previousLine = line
      }
    }
    return summary
  }
}
