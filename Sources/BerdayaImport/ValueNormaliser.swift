import BerdayaModel
import Foundation

/// Maps offices' sector words and programme kinds to canonical values through the alias files,
/// once per distinct raw value (a cache), and counts every decision for the normalisation log.
public final class ValueNormaliser: @unchecked Sendable {
  // Used from one import at a time; the caches are what makes the per-row cost a dictionary hit.
  private let sectorAliases: SectorAliases
  private let kindAliases: ProgrammeKindAliases
  /// Sectors and kinds by jenis are keyed by the text as read, with no String made for it
  /// (`InlineText`). Measured (callgrind, report at M): a registry row's sector made a String first
  /// cost the registry's reading thread, its critical path, 105 instructions more a row.
  private var sectors = CountedDecisions<InlineText, Sector>()
  private var kindsByJenis = CountedDecisions<InlineText, ProgrammeKindMatch?>()
  private var kindsByName = CountedDecisions<String, ProgrammeKindMatch?>()

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
    sectors.absorb(other.sectors)
    kindsByJenis.absorb(other.kindsByJenis)
    kindsByName.absorb(other.kindsByName)
  }

  func sector(_ raw: InlineText) -> Sector {
    if let known = sectors.count(raw) { return known }
    let text = raw.string
    let sector = sectorAliases.sector(for: text) ?? .other(text)
    sectors.add(raw, sector)
    return sector
  }

  func sector(_ raw: String) -> Sector { sector(InlineText(raw)) }

  /// The kind from jenis_kegiatan when it maps (cached by jenis alone, the common case), else from
  /// the activity name.
  func kind(jenis: InlineText?, name readName: () -> String?) -> ProgrammeKind? {
    if let jenis {
      if let known = kindsByJenis.count(jenis) {
        if let match = known { return match.kind }
      } else {
        let match = kindAliases.kind(jenis: jenis.string, name: nil)
        kindsByJenis.add(jenis, match)
        if let match { return match.kind }
      }
    }
    guard let name = readName() else { return nil }
    if let known = kindsByName.count(name) { return known?.kind }
    let match = kindAliases.kind(jenis: nil, name: name)
    kindsByName.add(name, match)
    return match?.kind
  }

  /// The sector and kind decisions, for normalisation.csv.
  public var log: NormalisationLog {
    var log = NormalisationLog()
    for (key, sector, count) in sectors.entries {
      let raw = key.string
      if case .other = sector {
        log.record(field: "sektor", raw: raw, canonical: nil, method: "unknown", count: count)
      } else if sector.name != raw {
        log.record(field: "sektor", raw: raw, canonical: sector.name, method: "alias", count: count)
      }
    }
    let byJenis = kindsByJenis.entries.map { (key: $0.key.string, decision: $0.decision, count: $0.count) }
    for (field, table) in [("jenis_kegiatan", byJenis), ("nama_kegiatan", Array(kindsByName.entries))] {
      for (raw, decision, count) in table {
        if let match = decision {
          if case .code = match.method, match.kind.code == raw { continue }
          log.record(field: field, raw: raw, canonical: match.kind.code, method: match.method.description, count: count)
        } else {
          log.record(field: field, raw: raw, canonical: nil, method: "unknown", count: count)
        }
      }
    }
    return log
  }
}
