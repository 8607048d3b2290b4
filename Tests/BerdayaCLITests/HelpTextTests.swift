import ArgumentParser
import Foundation
import Testing

@testable import BerdayaCLI

/// The `--help` of every command, pinned by golden files in Fixtures/help. After a deliberate
/// change, re-record them with `BERDAYA_RECORD_HELP=1 swift test --filter HelpTextTests`.
@Suite struct HelpTextTests {
  static let folder = TestPaths.packageRoot.appendingPathComponent("Tests/BerdayaCLITests/Fixtures/help")

  static let commands: [(name: String, command: any ParsableCommand.Type)] = [
    ("berdaya", BerdayaCommand.self), ("init", InitCommand.self), ("template", TemplateCommand.self),
    ("validate", ValidateCommand.self), ("report", ReportCommand.self), ("reproduce", ReproduceCommand.self),
    ("compare", CompareCommand.self),
  ]

  @Test(arguments: commands.map(\.name))
  func helpMatchesGoldenFile(name: String) throws {
    let command = try #require(Self.commands.first { $0.name == name }?.command)
    // A fixed width, so the text does not depend on the terminal running the tests.
    let help = BerdayaCommand.helpMessage(for: command, columns: 100) + "\n"
    let golden = Self.folder.appendingPathComponent("\(name).txt")
    if ProcessInfo.processInfo.environment["BERDAYA_RECORD_HELP"] == "1" {
      try help.write(to: golden, atomically: true, encoding: .utf8)
    }
    #expect(help == (try read(golden)))
  }

  /// Every command's help shows examples.
  @Test(arguments: commands.map(\.name))
  func helpHasExamples(name: String) throws {
    let command = try #require(Self.commands.first { $0.name == name }?.command)
    #expect(BerdayaCommand.helpMessage(for: command, columns: 100).contains("Examples:\n"))
  }
}
