import ArgumentParser

/// The `berdaya` command: import, check and report on UMKM empowerment-programme data.
public struct BerdayaCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "berdaya",
    abstract: "Coverage of UMKM empowerment programmes per kecamatan and sector, from office spreadsheets.",
    version: "0.1.0",
    subcommands: [
      InitCommand.self, TemplateCommand.self, ValidateCommand.self, ReportCommand.self, ReproduceCommand.self,
      CompareCommand.self,
    ])

  public init() {}
}
