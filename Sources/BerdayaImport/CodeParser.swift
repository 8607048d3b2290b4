import BerdayaModel

/// Reads the coded columns (L/P, Ya/Tidak, Mikro/Kecil/Menengah, aktif/tidak aktif).
///
/// A value we do not know becomes the enum's `other(raw)`, never a silent default.
public enum CodeParser {
  public static func gender(_ text: String) -> Gender {
    // The canonical codes first: most rows hold them, and folding costs more than the lookup.
    if text == "L" { return .male }
    if text == "P" { return .female }
    return switch HeaderAliases.fold(text) {
    case "l", "lk", "laki laki", "laki", "lakilaki", "pria", "m", "male": .male
    case "p", "pr", "perempuan", "wanita", "w", "f", "female": .female
    default: .other(text)
    }
  }

  public static func binaanStatus(_ text: String) -> BinaanStatus {
    if text == "Ya" { return .member }
    if text == "Tidak" { return .nonMember }
    return switch HeaderAliases.fold(text) {
    case "ya", "y", "yes", "1", "binaan", "aktif", "terdaftar", "true": .member
    case "tidak", "t", "tdk", "no", "n", "0", "bukan", "non binaan", "bukan binaan", "false": .nonMember
    default: .other(text)
    }
  }

  public static func scale(_ text: String) -> BusinessScale {
    if text == "Mikro" { return .mikro }
    if text == "Kecil" { return .kecil }
    if text == "Menengah" { return .menengah }
    return switch HeaderAliases.fold(text) {
    case "mikro", "micro", "usaha mikro", "um": .mikro
    case "kecil", "small", "usaha kecil", "uk": .kecil
    case "menengah", "medium", "usaha menengah": .menengah
    default: .other(text)
    }
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
