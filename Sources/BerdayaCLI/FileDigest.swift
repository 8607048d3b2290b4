import Foundation

/// SHA-256 and size of input files, for the manifest and the method section.
///
/// The hash comes from a well-kept command-line tool rather than code of our own, which also spares
/// the build the whole of swift-crypto for one hash: OpenSSL's `openssl dgst` where it is installed
/// (scripts/setup installs it), else coreutils' `sha256sum` (on every Debian machine). Measured:
/// `sha256sum` took 2.9 s for the 552 MB activities.csv of the size-L bench data, a fifth of the
/// whole report's wall time; OpenSSL, which uses the CPU's SHA instructions, 0.53 s.
enum FileDigest {
  typealias Digest = (hex: String, bytes: Int)

  /// The digest of input `path` among those `Pending.finish` gave; an error names a path never hashed.
  static func digest(of path: String, in digests: [String: Digest]) throws -> Digest {
    guard let digest = digests[path] else { throw RunSettings.Failure(description: "\(path): error: input not hashed") }
    return digest
  }

  /// A program that prints a file's SHA-256 in hex as the first 64 characters of its output.
  struct Tool: Sendable {
    let executable: String
    /// The arguments before the file's path.
    let options: [String]
    /// The hashing program's name, for messages (`executable` may be `nice`, which runs it).
    let name: String

    init(executable: String, options: [String], name: String? = nil) {
      self.executable = executable
      self.options = options
      self.name = name ?? (executable as NSString).lastPathComponent
    }

    static let openssl = Tool(executable: "/usr/bin/openssl", options: ["dgst", "-sha256", "-r", "--"])
    static let sha256sum = Tool(executable: "/usr/bin/sha256sum", options: ["--"])

    /// OpenSSL when installed, else sha256sum; at the lowest priority (`lowPriority`).
    static var preferred: Tool {
      (FileManager.default.isExecutableFile(atPath: openssl.executable) ? Tool.openssl : .sha256sum).lowPriority
    }

    /// This tool run by coreutils' `nice` at niceness 19, where `nice` is installed: the hashing
    /// then takes only CPU time the run leaves idle. Measured at size L (2 cores, the hashing 0.42
    /// CPU s): at the run's priority it took a core from the registry's two threads while they
    /// read; niced it fills the gaps where they wait on each other and the single-threaded steps,
    /// and the report took 2.01 -> 1.93 s wall (min of 7, alternating).
    var lowPriority: Tool {
      let nice = "/usr/bin/nice"
      guard FileManager.default.isExecutableFile(atPath: nice) else { return self }
      return Tool(executable: nice, options: ["-n", "19", executable] + options, name: name)
    }
  }

  /// Starts hashing the files, all at once (a process each), and returns: a run that reads the
  /// files meanwhile collects the digests at its end (`Pending.finish`), and the hashing costs it
  /// no wall time of its own. A file `cache` has the digest of (`DigestCache`) is not hashed again.
  static func start(paths: [String], tool: Tool = .preferred, cache: DigestCache = .user()) throws -> Pending {
    var known: [String: Digest] = [:]
    var running: [Pending.Hashing] = []
    for path in Set(paths).sorted() {
      // Looked at before it is read: a file changed while it is hashed is not the file recorded.
      let identity = DigestCache.Identity(path: path)
      let lookedAt = DigestCache.now()
      if let identity, let hex = cache.digest(of: path, identity: identity) {
        known[path] = (hex, Int(identity.size))
        continue
      }
      let process = Process()
      process.executableURL = URL(fileURLWithPath: tool.executable)
      // A path that begins with "-" would read as an option: "--" ends the options for both tools.
      process.arguments = tool.options + [path]
      let pipe = Pipe()
      process.standardOutput = pipe
      process.standardError = FileHandle.nullDevice
      try process.run()
      running.append(Pending.Hashing(path: path, process: process, output: pipe, identity: identity, lookedAt: lookedAt))
    }
    return Pending(tool: tool, known: known, running: running, cache: cache)
  }

  /// Digests being computed.
  struct Pending {
    struct Hashing {
      let path: String
      let process: Process
      let output: Pipe
      /// The file when hashing began, and when that was (`DigestCache.record`).
      let identity: DigestCache.Identity?
      let lookedAt: Int64
    }

    let tool: Tool
    /// The digests the cache had.
    let known: [String: Digest]
    let running: [Hashing]
    let cache: DigestCache

    /// Waits for every digest, and records the new ones in the cache.
    func finish() throws -> [String: Digest] {
      var digests = known
      var cache = cache
      for hashing in running {
        let output = hashing.output.fileHandleForReading.readDataToEndOfFile()
        hashing.process.waitUntilExit()
        let hex = String(decoding: output.prefix(64), as: UTF8.self)
        guard hashing.process.terminationStatus == 0, hex.count == 64, hex.allSatisfy(\.isHexDigit) else {
          throw RunSettings.Failure(
            description: "\(hashing.path): error: \(tool.name) could not read the file")
        }
        let attributes = try FileManager.default.attributesOfItem(atPath: hashing.path)
        digests[hashing.path] = (hex, (attributes[.size] as? NSNumber)?.intValue ?? 0)
        if let identity = hashing.identity { cache.record(hex, of: hashing.path, identity: identity, lookedAt: hashing.lookedAt) }
      }
      cache.save()
      return digests
    }
  }
}
