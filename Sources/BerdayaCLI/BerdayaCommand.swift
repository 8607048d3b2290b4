import ArgumentParser

/// The `berdaya` command: import, check and report on UMKM empowerment-programme data.
public struct BerdayaCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "berdaya",
    abstract: "Coverage of UMKM empowerment programmes per kecamatan and sector, from office spreadsheets.",
    discussion: """
      A project folder holds berdaya.yaml (made by `berdaya init`) and the office's files; every command
      that reads a project also takes its fields as flags. Data goes to stdout (--json for programs),
      messages to stderr.

      Exit codes: 0 success; 1 a file could not be read, is invalid or could not be written (the message
      names file and line, sheet, row or field); 64 bad arguments; 70 an internal check failed (a bug).

      Examples:
        berdaya init medan-2025 --region 12.71 --year 2025
        berdaya validate medan-2025
        berdaya report SampleData/medan --out Reports/medan
        berdaya reproduce SampleData/medan/findings.yaml
        berdaya compare SampleData/medan SampleData/medan-2022
      """,
    version: "0.1.0",
    subcommands: [
      InitCommand.self, TemplateCommand.self, ValidateCommand.self, ReportCommand.self, ReproduceCommand.self,
      CompareCommand.self,
    ])

  public init() {}
}
