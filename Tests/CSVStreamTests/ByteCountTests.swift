import Testing

@testable import CSVStream

@Suite struct ByteCountTests {
  /// Counts every length around the 32-byte blocks and past 255 blocks (where a lane would wrap),
  /// with buffers of nothing but the byte, none of it, and a mix.
  @Test(arguments: [0, 1, 31, 32, 33, 63, 64, 65, 255 * 32 - 1, 255 * 32, 255 * 32 + 1, 256 * 32 + 7, 20_000])
  func countsLikeALoop(_ length: Int) {
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    let mixed = (0..<length).map { _ -> UInt8 in
      state ^= state << 13
      state ^= state >> 7
      state ^= state << 17
      return state % 5 == 0 ? 0x0A : UInt8(truncatingIfNeeded: state >> 8) | 0x80
    }
    for bytes in [mixed, [UInt8](repeating: 0x0A, count: length), [UInt8](repeating: 0x2C, count: length)] {
      let counted = bytes.withUnsafeBytes { $0.count(of: 0x0A) }
      #expect(counted == bytes.filter { $0 == 0x0A }.count, "length \(length)")
    }
  }
}
