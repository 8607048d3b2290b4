import Foundation

/// A one-line progress note on stderr while files are read: only on a terminal, never with --quiet.
struct Progress {
  private let enabled: Bool

  init(quiet: Bool) { enabled = !quiet && isatty(STDERR_FILENO) != 0 }

  func begin(_ file: String) {
    guard enabled else { return }
    FileHandle.standardError.write(Data("\r\u{1B}[Kmembaca \(file) ...".utf8))
  }

  func end() {
    guard enabled else { return }
    FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
  }
}
