/// A test of a cell's value, shared by data validations and conditional formats.
public enum Comparison<Value: Hashable & Sendable>: Hashable, Sendable {
  case between(Value, Value)
  case notBetween(Value, Value)
  case equalTo(Value)
  case notEqualTo(Value)
  case greaterThan(Value)
  case lessThan(Value)
  case greaterThanOrEqualTo(Value)
  case lessThanOrEqualTo(Value)

  /// The single operand, or the two bounds of a range test.
  var operands: (value: Value?, minimum: Value?, maximum: Value?) {
    switch self {
    case .between(let low, let high), .notBetween(let low, let high): (nil, low, high)
    case .equalTo(let v), .notEqualTo(let v), .greaterThan(let v), .lessThan(let v),
      .greaterThanOrEqualTo(let v), .lessThanOrEqualTo(let v):
      (v, nil, nil)
    }
  }
}
