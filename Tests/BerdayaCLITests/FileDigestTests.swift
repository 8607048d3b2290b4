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
    let digests = try FileDigest.start(paths: [abc, empty, abc], tool: tool, cache: DigestCache(file: nil)).finish()
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
    let digests = try FileDigest.start(paths: [path], tool: niceness.lowPriority, cache: DigestCache(file: nil)).finish()
    #expect(digests[path]?.hex == String(repeating: "0", count: 62) + "19")
    #expect(FileDigest.Tool.preferred.options.prefix(3) == ["-n", "19", FileDigest.Tool.openssl.executable])
  }

  @Test func aMissingFileNamesItself() throws {
    let path = try TestPaths.temporaryFolder().appendingPathComponent("tidak-ada.csv").path
    #expect { try FileDigest.start(paths: [path], cache: DigestCache(file: nil)).finish() } throws: {
      "\($0)" == "\(path): error: \(FileManager.default.isExecutableFile(atPath: "/usr/bin/openssl") ? "openssl" : "sha256sum") could not read the file"
    }
  }

  /// A tool that fails whenever it runs: a digest it "gives" came from the cache.
  static let neverRun = FileDigest.Tool(executable: "/bin/false", options: [])

  /// A cache in a folder of its own, recording files changed up to `settleSeconds` ago.
  static func cache(in folder: URL, settleSeconds: Int64) -> DigestCache {
    var cache = DigestCache(file: folder.appendingPathComponent("cache/input-digests.tsv"))
    cache.settleSeconds = settleSeconds
    return cache
  }

  /// A file hashed once is not hashed again while it is unchanged; once rewritten (same size, same
  /// inode, new content), it is.
  @Test func aDigestIsReusedUntilTheFileChanges() throws {
    let folder = try TestPaths.temporaryFolder()
    let path = folder.appendingPathComponent("registry.csv").path
    try Data("abc".utf8).write(to: URL(fileURLWithPath: path))
    let first = try FileDigest.start(paths: [path], tool: .preferred, cache: Self.cache(in: folder, settleSeconds: 0)).finish()
    #expect(first[path]?.hex == Self.abc)
    let again = try FileDigest.start(paths: [path], tool: Self.neverRun, cache: Self.cache(in: folder, settleSeconds: 0)).finish()
    #expect(again[path]?.hex == Self.abc)
    #expect(again[path]?.bytes == 3)
    // Past any file system clock's tick, then the same bytes' count written in place.
    usleep(50_000)
    let handle = try #require(FileHandle(forWritingAtPath: path))
    handle.write(Data("xyz".utf8))
    try handle.close()
    #expect(throws: RunSettings.Failure.self) {
      try FileDigest.start(paths: [path], tool: Self.neverRun, cache: Self.cache(in: folder, settleSeconds: 0)).finish()
    }
    let rewritten = try FileDigest.start(paths: [path], tool: .preferred, cache: Self.cache(in: folder, settleSeconds: 0)).finish()
    #expect(rewritten[path]?.hex == "3608bca1e44ea6c4d268eb6db02260269892c0b42b86bbf1e77a6fa16c3c9282")
  }

  /// A file changed less than `settleSeconds` before it was hashed may change again within the
  /// same tick of the file system's clock, its times unmoved: its digest is not recorded.
  @Test func aFileJustWrittenIsNotRecorded() throws {
    let folder = try TestPaths.temporaryFolder()
    let path = folder.appendingPathComponent("activities.csv").path
    try Data("abc".utf8).write(to: URL(fileURLWithPath: path))
    _ = try FileDigest.start(paths: [path], tool: .preferred, cache: Self.cache(in: folder, settleSeconds: 3)).finish()
    #expect(throws: RunSettings.Failure.self) {
      try FileDigest.start(paths: [path], tool: Self.neverRun, cache: Self.cache(in: folder, settleSeconds: 3)).finish()
    }
  }

  /// Where the cache lives, and that an empty BERDAYA_CACHE_DIR turns it off.
  @Test func theCacheFollowsTheEnvironment() {
    #expect(DigestCache.user(environment: ["BERDAYA_CACHE_DIR": "/tmp/c", "HOME": "/home/a"]).file?.path == "/tmp/c/input-digests.tsv")
    #expect(DigestCache.user(environment: ["BERDAYA_CACHE_DIR": "", "HOME": "/home/a"]).file == nil)
    #expect(DigestCache.user(environment: ["XDG_CACHE_HOME": "/x", "HOME": "/home/a"]).file?.path == "/x/berdaya/input-digests.tsv")
    #expect(DigestCache.user(environment: ["HOME": "/home/a"]).file?.path == "/home/a/.cache/berdaya/input-digests.tsv")
    #expect(DigestCache.user(environment: [:]).file == nil)
  }

  /// A damaged cache file is read for what it holds: lines that do not parse are skipped.
  @Test func aDamagedCacheIsSkippedLineByLine() throws {
    let folder = try TestPaths.temporaryFolder()
    let path = folder.appendingPathComponent("data.csv").path
    try Data("abc".utf8).write(to: URL(fileURLWithPath: path))
    let identity = try #require(DigestCache.Identity(path: path))
    let file = folder.appendingPathComponent("input-digests.tsv")
    let good = "\(Self.abc)\t3\t\(identity.device)\t\(identity.inode)\t\(identity.modified)\t\(identity.changed)\t\(path)"
    try Data("garbage\n\(Self.empty)\tnot-a-size\n\(good)\n".utf8).write(to: file)
    #expect(DigestCache(file: file).digest(of: path, identity: identity) == Self.abc)
    var other = identity
    other.size += 1
    #expect(DigestCache(file: file).digest(of: path, identity: other) == nil)
  }
}
