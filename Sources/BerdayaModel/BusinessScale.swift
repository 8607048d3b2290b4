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

  public var description: String { name }
}
