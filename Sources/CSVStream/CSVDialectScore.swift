/// How well one candidate dialect explains a sample: the modal field count and how many records have it.
///
/// Field counts ignore trailing empty fields: a file re-saved through a spreadsheet of the other
/// locale pads every line with a run of the other delimiter (Sleman's `;` file ends each line with
/// `,,,,`), and that run says nothing about which byte separates the real fields.
struct CSVDialectScore: Comparable {
  /// Records looked at: the first non-blank ones.
  static let recordLimit = 50

  /// The most common field count among records with two or more fields (the larger on a tie).
  var modalFieldCount: Int
  /// Records (non-blank, up to `recordLimit`) with exactly `modalFieldCount` fields.
  var matching: Int
  var records: Int

  /// Share of the records that have the modal count.
  var share: Double { Double(matching) / Double(records) }

  /// Delimiters the modal pattern accounts for: consistent rows times the separators in each.
  var weight: Int { matching * (modalFieldCount - 1) }

  /// Tokenizes `sample` with `dialect`; nil when the delimiter never splits a record.
  init?(sample: UnsafeRawBufferPointer, dialect: CSVDialect) {
    guard let parser = try? CSVParser(delimiter: dialect.delimiter, quote: dialect.quote) else { return nil }
    var fieldCounts: [Int] = []
    let collect: CSVParser.RowHandler = { row in
      guard !row.isBlank else { return }
      var count = row.count
      while count > 1 && row.bytes(count - 1).isEmpty { count -= 1 }
      fieldCounts.append(count)
      if fieldCounts.count >= Self.recordLimit { throw SniffingDone() }
    }
    // A sample cut off mid-record, or an unclosed quote in it, only ends the sample early.
    do {
      try parser.feed(sample, handler: collect)
      try parser.finish(handler: collect)
    } catch {}
    var histogram: [Int: Int] = [:]
    for count in fieldCounts where count >= 2 { histogram[count, default: 0] += 1 }
    guard let mode = histogram.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }) else { return nil }
    modalFieldCount = mode.key
    matching = mode.value
    records = fieldCounts.count
  }

  static func < (lhs: CSVDialectScore, rhs: CSVDialectScore) -> Bool {
    if lhs.weight != rhs.weight { return lhs.weight < rhs.weight }
    // Compare shares exactly, by cross-multiplying, so equal shares fall through to the field count.
    let left = lhs.matching * rhs.records
    let right = rhs.matching * lhs.records
    if left != right { return left < right }
    return lhs.modalFieldCount < rhs.modalFieldCount
  }
}

/// Thrown by the sniffer's row handler to stop tokenizing once it has enough records.
private struct SniffingDone: Error {}
