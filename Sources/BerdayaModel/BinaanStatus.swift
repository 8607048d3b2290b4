/// Whether an enterprise is a registered, assisted member (binaan) of the office.
public enum BinaanStatus: Hashable, Sendable, CustomStringConvertible {
  case member
  case nonMember
  case other(String)

  /// `Ya`, `Tidak`, or the raw text.
  public var code: String {
    switch self {
    case .member: "Ya"
    case .nonMember: "Tidak"
    case .other(let text): text
    }
  }

  /// The same value, copied by its case (`ProgrammeKind.copy` says why).
  @inlinable public var copy: BinaanStatus {
    switch self {
    case .other(let text): .other(text)
    case let known: known
    }
  }

  public var description: String { code }
}
