#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The one owner of the workbook's file descriptor; every read is a positioned `pread`, so
/// several entry streams can share it without a shared file offset.
final class ZipFile {
  let descriptor: Int32
  let size: Int
  let path: String

  init(path: String) throws(XLSXReadError) {
    self.path = path
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    if fd < 0 {
      throw XLSXReadError(.io, "cannot open \(path): \(String(cString: strerror(errno)))")
    }
    var info = stat()
    if fstat(fd, &info) != 0 {
      let message = String(cString: strerror(errno))
      close(fd)
      throw XLSXReadError(.io, "cannot stat \(path): \(message)")
    }
    if (info.st_mode & S_IFMT) == S_IFDIR {
      close(fd)
      throw XLSXReadError(.io, "\(path) is a directory")
    }
    descriptor = fd
    size = Int(info.st_size)
  }

  deinit { close(descriptor) }

  /// Reads exactly `count` bytes at `offset`, or throws `.truncated` when the file ends first.
  func read(into buffer: UnsafeMutableRawPointer, count: Int, at offset: Int) throws(XLSXReadError) {
    var done = 0
    while done < count {
      let got = pread(descriptor, buffer + done, count - done, off_t(offset + done))
      if got < 0 {
        if errno == EINTR { continue }
        throw XLSXReadError(.io, "cannot read \(path): \(String(cString: strerror(errno)))")
      }
      if got == 0 {
        throw XLSXReadError(.truncated, "the file ends early: truncated zip")
      }
      done += got
    }
  }

  /// Reads `count` bytes at `offset` into a new array.
  func bytes(at offset: Int, count: Int) throws(XLSXReadError) -> [UInt8] {
    guard offset >= 0, count >= 0, offset + count <= size else {
      throw XLSXReadError(.truncated, "the zip structure points past the end of the file: truncated zip")
    }
    var result = [UInt8](repeating: 0, count: count)
    var failure: XLSXReadError?
    result.withUnsafeMutableBytes { raw in
      guard let base = raw.baseAddress, count > 0 else { return }
      do throws(XLSXReadError) {
        try read(into: base, count: count, at: offset)
      } catch { failure = error }
    }
    if let failure { throw failure }
    return result
  }
}
