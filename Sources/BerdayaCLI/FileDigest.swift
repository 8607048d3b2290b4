import Crypto
import Foundation

/// SHA-256 and size of an input file, read in chunks (inputs can be larger than memory wants).
enum FileDigest {
  static func sha256(path: String) throws -> (hex: String, bytes: Int) {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw RunSettings.Failure(description: "\(path): error: cannot be read to compute its SHA-256")
    }
    defer { try? handle.close() }
    var hasher = SHA256()
    var bytes = 0
    while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
      hasher.update(data: chunk)
      bytes += chunk.count
    }
    let hex = hasher.finalize().map { String($0, radix: 16).leftPadded(to: 2) }.joined()
    return (hex, bytes)
  }
}

extension String {
  func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: "0", count: width - count) + self
  }
}
