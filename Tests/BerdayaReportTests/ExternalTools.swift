import Foundation

/// Runs the command-line tools the tests check the output with (Debian's `cmark-gfm`).
enum ExternalTools {
  /// Whether an executable exists at `path`.
  static func exists(_ path: String) -> Bool {
    FileManager.default.isExecutableFile(atPath: path)
  }

  /// Runs `executable` with `arguments`, feeding `input` on stdin; returns stdout.
  static func run(_ executable: String, _ arguments: [String], input: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let stdin = Pipe()
    let stdout = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    try process.run()
    // Write stdin from another thread so that a full stdout pipe cannot deadlock us.
    let data = Data(input.utf8)
    let writer = Thread {
      stdin.fileHandleForWriting.write(data)
      try? stdin.fileHandleForWriting.close()
    }
    writer.start()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: output, as: UTF8.self)
  }

  /// The tables of an HTML document as lists of rows, each the count of its cells (th or td).
  static func tables(inHTML html: String) -> [[Int]] {
    html.components(separatedBy: "<table>").dropFirst().map { chunk in
      let table = chunk.components(separatedBy: "</table>").first ?? ""
      return table.components(separatedBy: "<tr>").dropFirst().map { row in
        row.components(separatedBy: "<td").count - 1 + row.components(separatedBy: "<th").count - 1
      }
    }
  }
}
