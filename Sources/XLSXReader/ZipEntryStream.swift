import CZlib

/// The inflated bytes of one zip entry, produced on demand into the caller's buffer with
/// bounded memory (one 64 KiB input buffer), checking the bomb caps and the CRC as it goes.
final class ZipEntryStream {
  let part: String
  private let file: ZipFile
  private let entry: ZipEntry
  private let limits: XLSXLimits
  private let budget: InflateBudget
  private var inputOffset: Int
  private var inputRemaining: Int
  private let input: UnsafeMutablePointer<UInt8>
  private static let inputCapacity = 64 << 10
  private var stream: UnsafeMutablePointer<z_stream>?
  private var produced = 0
  private var crc: UInt = 0
  private(set) var finished = false

  init(file: ZipFile, entry: ZipEntry, dataOffset: Int, limits: XLSXLimits, budget: InflateBudget)
    throws(XLSXReadError)
  {
    self.part = entry.name
    self.file = file
    self.entry = entry
    self.limits = limits
    self.budget = budget
    inputOffset = dataOffset
    inputRemaining = entry.compressedSize
    input = .allocate(capacity: Self.inputCapacity)
    if entry.method == 8 {
      let z = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
      z.initialize(to: z_stream())
      // zlib manual: "windowBits can also be -8..-15 for raw deflate", which is what zip holds.
      let status = CZlib_inflateInitRaw(z)
      guard status == Z_OK else {
        z.deallocate()
        input.deallocate()
        throw XLSXReadError(.io, "zlib inflateInit2 failed with code \(status)", part: entry.name)
      }
      stream = z
    }
  }

  deinit {
    if let stream {
      inflateEnd(stream)
      stream.deallocate()
    }
    input.deallocate()
  }

  /// Fills up to `capacity` bytes; returns 0 only at the end of the entry.
  func read(into buffer: UnsafeMutablePointer<UInt8>, capacity: Int) throws(XLSXReadError) -> Int {
    if finished || capacity == 0 { return 0 }
    let count: Int
    if let stream {
      count = try inflate(stream, into: buffer, capacity: capacity)
    } else {
      let n = min(capacity, inputRemaining)
      if n > 0 { try file.read(into: buffer, count: n, at: inputOffset) }
      inputOffset += n
      inputRemaining -= n
      count = n
      if inputRemaining == 0 { finished = true }
    }
    if count > 0 {
      try account(count)
      crc = crc32(crc, buffer, uInt(count))
    }
    if finished, UInt32(truncatingIfNeeded: crc) != entry.crc32 {
      throw XLSXReadError(.corruptZip, "CRC mismatch: the entry is corrupt", part: part)
    }
    return count
  }

  /// Reads the whole entry; for the small workbook parts only (the caps still apply).
  func readAll() throws(XLSXReadError) -> [UInt8] {
    var result: [UInt8] = []
    result.reserveCapacity(min(max(entry.uncompressedSize, 0), 1 << 20))
    let chunk = UnsafeMutablePointer<UInt8>.allocate(capacity: 64 << 10)
    defer { chunk.deallocate() }
    while true {
      let n = try read(into: chunk, capacity: 64 << 10)
      if n == 0 { break }
      result.append(contentsOf: UnsafeBufferPointer(start: chunk, count: n))
    }
    return result
  }

  private func account(_ count: Int) throws(XLSXReadError) {
    produced += count
    try budget.spend(count, part: part)
    if produced > limits.inflateRatioFloorBytes,
      produced / max(entry.compressedSize, 1) > limits.maxInflateRatio
    {
      throw XLSXReadError(
        .zipBomb,
        "zip bomb: the entry inflates more than \(limits.maxInflateRatio) times its compressed size (\(entry.compressedSize) bytes)",
        part: part)
    }
  }

  private func inflate(_ z: UnsafeMutablePointer<z_stream>, into buffer: UnsafeMutablePointer<UInt8>, capacity: Int)
    throws(XLSXReadError) -> Int
  {
    z.pointee.next_out = buffer
    z.pointee.avail_out = uInt(min(capacity, Int(UInt32.max)))
    while z.pointee.avail_out > 0 {
      if z.pointee.avail_in == 0 && inputRemaining > 0 {
        let n = min(Self.inputCapacity, inputRemaining)
        try file.read(into: input, count: n, at: inputOffset)
        inputOffset += n
        inputRemaining -= n
        z.pointee.next_in = input
        z.pointee.avail_in = uInt(n)
      }
      let before = z.pointee.avail_out
      let status = CZlib.inflate(z, Z_NO_FLUSH)
      switch status {
      case Z_STREAM_END:
        finished = true
        return capacity - Int(z.pointee.avail_out)
      case Z_OK:
        break
      case Z_BUF_ERROR:
        // No progress possible: with no input left the deflate stream stopped short.
        if z.pointee.avail_in == 0 && inputRemaining == 0 {
          throw XLSXReadError(.truncated, "the compressed data ends early: truncated zip", part: part)
        }
      case Z_DATA_ERROR:
        throw XLSXReadError(.corruptZip, "corrupt deflate data", part: part)
      case Z_MEM_ERROR:
        throw XLSXReadError(.io, "zlib ran out of memory", part: part)
      default:
        throw XLSXReadError(.corruptZip, "zlib inflate failed with code \(status)", part: part)
      }
      if z.pointee.avail_in == 0 && inputRemaining == 0 && z.pointee.avail_out == before {
        throw XLSXReadError(.truncated, "the compressed data ends early: truncated zip", part: part)
      }
    }
    return capacity
  }
}
