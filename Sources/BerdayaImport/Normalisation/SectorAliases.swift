import BerdayaModel
import Foundation

/// Maps the offices' sector words ("Makanan & Minuman", "KULINER/MAKANAN", "Konveksi") to the
/// canonical `Sector` and a KBLI 2020 section, from `Resources/sector-aliases.csv`
/// (`alias,sector,kbli_section`), which a user can extend or override with a file of their own.
///
/// Matching is on a folded key: case, spaces and punctuation removed, and "&"/"dan"/"and" dropped,
/// so "Makanan & Minuman", "MAKANAN DAN MINUMAN" and "Makanan/Minuman" are one alias. A word that
/// is not an alias is not guessed: `sector(for:)` returns nil and the caller keeps it as
/// `.other(raw)` and logs it.
public struct SectorAliases: Sendable {
  public static let columns = ["alias", "sector", "kbli_section"]
  /// The 21 KBLI 2020 section letters.
  static let kbliSections = Set("ABCDEFGHIJKLMNOPQRSTU".map(String.init))

  struct Entry: Sendable {
    let sector: Sector
    let kbliSection: String?
  }

  private var entries: [String: Entry]

  private static let shared = Result<SectorAliases, AliasFileError> { () throws(AliasFileError) -> SectorAliases in
    guard let url = Bundle.module.url(forResource: "Resources/sector-aliases", withExtension: "csv") else {
      throw AliasFileError(file: "Resources/sector-aliases.csv", line: 0, message: "missing from the bundle")
    }
    return try SectorAliases(csvText: AliasFileReader.text(of: url), file: "sector-aliases.csv")
  }

  /// The aliases shipped with Berdaya, read once per process.
  public static func bundled() throws(AliasFileError) -> SectorAliases { try shared.get() }

  /// Aliases from CSV text with the header `alias,sector,kbli_section`.
  ///
  /// - Throws: `AliasFileError` naming `file` and the line: a wrong header, an empty alias, a
  ///   sector that is not one of the canonical sectors, a section that is not A-U, or one alias
  ///   given two different sectors.
  public init(csvText: String, file: String) throws(AliasFileError) {
    entries = [:]
    var lines: [String: Int] = [:]
    for row in try AliasFileReader.rows(csvText, file: file, columns: Self.columns) {
      let key = Self.key(row.fields[0])
      guard !key.isEmpty else {
        throw AliasFileError(file: file, line: row.line, message: "the alias is empty")
      }
      guard let sector = Sector.known.first(where: { $0.name.lowercased() == row.fields[1].lowercased() }) else {
        let names = Sector.known.map(\.name).joined(separator: ", ")
        throw AliasFileError(
          file: file, line: row.line, message: "unknown sector '\(row.fields[1])' (expected one of \(names))")
      }
      let section = row.fields[2].uppercased()
      guard section.isEmpty || Self.kbliSections.contains(section) else {
        throw AliasFileError(
          file: file, line: row.line, message: "'\(row.fields[2])' is not a KBLI 2020 section (A-U, or empty)")
      }
      if let earlier = entries[key], earlier.sector != sector, let earlierLine = lines[key] {
        throw AliasFileError(
          file: file, line: row.line,
          message: "'\(row.fields[0])' is mapped to \(sector) here and to \(earlier.sector) on line \(earlierLine)")
      }
      entries[key] = Entry(sector: sector, kbliSection: section.isEmpty ? nil : section)
      lines[key] = row.line
    }
  }

  /// Aliases from a user's file (same columns).
  public init(contentsOf url: URL) throws(AliasFileError) {
    try self.init(csvText: AliasFileReader.text(of: url), file: url.path)
  }

  /// These aliases extended and overridden by `other`'s (theirs win on the same alias).
  public func merging(_ other: SectorAliases) -> SectorAliases {
    var merged = self
    merged.entries.merge(other.entries) { _, theirs in theirs }
    return merged
  }

  /// These aliases extended and overridden by a user's file.
  public func merging(userFile url: URL) throws(AliasFileError) -> SectorAliases {
    merging(try SectorAliases(contentsOf: url))
  }

  /// The canonical sector for an office's word, or nil when no alias matches.
  ///
  /// A value made of parts ("Kuliner / Minuman", "Batik, Bordir") that is not itself an alias
  /// maps when every part is an alias of the same sector.
  public func sector(for raw: String) -> Sector? {
    entry(for: raw)?.sector
  }

  /// The KBLI 2020 section letter of an office's word (`Makanan` -> `C`), nil when unknown.
  public func kbliSection(forAlias raw: String) -> String? {
    entry(for: raw)?.kbliSection
  }

  /// The default KBLI 2020 section of a canonical sector: the one given to the alias that is the
  /// sector's own name (Kuliner -> I). Nil for `.other` and for sectors without one.
  public func kbliSection(for sector: Sector) -> String? {
    guard Sector.known.contains(sector), let entry = entries[Self.key(sector.name)], entry.sector == sector else {
      return nil
    }
    return entry.kbliSection
  }

  /// The number of distinct aliases.
  public var count: Int { entries.count }

  private func entry(for raw: String) -> Entry? {
    let key = Self.key(raw)
    guard !key.isEmpty else { return nil }
    if let entry = entries[key] { return entry }
    let parts = raw.split(whereSeparator: { "/,;|".contains($0) }).map { Self.key(String($0)) }.filter { !$0.isEmpty }
    guard parts.count > 1 else { return nil }
    let found = parts.compactMap { entries[$0] }
    guard found.count == parts.count, let first = found.first, found.allSatisfy({ $0.sector == first.sector }) else {
      return nil
    }
    return Entry(
      sector: first.sector,
      kbliSection: found.allSatisfy { $0.kbliSection == first.kbliSection } ? first.kbliSection : nil)
  }

  /// The folded key of a sector word: words without "dan"/"and", joined without spaces.
  public static func key(_ raw: String) -> String {
    TextFolding.words(raw).filter { $0 != "dan" && $0 != "and" }.joined()
  }
}
