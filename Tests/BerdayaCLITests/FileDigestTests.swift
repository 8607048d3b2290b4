import Foundation
import Testing

@testable import BerdayaCLI

@Suite struct FileDigestTests {
  /// SHA-256 of "abc" (FIPS 180-2, appendix B.1) and of the empty input.
  static let abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
  static let empty = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

  @Test(arguments: [("openssl", FileDigest.Tool.openssl), ("sha256sum", FileDigest.Tool.sha256sum)])
  func bothToolsGiveTheStandardDigest(_ name: String, _ tool: FileDigest.Tool) throws {
    let folder = try TestPaths.temporaryFolder()
    // A name that begins with "-" must not be read as an option.
    let abc = folder.appendingPathComponent("-abc.csv").path
    let empty = folder.appendingPathComponent("kosong.csv").path
    try Data("abc".utf8).write(to: URL(fileURLWithPath: abc))
    try Data().write(to: URL(fileURLWithPath: empty))
    let digests = try FileDigest.start(paths: [abc, empty, abc], tool: tool).finish()
    #expect(digests.count == 2, "\(name)")
    #expect(digests[abc]?.hex == Self.abc, "\(name)")
    #expect(digests[abc]?.bytes == 3, "\(name)")
    #expect(digests[empty]?.hex == Self.empty, "\(name)")
  }

  /// The hashing runs at niceness 19, so that it takes no CPU time the run's own threads want.
  @Test func theToolRunsAtTheLowestPriority() throws {
    // A "tool" printing its niceness as a 64-digit number, which the digest parser takes as hex.
    let niceness = FileDigest.Tool(executable: "/bin/sh", options: ["-c", #"printf '%064d' "$(nice)""#, "sh"])
    let path = try TestPaths.temporaryFolder().appendingPathComponent("data.csv").path
    try Data("a".utf8).write(to: URL(fileURLWithPath: path))
    let digests = try FileDigest.start(paths: [path], tool: niceness.lowPriority).finish()
    #expect(digests[path]?.hex == String(repeating: "0", count: 62) + "19")
    #expect(FileDigest.Tool.preferred.options.prefix(3) == ["-n", "19", FileDigest.Tool.openssl.executable])
  }

  @Test func aMissingFileNamesItself() throws {
    let path = try TestPaths.temporaryFolder().appendingPathComponent("tidak-ada.csv").path
    #expect { try FileDigest.start(paths: [path]).finish() } throws: {
      "\($0)" == "\(path): error: \(FileManager.default.isExecutableFile(atPath: "/usr/bin/openssl") ? "openssl" : "sha256sum") could not read the file"
    }
  }
}
