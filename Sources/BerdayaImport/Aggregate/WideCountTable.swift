import BerdayaModel

/// A count table with one row per unit and one column per category (`Kecamatan;Mikro;Kecil`),
/// unpivoted to one count per unit and category.
///
/// A `Jumlah`/`Total` row is checked column by column against the rows above it, a `Jumlah`
/// column (or an unlabelled numeric column after the categories) against its row; neither
/// becomes a unit or a category.
struct WideCountTable {
  struct Header {
    /// Index of the header record.
    var row: Int
    var layout: HeaderLayout
    var unitColumn: Int
    var categories: [(index: Int, name: String)]
    var totalColumn: Int?
    /// Headers of columns read as nothing (a running number, a registry column).
    var ignored: [String]

    /// How messages name the total column: its header, or `total` when it has none.
    var totalColumnName: String {
      guard let totalColumn, !layout.names[totalColumn].isEmpty else { return "total" }
      return layout.names[totalColumn]
    }
  }

  let input: InputFile
  let header: Header
  let title: TableTitle
  let normaliser: ValueNormaliser

  /// Header words of columns that are neither a unit, a category nor a total (a running number).
  private static let ignoredHeaders: Set<String> = ["no", "nomor", "no urut"]

  /// The first record (of the first 30) with a unit column and at least one category column.
  static func header(in records: [CSVTextTable.Record], aliases: HeaderAliases) -> Header? {
    for (row, record) in records.prefix(30).enumerated() {
      let names = record.cells.map(PlaceNameFolder.tidy)
      var mapping: [CanonicalColumn: Int] = [:]
      var categories: [(Int, String)] = []
      var totalColumn: Int?
      var ignored: [String] = []
      for (index, name) in names.enumerated() where !name.isEmpty {
        if let column = aliases.column(for: name, kind: .population), column != .jumlah {
          if mapping[column] == nil { mapping[column] = index }
        } else if TableReader.isTotalsLabel(name) || aliases.column(for: name, kind: .population) == .jumlah {
          totalColumn = index
        } else if !ignoredHeaders.contains(HeaderAliases.fold(name)), !isRecordColumn(name, aliases: aliases) {
          categories.append((index, name))
        } else {
          ignored.append(name)
        }
      }
      guard let unit = mapping[.kecamatan], !categories.isEmpty else { continue }
      // An unlabelled column right after the last category is the total column when it holds numbers.
      if totalColumn == nil, let last = categories.last?.0, last + 1 < names.count, names[last + 1].isEmpty {
        let below = records.dropFirst(row + 1).prefix(5).map { $0.cells.count > last + 1 ? $0.cells[last + 1] : "" }
        if below.contains(where: { NumberParser.parseInteger($0) != nil }) { totalColumn = last + 1 }
      }
      let layout = HeaderLayout(firstRow: row, lastRow: row, names: names, mapping: mapping, unmapped: ignored)
      return Header(
        row: row, layout: layout, unitColumn: unit, categories: categories, totalColumn: totalColumn, ignored: ignored)
    }
    return nil
  }

  /// A header a registry or activity file uses (NIK, Nama Pemilik, No. HP, Alamat): a list of
  /// enterprises given as a count table must not have its identifiers read as counts.
  private static func isRecordColumn(_ name: String, aliases: HeaderAliases) -> Bool {
    aliases.column(for: name, kind: .registry) != nil || aliases.column(for: name, kind: .activities) != nil
  }

  /// No count of enterprises in one cell reaches this; a longer number is an identifier or a phone
  /// number, and is neither read nor repeated in the issue.
  static let largestCount = 99_999_999

  /// Reads every record under the header, calling `sink` per count.
  mutating func read(_ records: [CSVTextTable.Record], sink: (PopulationRecord) throws -> Void) throws
    -> FileImportSummary
  {
    var summary = FileImportSummary(path: input.path, kind: .population, format: .csv)
    let values = try title.values(for: input, normaliser: normaliser)
    summary.titleFields = values.shown
    summary.issues += values.issues
    let headerRecord = records[header.row]
    var table = FileImportSummary.Table(
      sheet: nil, headerRow: headerRecord.line,
      columns: header.layout.mapping.sorted { $0.value < $1.value }.map { (header.layout.names[$0.value], $0.key) },
      unmappedHeaders: header.ignored, titleRows: header.row, dataRows: 0, blankRows: 0, totalsRows: 0)
    var columnSums = [Int](repeating: 0, count: header.categories.count)
    var firstLine = headerRecord.line + 1
    for record in records.dropFirst(header.row + 1) {
      if record.isBlank {
        table.blankRows += 1
        continue
      }
      let unit = PlaceNameFolder.tidy(cell(record, header.unitColumn))
      // As for long tables: "JUMLAH" in one of the first three cells (often the running-number column).
      if record.cells.prefix(3).contains(where: TableReader.isTotalsLabel) {
        table.totalsRows += 1
        checkTotalsRow(record, sums: columnSums, from: firstLine, into: &summary)
        columnSums = columnSums.map { _ in 0 }
        firstLine = record.line + 1
        continue
      }
      summary.rowsRead += 1
      table.dataRows += 1
      guard !unit.isEmpty else {
        summary.quarantined += 1
        summary.issues.append(
          ImportIssue(location: location(record, CanonicalColumn.kecamatan.rawValue), value: "", reason: "no place", quarantinesRow: true))
        continue
      }
      var rowSum = 0
      for (position, category) in header.categories.enumerated() {
        let text = cell(record, category.index)
        guard !text.allSatisfy(\.isWhitespace) else { continue }
        guard let count = NumberParser.parseInteger(text), count <= Self.largestCount else {
          let tooLarge = NumberParser.parseInteger(text) != nil
          summary.issues.append(
            ImportIssue(
              location: location(record, category.name), value: tooLarge ? "" : text,
              reason: tooLarge ? "not a count (more than 8 digits: an identifier or phone number?)" : "invalid whole number",
              quarantinesRow: false))
          continue
        }
        var counted = PopulationRecord(location: location(record, category.name))
        counted.kecamatan = unit
        counted.category = category.name
        counted.year = header.layout.column(.tahun).flatMap { NumberParser.parseInteger(cell(record, $0)) }
        if let column = header.layout.column(.sektor) {
          let text = PlaceNameFolder.tidy(cell(record, column))
          if !text.isEmpty { counted.sector = normaliser.sector(text) }
        }
        counted.count = count
        values.fill(&counted)
        rowSum += count
        columnSums[position] += count
        try sink(counted)
      }
      summary.accepted += 1
      if let total = header.totalColumn {
        summary.totalsChecks.append(
          StatedTotal(
            location: location(record, header.totalColumnName),
            scope: "row '\(unit)'", stated: NumberParser.parseInteger(cell(record, total)), computed: rowSum))
      }
    }
    summary.tables.append(table)
    return summary
  }

  /// A totals row: each category's stated total against the column's sum since `from`.
  private func checkTotalsRow(
    _ record: CSVTextTable.Record, sums: [Int], from: Int, into summary: inout FileImportSummary
  ) {
    for (position, category) in header.categories.enumerated() {
      summary.totalsChecks.append(
        StatedTotal(
          location: location(record, category.name), scope: "column '\(category.name)', rows \(from)-\(record.line - 1)",
          stated: NumberParser.parseInteger(cell(record, category.index)), computed: sums[position]))
    }
    if let total = header.totalColumn {
      summary.totalsChecks.append(
        StatedTotal(
          location: location(record, header.totalColumnName), scope: "the whole table, rows \(from)-\(record.line - 1)",
          stated: NumberParser.parseInteger(cell(record, total)), computed: sums.reduce(0, +)))
    }
  }

  private func cell(_ record: CSVTextTable.Record, _ index: Int) -> String {
    index < record.cells.count ? record.cells[index] : ""
  }

  private func location(_ record: CSVTextTable.Record, _ column: String) -> SourceLocation {
    SourceLocation(file: input.path, row: record.line, column: column)
  }
}
