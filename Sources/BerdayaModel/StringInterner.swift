/// Gives each distinct string a small integer id, so hot loops compare and group integers.
public struct StringInterner: Sendable {
  public private(set) var strings: [String] = []
  private var ids: [String: Int32] = [:]

  public init() {}

  /// The id of `string`, adding it when new.
  public mutating func intern(_ string: String) -> Int32 {
    if let id = ids[string] { return id }
    let id = Int32(strings.count)
    strings.append(string)
    ids[string] = id
    return id
  }

  /// The id of `string` if it was interned.
  public func id(of string: String) -> Int32? { ids[string] }

  public var count: Int { strings.count }
}
