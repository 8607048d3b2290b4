import ArgumentParser
import Foundation
import Testing

@testable import BerdayaCLI

/// Paths the CLI tests use: the package root, the shared folder beside it, a fresh temp folder.
enum TestPaths {
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
  static let sampleData = packageRoot.appendingPathComponent("SampleData")

  static func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("berdaya-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}

/// Runs `berdaya ARGS` in process, as the executable would, and returns its exit code.
@discardableResult
func runBerdaya(_ arguments: [String]) -> Int32 {
  do {
    var command = try BerdayaCommand.parseAsRoot(arguments)
    try command.run()
    return 0
  } catch {
    return BerdayaCommand.exitCode(for: error).rawValue
  }
}

func read(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }
