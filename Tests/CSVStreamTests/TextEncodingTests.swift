import Testing

@testable import CSVStream

@Suite struct TextEncodingTests {
  func detect(_ bytes: [UInt8]) -> TextEncoding { bytes.withUnsafeBytes { TextEncoding.detect(sample: $0) } }
  func decode(_ bytes: [UInt8], _ encoding: TextEncoding) -> String {
    bytes.withUnsafeBufferPointer { TextEncoding.decode($0, as: encoding) }
  }

  @Test func detection() {
    #expect(detect([]) == .utf8)
    #expect(detect(Array("a,b\n".utf8)) == .utf8)
    #expect(detect([0xEF, 0xBB, 0xBF, 0x61]) == .utf8BOM)
    #expect(detect([0xFF, 0xFE, 0x61, 0x00]) == .utf16LE)
    #expect(detect([0xFE, 0xFF, 0x00, 0x61]) == .utf16BE)
    #expect(detect(Array("Café Senja".utf8)) == .utf8)
    #expect(detect([0x43, 0x61, 0x66, 0xE9, 0x20, 0x53]) == .windows1252)  // "Café S" in cp1252
    // A sample cut inside a multi-byte sequence is still UTF-8; a bad byte before the end is not.
    #expect(detect(Array("Caf".utf8) + [0xC3]) == .utf8)
    #expect(detect([0xC3, 0x41]) == .windows1252)
  }

  @Test func utf8Validation() {
    func valid(_ bytes: [UInt8]) -> Bool { bytes.withUnsafeBufferPointer { TextEncoding.isValidUTF8($0) } }
    #expect(valid(Array("plain ASCII long enough for the word loop".utf8)))
    #expect(valid(Array("ʤ € 𝄞 Ÿ".utf8)))
    #expect(!valid([0xC0, 0xAF]))  // overlong
    #expect(!valid([0xED, 0xA0, 0x80]))  // surrogate
    #expect(!valid([0xF4, 0x90, 0x80, 0x80]))  // above U+10FFFF
    #expect(!valid([0xE2, 0x82]))  // truncated
    #expect(!valid(Array("12345678".utf8) + [0x80]))
  }

  @Test func windows1252FullC1Row() {
    let bytes: [UInt8] = Array(0x80...0x9F)
    let expected = "€\u{81}‚ƒ„…†‡ˆ‰Š‹Œ\u{8D}Ž\u{8F}\u{90}‘’“”•–—˜™š›œ\u{9D}žŸ"
    #expect(decode(bytes, .windows1252) == expected)
    #expect(decode([0x34, 0x2C, 0xA9, 0xA0, 0xFF], .windows1252) == "4,©\u{A0}ÿ")
    #expect(decode(Array("ascii only".utf8), .windows1252) == "ascii only")
  }

  @Test func decodingDropsByteOrderMarks() {
    #expect(decode([0xEF, 0xBB, 0xBF, 0x61], .utf8BOM) == "a")
    #expect(decode([0xFF, 0xFE, 0x61, 0x00, 0xA4, 0x02], .utf16LE) == "aʤ")
    #expect(decode([0xFE, 0xFF, 0x00, 0x61, 0xD8, 0x34, 0xDD, 0x1E], .utf16BE) == "a𝄞")
    #expect(decode([0x61, 0xFF], .utf8) == "a\u{FFFD}")
  }

  /// The transcoder gives the same UTF-8 whatever the chunk boundaries, including inside a code
  /// unit and between the halves of a surrogate pair.
  @Test func transcoderSplitsAnywhere() {
    let text = "a,ʤ\n€;𝄞😀\r\nend"
    for bigEndian in [false, true] {
      let units = Array(text.utf16)
      let bytes = units.flatMap { unit -> [UInt8] in
        let pair = [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        return bigEndian ? pair.reversed() : pair
      }
      for size in 1...bytes.count {
        var transcoder = UTF16ToUTF8Transcoder(bigEndian: bigEndian)
        var output: [UInt8] = []
        bytes.withUnsafeBytes { all in
          var offset = 0
          while offset < all.count {
            transcoder.transcode(UnsafeRawBufferPointer(rebasing: all[offset..<min(all.count, offset + size)]), into: &output)
            offset += size
          }
        }
        transcoder.finish(into: &output)
        #expect(output == Array(text.utf8), "chunk size \(size), big-endian \(bigEndian)")
      }
    }
  }

  @Test func transcoderRepairsBrokenInput() {
    func run(_ bytes: [UInt8]) -> String {
      var transcoder = UTF16ToUTF8Transcoder(bigEndian: false)
      var output: [UInt8] = []
      bytes.withUnsafeBytes { transcoder.transcode($0, into: &output) }
      transcoder.finish(into: &output)
      return String(decoding: output, as: UTF8.self)
    }
    #expect(run([0x00, 0xDC, 0x61, 0x00]) == "\u{FFFD}a")  // lone low surrogate
    #expect(run([0x3D, 0xD8, 0x61, 0x00]) == "\u{FFFD}a")  // high surrogate, no partner
    #expect(run([0x3D, 0xD8]) == "\u{FFFD}")  // high surrogate at the end
    #expect(run([0x61, 0x00, 0x62]) == "a\u{FFFD}")  // odd byte at the end
  }
}
