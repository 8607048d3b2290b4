import Foundation

/// Writes a run's files into a fresh temporary folder beside the target, then moves each over its
/// final name: a failure never leaves a half-written report nor destroys the previous one.
struct OutputFolder {
  let target: URL
  let staging: URL

  init(_ path: String) throws {
    target = URL(fileURLWithPath: path)
    try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
    staging = target.appendingPathComponent(".berdaya-staging-\(getpid())")
    try? FileManager.default.removeItem(at: staging)
    try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
  }

  /// The staging path of a file (write it there).
  func path(_ name: String) -> String { staging.appendingPathComponent(name).path }

  func write(_ name: String, _ text: String) throws {
    let url = staging.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    // The String's own bytes, not a copy: duplicates.csv alone is some 55 MB at size L.
    var text = text
    try text.withUTF8 { bytes in
      guard let base = bytes.baseAddress else { return try Data().write(to: url) }
      try Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: bytes.count, deallocator: .none).write(to: url)
    }
  }

  /// Moves every staged file over its final name (rename(2) replaces atomically), then removes staging.
  func commit() throws {
    let manager = FileManager.default
    guard let files = manager.enumerator(at: staging, includingPropertiesForKeys: [.isRegularFileKey]) else { return }
    for case let url as URL in files where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
      let relative = String(url.path.dropFirst(staging.path.count + 1))
      let destination = target.appendingPathComponent(relative)
      try manager.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
      guard rename(url.path, destination.path) == 0 else {
        throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: destination.path])
      }
    }
    try manager.removeItem(at: staging)
  }

  func discard() { try? FileManager.default.removeItem(at: staging) }
}
