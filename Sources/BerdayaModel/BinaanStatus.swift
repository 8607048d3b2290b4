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

  public var description: String { code }
}
