/// The field delimiter and quote byte of a CSV file.
public struct CSVDialect: Hashable, Sendable {
  /// The field separator byte (`,` `;` tab `|`).
  public var delimiter: UInt8
  /// The quote byte; `"` for every file the sniffer sees.
  public var quote: UInt8

  public init(delimiter: UInt8 = UInt8(ascii: ","), quote: UInt8 = UInt8(ascii: "\"")) {
    self.delimiter = delimiter
    self.quote = quote
  }

  /// Comma-separated: most exports, and Excel in an English locale.
  public static let comma = CSVDialect(delimiter: UInt8(ascii: ","))
  /// Semicolon-separated: Excel in an Indonesian (or any decimal-comma) locale.
  public static let semicolon = CSVDialect(delimiter: UInt8(ascii: ";"))
  /// Tab-separated: "Text (Tab delimited)" exports and copies out of a spreadsheet.
  public static let tab = CSVDialect(delimiter: 0x09)
  /// Pipe-separated: some database dumps.
  public static let pipe = CSVDialect(delimiter: UInt8(ascii: "|"))

  /// Guesses the delimiter from the first bytes of a file (UTF-8 or Windows-1252, BOM skipped).
  ///
  /// Each candidate (comma, semicolon, tab, pipe) tokenizes the sample with the real tokenizer,
  /// so quoted delimiters and quoted newlines count exactly as they will when the file is read.
  /// Over the first 50 non-blank records, each candidate's field counts are taken (trailing empty
  /// fields left out, see `CSVDialectScore`), and their mode among records of two or more fields.
  /// The winner is the candidate whose modal pattern accounts for the most delimiters (records
  /// with the modal count times its delimiters per record), then the higher share of records with
  /// that count, then the earlier candidate in the order above. Title rows above the header have
  /// few delimiters and do not move the mode; decimal commas inside semicolon-separated fields
  /// ("1,5") are fewer per record than the semicolons and vary from row to row. Pipe is chosen
  /// only when at least half the records agree on it, since a stray `|` in text is likelier than
  /// a pipe-separated file. With no delimiter seen at all, comma.
  ///
  /// The quote is always `"`: no office file we know of quotes with anything else.
  public static func sniff(_ sample: UnsafeRawBufferPointer) -> CSVDialect {
    var best: (dialect: CSVDialect, score: CSVDialectScore)?
    for candidate in [CSVDialect.comma, .semicolon, .tab, .pipe] {
      guard let score = CSVDialectScore(sample: sample, dialect: candidate) else { continue }
      if candidate == .pipe && score.share < 0.5 { continue }
      if let current = best, !(score > current.score) { continue }
      best = (candidate, score)
    }
    return best?.dialect ?? .comma
  }
}
