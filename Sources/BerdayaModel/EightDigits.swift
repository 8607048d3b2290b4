/// Eight ASCII digits in one little-endian word (the first digit at the lowest address), checked and
/// read without a loop: the hot path of the identifier and date readers.
public enum EightDigits {
  /// The word's eight bytes turned into one, the first at the lowest address.
  @inlinable
  public static func word(_ base: UnsafePointer<UInt8>) -> UInt64 {
    UInt64(littleEndian: UnsafeRawPointer(base).loadUnaligned(as: UInt64.self))
  }

  /// True when each of the word's eight bytes is an ASCII digit.
  @inlinable
  public static func areDigits(_ word: UInt64) -> Bool {
    let values = word &- 0x3030_3030_3030_3030
    // Below "0" borrows into bit 7 of its byte (or a later one, whose own check then fails too);
    // above "9" the value is 10 or more, and adding 0x76 sets bit 7.
    return (word & 0x8080_8080_8080_8080) == 0
      && ((values | (values &+ 0x7676_7676_7676_7676)) & 0x8080_8080_8080_8080) == 0
  }

  /// The number the eight digits spell (valid when `areDigits(word)`).
  @inlinable
  public static func value(_ word: UInt64) -> UInt64 {
    var value = word & 0x0F0F_0F0F_0F0F_0F0F
    value = (value &* (10 << 8 + 1)) >> 8 & 0x00FF_00FF_00FF_00FF
    value = (value &* (100 << 16 + 1)) >> 16 & 0x0000_FFFF_0000_FFFF
    return (value &* (10_000 << 32 + 1)) >> 32
  }
}
