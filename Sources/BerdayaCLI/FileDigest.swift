import Foundation

/// SHA-256 and size of an input file, for the manifest and the method section.
///
/// The hash comes from coreutils' `sha256sum` (on every Debian machine): a well-kept
/// implementation, and it spares the build the whole of swift-crypto (BoringSSL) for one hash.
enum FileDigest {
  static func sha256(path: String) throws -> (hex: String, bytes: Int) {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    let bytes = (attributes[.size] as? NSNumber)?.intValue ?? 0
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
    process.arguments = ["--", path]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let hex = String(decoding: output.prefix(64), as: UTF8.self)
    guard process.terminationStatus == 0, hex.count == 64 else {
      throw RunSettings.Failure(description: "\(path): error: sha256sum could not read the file")
    }
    return (hex, bytes)
  }
}
