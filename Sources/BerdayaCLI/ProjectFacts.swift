import BerdayaAnalysis
import BerdayaImport
import BerdayaModel

/// What `reproduce` checks claims against: a project's enterprise table, the activities as
/// imported (names and dates included, which the coverage analysis does not keep), and the
/// population counts.
struct ProjectFacts {
  /// One imported activity row, reduced to what a claim can filter on or add up; no personal data.
  struct Activity {
    var id: String?
    var name: String?
    var kind: ProgrammeKind?
    var date: CalendarDate?
    var cost: Rupiah?
    /// The kecamatan after place normalisation.
    var kecamatan: String?
  }

  var settings: RunSettings
  var table: EnterpriseTable
  var places: PlaceNormalisation
  var activities: [Activity] = []
  var population: [PopulationRecord]
  var hasActivityFiles: Bool
  var hasPopulationFiles: Bool

  /// Imports the project through the pipeline, keeping every activity row.
  init(settings: RunSettings, progress: Progress?) throws {
    var pipeline = Pipeline(settings: settings, progress: progress)
    var activities: [Activity] = []
    pipeline.activityObserver = { record, kecamatan in
      activities.append(
        Activity(
          id: record.activityID, name: record.activityName, kind: record.kind, date: record.date, cost: record.cost,
          kecamatan: kecamatan))
    }
    let output = try pipeline.run(analyse: false)
    self.settings = settings
    table = output.registry.table
    places = output.registry.places
    self.activities = activities
    population = output.population
    hasActivityFiles = settings.inputs.contains { $0.kind == .activities }
    hasPopulationFiles = settings.inputs.contains { $0.kind == .population }
  }

  /// The coverage tables with registrations counted as of `date`: the analysis the reports run.
  func coverage(asOf date: CalendarDate) -> CoverageTables {
    var options = settings.analysis
    options.asOf = date
    return CoverageAccumulator(table: table, options: options).finish().coverage
  }
}
