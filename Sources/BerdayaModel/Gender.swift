/// The owner's sex as registries record it (L = laki-laki, P = perempuan).
public enum Gender: Hashable, Sendable, CustomStringConvertible {
  case male, female
  case other(String)

  /// `L`, `P`, or the raw text.
  public var code: String {
    switch self {
    case .male: "L"
    case .female: "P"
    case .other(let text): text
    }
  }

  /// The same value, copied by its case (`ProgrammeKind.copy` says why).
  @inlinable public var copy: Gender {
    switch self {
    case .other(let text): .other(text)
    case let known: known
    }
  }

  public var description: String { code }
}
