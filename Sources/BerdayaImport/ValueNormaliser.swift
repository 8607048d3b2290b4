import BerdayaModel
import Foundation

/// Maps offices' sector words and programme kinds to canonical values through the alias files,
/// once per distinct raw value (a cache), and counts every decision for the normalisation log.
public final class ValueNormaliser: @unchecked Sendable {
  // Used from one import at a time; the caches are what makes the per-row cost a dictionary hit.
  private let sectorAliases: SectorAliases
  private let kindAliases: ProgrammeKindAliases
  private var sectors: [String: Counted<Sector>] = [:]
  /// Keyed by the text as read, with no String made for it (`InlineText`).
  private var kindsByJenis: [InlineText: Counted<ProgrammeKindMatch?>] = [:]
  private var kindsByName: [String: Counted<ProgrammeKindMatch?>] = [:]

  /// The built-in alias files, extended by a user's files when given.
  public convenience init(sectorFile: URL? = nil, kindFile: URL? = nil) throws {
    var sectors = try SectorAliases.bundled()
    if let sectorFile { sectors = try sectors.merging(userFile: sectorFile) }
    var kinds = try ProgrammeKindAliases.bundled()
    if let kindFile { kinds = try kinds.merging(userFile: kindFile) }
    self.init(sectorAliases: sectors, kindAliases: kinds)
  }

  private init(sectorAliases: SectorAliases, kindAliases: ProgrammeKindAliases) {
    self.sectorAliases = sectorAliases
    self.kindAliases = kindAliases
  }

  /// A normaliser with the same aliases and empty caches, for a part of a file read on another
  /// thread; `absorb` folds its counts back in.
  func forAnotherThread() -> ValueNormaliser {
    ValueNormaliser(sectorAliases: sectorAliases, kindAliases: kindAliases)
  }

  /// Adds the decisions and counts of a normaliser made by `forAnotherThread`.
  func absorb(_ other: ValueNormaliser) {
    sectors.merge(other.sectors) { mine, theirs in mine.adding(theirs) }
    kindsByJenis.merge(other.kindsByJenis) { mine, theirs in mine.adding(theirs) }
    kindsByName.merge(other.kindsByName) { mine, theirs in mine.adding(theirs) }
  }

  func sector(_ raw: String) -> Sector {
    if let known = Self.counted(raw, in: &sectors) { return known }
    let sector = sectorAliases.sector(for: raw) ?? .other(raw)
    sectors[raw] = Counted(sector, 1)
    return sector
  }

  /// The kind from jenis_kegiatan when it maps (cached by jenis alone, the common case), else from
  /// the activity name.
  func kind(jenis: InlineText?, name readName: () -> String?) -> ProgrammeKind? {
    if let jenis {
      if let known = Self.counted(jenis, in: &kindsByJenis) {
        if let match = known { return match.kind }
      } else {
        let match = kindAliases.kind(jenis: jenis.string, name: nil)
        kindsByJenis[jenis] = Counted(match, 1)
        if let match { return match.kind }
      }
    }
    guard let name = readName() else { return nil }
    if let known = Self.counted(name, in: &kindsByName) { return known?.kind }
    let match = kindAliases.kind(jenis: nil, name: name)
    kindsByName[name] = Counted(match, 1)
    return match?.kind
  }

  /// The cached decision for `raw` with its count raised by one, nil when there is none yet: one
  /// hash of the key (these run for every row).
  private static func counted<Key: Hashable, Decision>(_ raw: Key, in table: inout [Key: Counted<Decision>]) -> Decision? {
    guard let index = table.index(forKey: raw) else { return nil }
    table.values[index].count += 1
    return table.values[index].decision
  }

  /// A decision and how many values it was made for.
  private struct Counted<Decision> {
    var decision: Decision
    var count: Int
    init(_ decision: Decision, _ count: Int) {
      self.decision = decision
      self.count = count
    }

    /// The same decision counted in another part of a file too.
    func adding(_ other: Counted) -> Counted { Counted(decision, count + other.count) }
  }

  /// The sector and kind decisions, for normalisation.csv.
  public var log: NormalisationLog {
    var log = NormalisationLog()
    for (raw, entry) in sectors {
      if case .other = entry.decision {
        log.record(field: "sektor", raw: raw, canonical: nil, method: "unknown", count: entry.count)
      } else if entry.decision.name != raw {
        log.record(field: "sektor", raw: raw, canonical: entry.decision.name, method: "alias", count: entry.count)
      }
    }
    let byJenis = kindsByJenis.map { ($0.key.string, $0.value) }
    for (field, table) in [("jenis_kegiatan", byJenis), ("nama_kegiatan", kindsByName.map { ($0.key, $0.value) })] {
      for (raw, entry) in table {
        if let match = entry.decision {
          if case .code = match.method, match.kind.code == raw { continue }
          log.record(
            field: field, raw: raw, canonical: match.kind.code, method: match.method.description, count: entry.count)
        } else {
          log.record(field: field, raw: raw, canonical: nil, method: "unknown", count: entry.count)
        }
      }
    }
    return log
  }
}
