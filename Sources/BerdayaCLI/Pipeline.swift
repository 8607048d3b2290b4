import BerdayaAnalysis
import BerdayaImport
import BerdayaModel
import Foundation

/// The named steps of a run: import the registry, build the enterprise table, import the
/// population, then stream the activities through linkage into the analysis.
struct Pipeline {
  struct Output {
    var summaries: [FileImportSummary] = []
    var registry: EnterpriseRegistry
    var result: AnalysisResult?
    /// Place, sector and kind decisions together.
    var normalisation: NormalisationLog
    var linkage: [LinkMethod: Int]
    /// The population records, kecamatan names resolved like the registry's.
    var population: [PopulationRecord]
    var regionName: String?
    /// The region's dotted Kemendagri code, however the user wrote it (`1271` -> `12.71`).
    var regionCode: String?
    var unitLabel: String
    /// Each count table (population input) with its records, units resolved.
    var countTables: [(input: InputFile, records: [PopulationRecord])] = []
    /// The region's units in Kemendagri code order (empty without a region).
    var units: [Region] = []
  }

  let settings: RunSettings
  var progress: Progress?
  /// Sees every imported activity with its resolved kecamatan
  /// (reproduce filters activities by name and date, which the analysis does not keep).
  var activityObserver: ((ActivityRecord, _ kecamatan: String?) -> Void)?
  /// Whether the registry's duplicate groups are made (`EnterpriseRegistry.duplicates`, for
  /// duplicates.csv); their counts are there either way.
  var listsDuplicates = false

  func run(analyse: Bool) throws -> Output {
    let normaliser = try ValueNormaliser(
      sectorFile: settings.sectorAliases.map { URL(fileURLWithPath: $0) },
      kindFile: settings.kindAliases.map { URL(fileURLWithPath: $0) })
    var importer = FileImporter(aliases: try HeaderAliases(), normaliser: normaliser)
    // Only reproduce's observer reads an activity's id, name and partner; nothing reads a registry
    // row's owner name or address.
    importer.keepsDescriptiveText = activityObserver != nil
    let (resolver, region) = try placeResolver()
    var summaries: [FileImportSummary] = []

    let builder = EnterpriseTableBuilder()
    for input in settings.inputs where input.kind == .registry {
      progress?.begin(input.path)
      summaries.append(try importer.importRegistry(input, into: builder))
    }
    let registry = builder.build(places: PlaceNormalisation(resolver: resolver), listingDuplicates: listsDuplicates)

    // One resolution per distinct place name, not per activity row.
    var places: [String: String] = [:]
    func place(_ raw: String) -> String { Self.place(raw, cache: &places, registry: registry) }
    var population: [PopulationRecord] = []
    var countTables: [(input: InputFile, records: [PopulationRecord])] = []
    var unitSpellings: [String: Int] = [:]
    let counts = AggregateTableImporter(importer: importer)
    for input in settings.inputs where input.kind == .population {
      progress?.begin(input.path)
      var records: [PopulationRecord] = []
      summaries.append(
        try counts.importCounts(input) { record in
          var record = record
          if let raw = record.kecamatan { unitSpellings[raw, default: 0] += 1 }
          record.kecamatan = record.kecamatan.map(place)
          records.append(record)
        })
      population += records
      countTables.append((input, records))
    }
    // A count-only run has no registry whose places the log would hold: log the units here.
    var unitLog = NormalisationLog()
    if settings.countsOnly {
      for (raw, count) in unitSpellings.sorted(by: { $0.key < $1.key }) {
        let resolution = resolver.resolveUnit(raw)
        if case .matched(_, .exact) = resolution, resolution.canonicalName == raw { continue }
        unitLog.record(field: region.map { unitLabel(of: $0) } ?? "kecamatan", raw: raw, resolution: resolution, count: count)
      }
    }

    let analysing = analyse && !settings.countsOnly
    var accumulator: CoverageAccumulator?
    var linkage: [LinkMethod: Int] = [:]
    for (fileIndex, input) in settings.inputs.filter({ $0.kind == .activities }).enumerated() {
      progress?.begin(input.path)
      // Reproduce watches every activity in file order: one worker. Otherwise a worker per core,
      // each with its own accumulator, merged piece by piece in file order (the result does not
      // depend on the count).
      let workers = activityObserver == nil ? ProcessInfo.processInfo.activeProcessorCount : 1
      let link = ActivityLink(registry: registry, observer: activityObserver)
      let (summary, parts) = try importer.importActivities(input, workers: workers) {
        ActivityPart(
          link: link, fileIndex: fileIndex,
          accumulator: analysing ? CoverageAccumulator(table: registry.table, options: settings.analysis) : nil)
      }
      summaries.append(summary)
      for part in parts {
        linkage.merge(part.linkage, uniquingKeysWith: +)
        guard let next = part.accumulator else { continue }
        if let accumulator { accumulator.merge(next) } else { accumulator = next }
      }
    }
    if analysing && accumulator == nil { accumulator = CoverageAccumulator(table: registry.table, options: settings.analysis) }
    progress?.end()
    for summary in summaries where !summary.reconciles {
      preconditionFailure("\(summary.path): rows read \(summary.rowsRead) != accepted \(summary.accepted) + quarantined \(summary.quarantined)")
    }
    return Output(
      summaries: summaries, registry: registry, result: accumulator?.finish(population: population),
      normalisation: Self.merged(Self.merged(registry.places.log, normaliser.log), unitLog), linkage: linkage,
      population: population, regionName: region?.name, regionCode: region?.code,
      unitLabel: region.map { unitLabel(of: $0) } ?? "kecamatan", countTables: countTables,
      units: try region.map { try Gazetteer.bundled().children(of: $0) } ?? [])
  }

  /// What one worker adds up of the pieces of an activity file it reads, on its own thread.
  private final class ActivityPart: ActivityPieceSink {
    let link: ActivityLink
    /// The registry's linker, held apart so that a row reaches it without copying the registry.
    private let linker: ActivityLinker
    /// The file's place among the activity files: its pieces come after those of the files before.
    let fileIndex: Int
    let accumulator: CoverageAccumulator?
    /// Activities linked by each method, by `LinkMethod.ordinal`.
    private var linkCounts = Array(repeating: 0, count: LinkMethod.allCases.count)
    var places: [String: String] = [:]
    /// Activities read but not yet linked, linked a batch at a time (`ActivityLinker.link(_:_:)`
    /// asks for the index memory of the whole batch first), the enterprises' analysis state asked
    /// for as each is linked, then counted. (It replaced a two-row delay line that copied each
    /// activity three times; at L both took 28% of the job's samples.) What linkage reads of each is
    /// in `references`, the rest in `batch`.
    private var batch: [Waiting] = []
    private var references: [ActivityLinker.Reference] = []
    /// The texts of the batch's references that need them (`ActivityLinker.reference(_:texts:)`).
    private var referenceTexts: [ActivityLinker.ReferenceTexts] = []
    /// The enterprise each activity of the batch linked to.
    private var enterprises: [Int32?] = []
    private static let batchSize = 16

    init(link: ActivityLink, fileIndex: Int, accumulator: CoverageAccumulator?) {
      self.link = link
      linker = link.registry.linker
      self.fileIndex = fileIndex
      self.accumulator = accumulator
      batch.reserveCapacity(Self.batchSize)
      references.reserveCapacity(Self.batchSize)
      enterprises.reserveCapacity(Self.batchSize)
    }

    func startPiece(_ index: Int) {
      precondition(index < 1 << 32, "more pieces than an activity file is cut into")
      accumulator?.startPiece(order: fileIndex << 32 | index)
    }

    func take(_ activity: borrowing ActivityRecord) {
      references.append(linker.reference(activity, texts: &referenceTexts))
      batch.append(Waiting(activity))
      if let observer = link.observer {
        // Reproduce sees whole records, in order: nothing waits.
        let kecamatan = activity.kecamatan.map { Pipeline.place($0, cache: &places, registry: link.registry) }
        observer(activity, kecamatan)
        return addBatch()
      }
      if batch.count == Self.batchSize { addBatch() }
    }

    /// Adds the activities still waiting: the piece's last.
    func endPiece() { addBatch() }

    /// The methods used and how often (those never used left out).
    var linkage: [LinkMethod: Int] {
      Dictionary(uniqueKeysWithValues: LinkMethod.allCases.compactMap { method in
        linkCounts[method.ordinal] > 0 ? (method, linkCounts[method.ordinal]) : nil
      })
    }

    /// Links and counts the batch, in order: each activity linked and the analysis state of its
    /// enterprise asked for, then each counted. An activity is made a `LinkedActivity` only where it
    /// is counted: kept in a list between the two steps, each was copied twice and destroyed twice
    /// through its value witnesses (its kind and place may hold a String), 2.9% of the instructions
    /// of the M job.
    private func addBatch() {
      // Read once a batch: read through `self` in the loop, each was retained and released per row.
      let linker = linker
      let accumulator = accumulator
      let referenceTexts = referenceTexts
      references.withUnsafeBufferPointer { references in
        batch.withUnsafeBufferPointer { batch in
          referenceTexts.withUnsafeBufferPointer { texts in
            linker.link(references, texts: texts) { index, enterprise, method in
              linkCounts[method.ordinal] += 1
              // Compared, not bound: bound here, the accumulator was retained and released per row.
              guard accumulator != nil else { return }
              enterprises.append(enterprise)
              if let enterprise { accumulator?.prefetch(enterprise: enterprise, date: batch[index].date) }
            }
          }
          guard let accumulator else { return }
          for index in batch.indices {
            let activity = batch.baseAddress! + index
            guard let kind = activity.pointee.kind else { continue }
            // The place is only asked for where the activity is counted by it: outside the registry.
            accumulator.add(
              enterprise: enterprises[index], kind: kind, date: activity.pointee.date, cost: activity.pointee.cost,
              isActive: activity.pointee.isActive,
              kecamatan: { activity.pointee.kecamatan.map { Pipeline.place($0.string, cache: &places, registry: link.registry) } })
          }
        }
      }
      batch.removeAll(keepingCapacity: true)
      references.removeAll(keepingCapacity: true)
      self.referenceTexts.removeAll(keepingCapacity: true)
      enterprises.removeAll(keepingCapacity: true)
    }
  }

  /// What the analysis reads of an activity (no String in the common case: copying one costs no
  /// retain); what linkage reads is its `ActivityLinker.Reference`.
  private struct Waiting {
    /// The analysis counts only an activity with a kind.
    let kind: ProgrammeKind?
    let date: CalendarDate?
    let cost: Rupiah?
    let isActive: Bool?
    let kecamatan: InlineText?

    /// Kept inline in `take`: made a function of its own, it copied the place through the generic
    /// value witness of `Optional` (157 instructions a row against 64).
    @inline(__always)
    init(_ activity: borrowing ActivityRecord) {
      kind = activity.kind?.copy
      date = activity.date
      cost = activity.cost
      isActive = activity.isActive
      kecamatan = activity.$kecamatan
    }
  }

  /// What every part links against: the registry, and reproduce's observer.
  private struct ActivityLink {
    let registry: EnterpriseRegistry
    let observer: ((ActivityRecord, _ kecamatan: String?) -> Void)?
  }

  /// The canonical kecamatan of a raw activity place name, resolved once per distinct name.
  fileprivate static func place(_ raw: String, cache: inout [String: String], registry: EnterpriseRegistry) -> String {
    if let known = cache[raw] { return known }
    let name = registry.places.canonicalKecamatan(raw) ?? raw
    cache[raw] = name
    return name
  }

  private static func merged(_ a: NormalisationLog, _ b: NormalisationLog) -> NormalisationLog {
    var log = a
    log.merge(b)
    return log
  }

  private func placeResolver() throws -> (PlaceResolver, Region?) {
    guard let code = settings.region else { return (.unregioned(), nil) }
    let gazetteer = try Gazetteer.bundled()
    let region = try RegionArgument.resolve(code, in: gazetteer)
    return (PlaceResolver(region: region, gazetteer: gazetteer), region)
  }

  private func unitLabel(of region: Region) -> String {
    switch region.level {
    case .province: "kabupaten/kota"
    case .regency: "kecamatan"
    case .district, .village: "kelurahan/desa"
    }
  }
}
