import ArgumentParser

/// The input files and how to read them; shared by `validate` and `report`.
struct InputOptions: ParsableArguments {
  @Argument(help: "A project folder holding berdaya.yaml (its settings are the defaults of every flag); without one, and without input files, the current folder if it holds berdaya.yaml.")
  var project: String?

  @Option(name: .long, parsing: .upToNextOption, help: "Registry file(s): .csv, .xlsx or .xls.")
  var registry: [String] = []

  @Option(name: .long, parsing: .upToNextOption, help: "Activity file(s): .csv, .xlsx or .xls.")
  var activities: [String] = []

  @Option(name: .long, parsing: .upToNextOption, help: "Count table(s): UMKM per unit (and category) and year; the coverage denominator, or alone a report of counts.")
  var population: [String] = []

  @Option(name: .long, parsing: .upToNextOption, help: "Workbook sheet(s) to read, by name or 0-based index (default: every visible sheet whose header matches).")
  var sheet: [String] = []

  @Option(
    name: .long,
    help: """
      Kemendagri region code or name; the unit is the level below it: 32 (a province) -> kab/kota, \
      12.71 (a city or regency) -> kecamatan, 12.71.01 -> kelurahan/desa. 3201 and 127101 work too.
      """)
  var region: String?

  @Option(
    name: .customLong("title-fields"),
    help: "Count tables: fields to take from the title line or file name when no column holds them (tahun, sektor).")
  var titleFields: String?

  @Option(name: .customLong("sector-aliases"), help: "A CSV (alias,sector,kbli_section) extending the built-in sector words.")
  var sectorAliases: String?

  @Option(name: .customLong("kind-aliases"), help: "A CSV (pattern,kind) extending the built-in programme-kind words.")
  var kindAliases: String?

  @OptionGroup var output: OutputOptions
}
