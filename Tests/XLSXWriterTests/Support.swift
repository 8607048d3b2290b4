import Foundation
import Testing

/// A fresh directory under the system temp folder, removed by `cleanUp()`.
struct TemporaryDirectory {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("XLSXWriterTests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  func path(_ name: String) -> String { url.appendingPathComponent(name).path }

  /// Removes the directory, unless `XLSXWRITER_KEEP_TEST_FILES` is set (to inspect the output).
  func cleanUp() {
    guard ProcessInfo.processInfo.environment["XLSXWRITER_KEEP_TEST_FILES"] == nil else { return }
    try? FileManager.default.removeItem(at: url)
  }
}

/// The output of a finished process.
struct ProcessResult {
  var status: Int32
  var stdout: String
  var stderr: String
}

/// Runs `executable` with `arguments` and waits; `environment` entries are added to ours.
func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) throws
  -> ProcessResult
{
  let process = Process()
  process.executableURL = URL(fileURLWithPath: executable)
  process.arguments = arguments
  process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
  let out = Pipe()
  let err = Pipe()
  process.standardOutput = out
  process.standardError = err
  try process.run()
  // Read before waiting so a chatty child cannot fill the pipe and block.
  let outData = out.fileHandleForReading.readDataToEndOfFile()
  let errData = err.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return ProcessResult(
    status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
    stderr: String(decoding: errData, as: UTF8.self))
}

/// One part of an `.xlsx` (zip) file as text, via `unzip -p`.
func zipPart(_ file: String, _ part: String) throws -> String {
  let result = try run("/usr/bin/unzip", ["-p", file, part])
  #expect(result.status == 0, "unzip -p \(file) \(part): \(result.stderr)")
  return result.stdout
}

/// The part names of an `.xlsx` file, via `unzip -Z1`.
func zipPartNames(_ file: String) throws -> [String] {
  let result = try run("/usr/bin/unzip", ["-Z1", file])
  #expect(result.status == 0, "unzip -Z1 \(file): \(result.stderr)")
  return result.stdout.split(separator: "\n").map(String.init).sorted()
}

/// Runs a Python script with openpyxl; the script gets the file path as `sys.argv[1]` and
/// prints JSON, which is decoded and returned.
func openpyxl(_ script: String, file: String) throws -> Any {
  let result = try run(
    "/usr/bin/env", ["python3", "-c", "import sys, json, openpyxl\n" + script, file])
  try #require(result.status == 0, "python3 failed: \(result.stderr)")
  return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
}
