/// Gives each distinct value (a name, a sector, a source) a small integer id, so hot loops and
/// per-row columns hold integers.
public struct Interner<Value: Hashable & Sendable>: Sendable {
  /// The values by id, in the order they were first interned.
  public private(set) var values: [Value] = []
  private var ids: [Value: Int32] = [:]

  public init() {}

  /// The id of `value`, adding it when new.
  public mutating func intern(_ value: Value) -> Int32 {
    if let id = ids[value] { return id }
    let id = Int32(values.count)
    values.append(value)
    ids[value] = id
    return id
  }

  /// The id of `value` if it was interned.
  public func id(of value: Value) -> Int32? { ids[value] }

  public var count: Int { values.count }
}
