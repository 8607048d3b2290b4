import BerdayaModel
import Foundation

/// Maps the programme kinds and activity names offices write ("Bimtek Digital Marketing",
/// "Bantuan Mesin Jahit", "Fasilitasi NIB") to the canonical `ProgrammeKind`s, from
/// `Resources/programme-kind-aliases.csv` (`pattern,kind`), which a user can extend or override.
///
/// A pattern matches whole words after folding (case, punctuation, spacing), so "KUR" does not
/// match "Kursus" and "E-Commerce" matches "ecommerce". When a text holds several patterns, the
/// one starting at the earliest word wins (Indonesian names put the head noun first:
/// "Pendampingan Pasca Pelatihan" is mentoring); at the same word the longer pattern wins, then
/// the earlier row. An activity that matches nothing gives nil: the caller reports it and never
/// maps it silently.
public struct ProgrammeKindAliases: Sendable {
  public static let columns = ["pattern", "kind"]
  /// The longest pattern, in words, that is looked for (longer patterns are refused).
  static let maximumPatternWords = 6

  struct Pattern: Sendable {
    let key: String
    let kind: ProgrammeKind
  }

  /// In priority order (a user's rows first); at most one per key.
  private var patterns: [Pattern]
  private var byKey: [String: Int]

  private static let shared = Result<ProgrammeKindAliases, AliasFileError> {
    () throws(AliasFileError) -> ProgrammeKindAliases in
    guard let url = Bundle.module.url(forResource: "Resources/programme-kind-aliases", withExtension: "csv") else {
      throw AliasFileError(file: "Resources/programme-kind-aliases.csv", line: 0, message: "missing from the bundle")
    }
    return try ProgrammeKindAliases(csvText: AliasFileReader.text(of: url), file: "programme-kind-aliases.csv")
  }

  /// The aliases shipped with Berdaya, read once per process.
  public static func bundled() throws(AliasFileError) -> ProgrammeKindAliases { try shared.get() }

  /// Aliases from CSV text with the header `pattern,kind`.
  ///
  /// - Throws: `AliasFileError` naming `file` and the line: a wrong header, an empty or too long
  ///   pattern, a kind that is not a canonical code, or one pattern given two different kinds.
  public init(csvText: String, file: String) throws(AliasFileError) {
    patterns = []
    byKey = [:]
    var lines: [String: Int] = [:]
    for row in try AliasFileReader.rows(csvText, file: file, columns: Self.columns) {
      let words = TextFolding.words(row.fields[0])
      guard !words.isEmpty, words.count <= Self.maximumPatternWords else {
        throw AliasFileError(
          file: file, line: row.line,
          message: "the pattern must have 1 to \(Self.maximumPatternWords) words, not '\(row.fields[0])'")
      }
      let kind = ProgrammeKind(code: row.fields[1].lowercased())
      if case .other = kind {
        let codes = ProgrammeKind.known.map(\.code).joined(separator: ", ")
        throw AliasFileError(
          file: file, line: row.line, message: "unknown programme kind '\(row.fields[1])' (expected one of \(codes))")
      }
      let key = words.joined()
      if let index = byKey[key] {
        guard patterns[index].kind == kind else {
          throw AliasFileError(
            file: file, line: row.line,
            message:
              "'\(row.fields[0])' is mapped to \(kind) here and to \(patterns[index].kind) on line \(lines[key] ?? 0)")
        }
        continue
      }
      byKey[key] = patterns.count
      lines[key] = row.line
      patterns.append(Pattern(key: key, kind: kind))
    }
  }

  /// Aliases from a user's file (same columns).
  public init(contentsOf url: URL) throws(AliasFileError) {
    try self.init(csvText: AliasFileReader.text(of: url), file: url.path)
  }

  /// `other`'s patterns first (they win ties and replace the same pattern here), then these.
  public func merging(_ other: ProgrammeKindAliases) -> ProgrammeKindAliases {
    var merged = other
    for pattern in patterns where merged.byKey[pattern.key] == nil {
      merged.byKey[pattern.key] = merged.patterns.count
      merged.patterns.append(pattern)
    }
    return merged
  }

  /// These aliases extended and overridden by a user's file.
  public func merging(userFile url: URL) throws(AliasFileError) -> ProgrammeKindAliases {
    merging(try ProgrammeKindAliases(contentsOf: url))
  }

  /// The number of patterns.
  public var count: Int { patterns.count }

  /// The kind of an activity from its jenis_kegiatan (tried first) and its name, or nil.
  public func kind(jenis: String?, name: String?) -> ProgrammeKindMatch? {
    if let jenis {
      let words = TextFolding.words(jenis)
      let key = words.joined()
      if let kind = ProgrammeKind.known.first(where: { TextFolding.words($0.code).joined() == key }) {
        return ProgrammeKindMatch(kind: kind, method: .code)
      }
      if let index = byKey[key] {
        return ProgrammeKindMatch(kind: patterns[index].kind, method: .jenisAlias(pattern: key))
      }
      if let pattern = firstPattern(in: words) {
        return ProgrammeKindMatch(kind: pattern.kind, method: .jenisKeyword(pattern: pattern.key))
      }
    }
    if let name, let pattern = firstPattern(in: TextFolding.words(name)) {
      return ProgrammeKindMatch(kind: pattern.kind, method: .nameKeyword(pattern: pattern.key))
    }
    return nil
  }

  /// The pattern starting at the earliest word; at the same word the longest, then the first row.
  private func firstPattern(in words: [String]) -> Pattern? {
    for start in words.indices {
      var best: Int?
      var run = ""
      for end in start..<min(words.count, start + Self.maximumPatternWords) {
        run += words[end]
        if let index = byKey[run] { best = index }  // later `end` = longer run: it replaces a shorter one
      }
      if let best { return patterns[best] }
    }
    return nil
  }
}
