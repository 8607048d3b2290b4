/// One file in the zip's central directory.
struct ZipEntry: Sendable {
  /// The name as stored, with backslashes turned into slashes and a leading slash removed.
  var name: String
  var method: UInt16
  var flags: UInt16
  var crc32: UInt32
  var compressedSize: Int
  var uncompressedSize: Int
  var localHeaderOffset: Int

  var isEncrypted: Bool { flags & 1 != 0 }
}
