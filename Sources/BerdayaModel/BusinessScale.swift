/// Micro, small or medium (PP 7/2021).
public enum BusinessScale: Hashable, Sendable, CustomStringConvertible {
  case mikro, kecil, menengah
  case other(String)

  public var name: String {
    switch self {
    case .mikro: "Mikro"
    case .kecil: "Kecil"
    case .menengah: "Menengah"
    case .other(let text): text
    }
  }

  /// The same value, copied by its case (`ProgrammeKind.copy` says why).
  @inlinable public var copy: BusinessScale {
    switch self {
    case .other(let text): .other(text)
    case let known: known
    }
  }

  public var description: String { name }
}
