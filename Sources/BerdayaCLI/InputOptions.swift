import ArgumentParser

/// The input files and how to read them; shared by `validate` and `report`.
struct InputOptions: ParsableArguments {
  @Argument(help: "A project folder holding berdaya.yaml (its settings are the defaults of every flag).")
  var project: String?

  @Option(name: .long, parsing: .upToNextOption, help: "Registry file(s): .csv, .xlsx or .xls.")
  var registry: [String] = []

  @Option(name: .long, parsing: .upToNextOption, help: "Activity file(s): .csv, .xlsx or .xls.")
  var activities: [String] = []

  @Option(name: .long, parsing: .upToNextOption, help: "Population file(s): all UMKM per kecamatan (and sector) and year.")
  var population: [String] = []

  @Option(name: .long, parsing: .upToNextOption, help: "Workbook sheet(s) to read, by name or 0-based index (default: every visible sheet whose header matches).")
  var sheet: [String] = []

  @Option(name: .long, help: "Kemendagri region code (12.71 = Kota Medan): kecamatan names are resolved against it.")
  var region: String?

  @Option(name: .customLong("sector-aliases"), help: "A CSV (alias,sector,kbli_section) extending the built-in sector words.")
  var sectorAliases: String?

  @Option(name: .customLong("kind-aliases"), help: "A CSV (pattern,kind) extending the built-in programme-kind words.")
  var kindAliases: String?

  @OptionGroup var output: OutputOptions
}
