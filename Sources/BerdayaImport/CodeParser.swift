#if canImport(Glibc)
  import Glibc
#else
  import Darwin
#endif
import BerdayaModel

/// Reads the coded columns (L/P, Ya/Tidak, Mikro/Kecil/Menengah, aktif/tidak aktif).
///
/// A value we do not know becomes the enum's `other(raw)`, never a silent default.
public enum CodeParser {
  public static func gender(_ text: String) -> Gender {
    // The canonical codes first: most rows hold them, and folding costs more than the lookup.
    if let known = canonical(text, canonicalGender) { return known }
    return switch HeaderAliases.fold(text) {
    case "l", "lk", "laki laki", "laki", "lakilaki", "pria", "m", "male": .male
    case "p", "pr", "perempuan", "wanita", "w", "f", "female": .female
    default: .other(text)
    }
  }

  public static func binaanStatus(_ text: String) -> BinaanStatus {
    if let known = canonical(text, canonicalStatus) { return known }
    return switch HeaderAliases.fold(text) {
    case "ya", "y", "yes", "1", "binaan", "aktif", "terdaftar", "true": .member
    case "tidak", "t", "tdk", "no", "n", "0", "bukan", "non binaan", "bukan binaan", "false": .nonMember
    default: .other(text)
    }
  }

  public static func scale(_ text: String) -> BusinessScale {
    if let known = canonical(text, canonicalScale) { return known }
    return switch HeaderAliases.fold(text) {
    case "mikro", "micro", "usaha mikro", "um": .mikro
    case "kecil", "small", "usaha kecil", "uk": .kecil
    case "menengah", "medium", "usaha menengah": .menengah
    default: .other(text)
    }
  }

  /// `gender` of a cell's bytes when they are a canonical code ("L", "P"); nil for any other text,
  /// which `gender` reads. `canonicalStatus` and `canonicalScale` likewise: the importer asks them
  /// first, on the CSV bytes, and makes no String for the cells that hold the canonical codes.
  static func canonicalGender(_ bytes: UnsafeBufferPointer<UInt8>) -> Gender? {
    if equals(bytes, "L") { return .male }
    if equals(bytes, "P") { return .female }
    return nil
  }

  static func canonicalStatus(_ bytes: UnsafeBufferPointer<UInt8>) -> BinaanStatus? {
    if equals(bytes, "Ya") { return .member }
    if equals(bytes, "Tidak") { return .nonMember }
    return nil
  }

  static func canonicalScale(_ bytes: UnsafeBufferPointer<UInt8>) -> BusinessScale? {
    if equals(bytes, "Mikro") { return .mikro }
    if equals(bytes, "Kecil") { return .kecil }
    if equals(bytes, "Menengah") { return .menengah }
    return nil
  }

  /// `match` of the text's UTF-8 bytes.
  private static func canonical<Value>(_ text: String, _ match: (UnsafeBufferPointer<UInt8>) -> Value?) -> Value? {
    var text = text
    return text.withUTF8(match)
  }

  private static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ code: StaticString) -> Bool {
    guard bytes.count == code.utf8CodeUnitCount, let base = bytes.baseAddress else { return false }
    return memcmp(base, code.utf8Start, bytes.count) == 0
  }

  /// An account or membership status: true active, false inactive, nil when not a status word.
  public static func active(_ text: String) -> Bool? {
    return switch HeaderAliases.fold(text) {
    case "aktif", "active", "ya", "y", "masih aktif", "berjalan": true
    case "tidak aktif", "nonaktif", "non aktif", "inactive", "tidak", "t", "mati", "berhenti": false
    default: nil
    }
  }
}
