#if canImport(Glibc)
  internal import Glibc
#elseif canImport(Musl)
  internal import Musl
#elseif canImport(Darwin)
  internal import Darwin
#endif

/// A file opened read-only with POSIX `open`, closed when the value goes away.
///
/// No Foundation here: the reading loop is `read(2)` into a buffer the caller owns.
struct POSIXFile: ~Copyable {
  let path: String
  private let descriptor: Int32

  /// Opens `path` for reading. The corresponding C function is `open`.
  init(path: String) throws(CSVError) {
    self.path = path
    var descriptor: Int32
    repeat { descriptor = open(path, O_RDONLY | O_CLOEXEC) } while descriptor < 0 && errno == EINTR
    guard descriptor >= 0 else {
      throw CSVError(code: .io, message: "cannot open \(path): \(Self.lastErrorText())")
    }
    self.descriptor = descriptor
  }

  deinit {
    close(descriptor)
  }

  /// Reads at most `buffer.count` bytes; 0 means end of file. The corresponding C function is `read`.
  func read(into buffer: UnsafeMutableRawBufferPointer) throws(CSVError) -> Int {
    guard let base = buffer.baseAddress, !buffer.isEmpty else { return 0 }
    while true {
      let count = posixRead(descriptor, base, buffer.count)
      if count >= 0 { return count }
      if errno == EINTR { continue }
      throw CSVError(code: .io, message: "cannot read \(path): \(Self.lastErrorText())")
    }
  }

  /// Reads until `buffer` is full or the file ends; returns the byte count.
  func readFully(into buffer: UnsafeMutableRawBufferPointer) throws(CSVError) -> Int {
    var filled = 0
    while filled < buffer.count {
      let count = try read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[filled...]))
      if count == 0 { break }
      filled += count
    }
    return filled
  }

  /// Moves the read position to `offset` bytes from the start. The corresponding C function is `lseek`.
  func seek(to offset: Int) throws(CSVError) {
    guard lseek(descriptor, off_t(offset), SEEK_SET) >= 0 else {
      throw CSVError(code: .io, message: "cannot seek in \(path): \(Self.lastErrorText())")
    }
  }

  /// The file's size in bytes. The corresponding C function is `fstat`.
  func size() throws(CSVError) -> Int {
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      throw CSVError(code: .io, message: "cannot stat \(path): \(Self.lastErrorText())")
    }
    return Int(status.st_size)
  }

  private static func lastErrorText() -> String {
    String(cString: strerror(errno))
  }
}

/// `read(2)` under a name that the method `POSIXFile.read(into:)` does not shadow.
private func posixRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
  read(descriptor, buffer, count)
}
