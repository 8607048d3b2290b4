import Foundation

/// Runs the built `berdaya` executable in a child process under a virtual-memory cap and a time
/// limit, so a test sees what an office would: the exit status, the message, and that the run
/// stayed within bounds instead of swapping or hanging.
struct BerdayaProcess {
  /// What one run gave back.
  struct Result {
    var status: Int32
    var standardOutput: String
    var standardError: String
    var seconds: Double
    /// Peak resident memory of the child, as GNU time reports it.
    var peakMegabytes: Int
  }

  /// Address space the child may map (`ulimit -v`), in MiB.
  var memoryLimitMegabytes = 1024
  /// Seconds before `timeout` kills the child (exit status 137). SIGKILL, because the test runner's
  /// blocked-signal mask is inherited through Process and a blocked SIGTERM never arrives (seen
  /// under ASan: a child ran on for 3 minutes past its limit).
  var timeLimitSeconds = 60

  /// The executable beside the test bundle (`swift test` builds both into one folder).
  static let executable: String = {
    let tests = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    return URL(fileURLWithPath: tests).deletingLastPathComponent().appendingPathComponent("berdaya").path
  }()

  /// A sanitizer's shadow memory needs terabytes of address space, so under `scripts/sanitize`
  /// (which sets BERDAYA_SANITIZER) the cap is left off and only time and status are checked.
  static let isSanitized = ProcessInfo.processInfo.environment["BERDAYA_SANITIZER"] != nil

  /// Runs `berdaya arguments...` in `folder` and waits for it.
  func run(_ arguments: [String], in folder: URL) throws -> Result {
    let cap = Self.isSanitized ? "" : "ulimit -v \(memoryLimitMegabytes << 10); "
    let peakFile = FileManager.default.temporaryDirectory.appendingPathComponent("berdaya-peak-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: peakFile) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
    process.arguments =
      ["-f", "%M", "-o", peakFile.path, "timeout", "-s", "KILL", "\(timeLimitSeconds)", "bash", "-c", cap + #"exec "$0" "$@""#]
      + [Self.executable] + arguments
    process.currentDirectoryURL = folder
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    let start = Date()
    try process.run()
    // Read both pipes before waiting, so a chatty child cannot block on a full pipe.
    let errorData = error.fileHandleForReading.readDataToEndOfFile()
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let peakKilobytes = (try? String(contentsOf: peakFile, encoding: .utf8))?.split(separator: "\n").last.flatMap { Int($0) }
    return Result(
      status: process.terminationStatus, standardOutput: String(decoding: outputData, as: UTF8.self),
      standardError: String(decoding: errorData, as: UTF8.self), seconds: Date().timeIntervalSince(start),
      peakMegabytes: (peakKilobytes ?? -1) / 1024)
  }
}
