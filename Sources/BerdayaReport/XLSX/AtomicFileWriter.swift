#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a file under a temporary name in the target's folder and renames it over the target
/// only when writing succeeded, so a failure never leaves a half-written file or destroys the
/// previous one (issue 6, item 4).
///
/// The temporary file sits in the same folder because `rename(2)` is atomic only within one file
/// system. POSIX: "If the link named by the new argument exists, it shall be removed and old
/// renamed to new. [...] a link named new shall remain visible to other threads throughout the
/// renaming operation and refer either to the file referred to by new or old".
enum AtomicFileWriter {
  /// Calls `write` with a temporary path, then renames it to `path`; on any error the temporary
  /// file is removed and the error rethrown.
  static func write(to path: String, _ write: (String) throws -> Void) throws {
    let temporary = temporaryPath(for: path)
    do {
      try write(temporary)
      guard rename(temporary, path) == 0 else {
        throw WorkbookFileError(path: path, operation: "renaming \(temporary) to", code: errno)
      }
    } catch {
      unlink(temporary)
      throw error
    }
  }

  /// `dir/.name.tmp-PID` beside `path`: hidden, and unique per process.
  static func temporaryPath(for path: String) -> String {
    let slash = path.lastIndex(of: "/")
    let folder = slash.map { String(path[...$0]) } ?? ""
    let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
    return folder + "." + name + ".tmp-" + String(getpid())
  }
}
