/// A record's `String?` field kept as `InlineText`: the field reads and writes Strings, and its
/// projection (`record.$kecamatan`) is the `InlineText` itself, which the importer fills from a
/// cell's bytes and linkage reads without making a String.
@propertyWrapper
public struct InlineStored: Hashable, Sendable {
  public var projectedValue: InlineText?

  public init(wrappedValue: String?) { projectedValue = wrappedValue.map(InlineText.init) }

  public var wrappedValue: String? {
    get { projectedValue?.string }
    set { projectedValue = newValue.map(InlineText.init) }
  }
}
