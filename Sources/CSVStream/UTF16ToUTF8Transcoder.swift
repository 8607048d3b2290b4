/// Turns a UTF-16 byte stream, fed in chunks of any size, into UTF-8 bytes for the tokenizer.
///
/// A code unit split between two chunks (an odd chunk length) and a surrogate pair split between
/// two chunks are both carried over to the next call. Lone surrogates, and an odd byte or a high
/// surrogate left over at `finish`, become U+FFFD. A byte order mark is not special here: the
/// caller skips it (see `TextEncoding.byteOrderMarkLength`), otherwise it comes out as EF BB BF.
public struct UTF16ToUTF8Transcoder: Sendable {
  private let bigEndian: Bool
  private var pendingByte: UInt8?
  private var pendingHighSurrogate: UInt16?

  /// - Parameter bigEndian: true for UTF-16BE, false for UTF-16LE.
  public init(bigEndian: Bool) {
    self.bigEndian = bigEndian
  }

  /// Appends the UTF-8 form of `chunk` to `output`, keeping any incomplete code unit or pair.
  public mutating func transcode(_ chunk: UnsafeRawBufferPointer, into output: inout [UInt8]) {
    let bytes = chunk.byteView
    guard !bytes.isEmpty else { return }
    // At most 3 UTF-8 bytes per 2 input bytes, plus what is carried over.
    output.reserveCapacity(output.count + bytes.count / 2 * 3 + 8)
    var index = 0
    if let first = pendingByte {
      pendingByte = nil
      emit(unit(first, bytes[0]), into: &output)
      index = 1
    }
    while index + 1 < bytes.count {
      emit(unit(bytes[index], bytes[index + 1]), into: &output)
      index += 2
    }
    if index < bytes.count { pendingByte = bytes[index] }
  }

  /// Flushes what is still pending at the end of the input (as U+FFFD: it was incomplete).
  public mutating func finish(into output: inout [UInt8]) {
    if pendingHighSurrogate != nil || pendingByte != nil { appendReplacement(into: &output) }
    pendingHighSurrogate = nil
    pendingByte = nil
  }

  private func unit(_ first: UInt8, _ second: UInt8) -> UInt16 {
    bigEndian ? UInt16(first) << 8 | UInt16(second) : UInt16(second) << 8 | UInt16(first)
  }

  private mutating func emit(_ unit: UInt16, into output: inout [UInt8]) {
    if let high = pendingHighSurrogate {
      pendingHighSurrogate = nil
      if (0xDC00...0xDFFF).contains(unit) {
        let scalar = 0x10000 + (UInt32(high - 0xD800) << 10) + UInt32(unit - 0xDC00)
        output.append(0xF0 | UInt8(scalar >> 18))
        output.append(0x80 | UInt8((scalar >> 12) & 0x3F))
        output.append(0x80 | UInt8((scalar >> 6) & 0x3F))
        output.append(0x80 | UInt8(scalar & 0x3F))
        return
      }
      appendReplacement(into: &output)  // the high surrogate had no partner
    }
    switch unit {
    case 0..<0x80:
      output.append(UInt8(unit))
    case 0x80..<0x800:
      output.append(0xC0 | UInt8(unit >> 6))
      output.append(0x80 | UInt8(unit & 0x3F))
    case 0xD800...0xDBFF:
      pendingHighSurrogate = unit
    case 0xDC00...0xDFFF:
      appendReplacement(into: &output)  // a low surrogate with no high one before it
    default:
      output.append(0xE0 | UInt8(unit >> 12))
      output.append(0x80 | UInt8((unit >> 6) & 0x3F))
      output.append(0x80 | UInt8(unit & 0x3F))
    }
  }

  private func appendReplacement(into output: inout [UInt8]) {
    output.append(contentsOf: [0xEF, 0xBF, 0xBD])
  }
}
