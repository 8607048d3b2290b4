import Foundation

/// One file per fuzzing process that each input is written to, for readers that take a path.
///
/// It lives in /dev/shm when there is one, so a run of millions of inputs does not touch the disk.
enum ScratchFile {
  static let folder: String = {
    let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
    let path = "\(base)/berdaya-fuzz-\(getpid())"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }()

  /// Writes `bytes` to `folder/name` (replacing what was there) and returns the path.
  static func write(_ bytes: UnsafeRawBufferPointer, name: String) -> String {
    let path = "\(folder)/\(name)"
    let written = FileManager.default.createFile(atPath: path, contents: Data(bytes))
    precondition(written, "cannot write the fuzz input to \(path)")
    return path
  }
}
