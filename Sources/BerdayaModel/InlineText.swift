/// A short text held in the value itself, up to 32 bytes of UTF-8, and in a `String` past that.
///
/// Measured, not taste: the activity fields every row carries (a registration number such as
/// "UMKM-1271-0826493", a kecamatan such as "Medan Perjuangan") are 16 to 20 bytes, just past what
/// a `String` holds without the heap, so each row made two heap Strings and every copy of the
/// record retained and released them (14% of the size-L coverage job was swift_retain/release).
/// Copying an `InlineText` of up to 32 bytes is a copy of 40 bytes.
public struct InlineText: Sendable, Hashable, CustomStringConvertible {
  /// Up to 32 bytes, first byte lowest, unused bytes zero; else the text.
  @usableFromInline enum Storage: Sendable, Hashable {
    case inline(UInt64, UInt64, UInt64, UInt64, count: UInt8)
    case string(String)
  }

  @usableFromInline let storage: Storage

  public static let inlineCapacity = 32

  /// The text of `bytes`, which must be valid UTF-8. Inlinable: built in the caller, the value
  /// goes straight where it is stored (measured: returned from a call, its bytes were read back
  /// before the stores that wrote them had landed, a stall per text).
  @inlinable
  public init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
    guard bytes.count <= Self.inlineCapacity else {
      storage = .string(String(decoding: bytes, as: UTF8.self))
      return
    }
    storage = .inline(
      Self.word(0, of: bytes), Self.word(1, of: bytes), Self.word(2, of: bytes), Self.word(3, of: bytes),
      count: UInt8(bytes.count))
  }

  /// Bytes `8 * index ..< 8 * index + 8` of `bytes` as a word, first byte lowest, zeros past the
  /// end; read as words, not copied byte by byte into the words (measured: `copyMemory` into them
  /// and the words read back stalled on store forwarding, 6.4% of the time of reading activities
  /// into records in this initializer).
  @inlinable @inline(__always)
  static func word(_ index: Int, of bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    guard let base = bytes.baseAddress else { return 0 }
    let start = 8 * index
    let raw = UnsafeRawPointer(base)
    if start + 8 <= bytes.count { return UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: start, as: UInt64.self)) }
    guard start < bytes.count else { return 0 }
    let taken = bytes.count - start
    if bytes.count >= 8 {
      // The last eight bytes, those of earlier words shifted out.
      let last = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self))
      return last >> (8 * UInt64(8 - taken))
    }
    var word: UInt64 = 0
    for offset in 0..<taken { word |= UInt64(base[start + offset]) << (8 * UInt64(offset)) }
    return word
  }

  public init(_ text: String) {
    var text = text
    self = text.withUTF8 { InlineText(utf8: $0) }
  }

  /// `body` applied to the text's UTF-8 bytes (valid for the call only). Inlinable, so that each
  /// caller's is specialized: the generic one, its closure called through a context, was 5% of the
  /// instructions of `validate` at size M (a registration number coded, names keyed, per row).
  @inlinable
  public func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
    switch storage {
    case .inline(let a, let b, let c, let d, let count):
      var words = (a, b, c, d)
      return try withUnsafeBytes(of: &words) { raw in
        try body(UnsafeBufferPointer(start: raw.baseAddress!.assumingMemoryBound(to: UInt8.self), count: Int(count)))
      }
    case .string(var text):
      return try text.withUTF8(body)
    }
  }

  public var string: String {
    switch storage {
    case .inline: withUTF8 { String(decoding: $0, as: UTF8.self) }
    case .string(let text): text
    }
  }

  public var description: String { string }
}

/// `text == nil` and `text != nil` for an `InlineText?`, as a test of the case alone.
///
/// Measured, not taste: in another module, `!= nil` on an `InlineText?` took Optional's Equatable
/// `!=` (the nil literal made an `InlineText?`), which copied both sides into a tuple and destroyed
/// it through the runtime's generic value witnesses, some 190 instructions a test: 6% of the
/// instructions of `validate` at size M, from four tests per activity row. These overloads are the
/// more specific, so the same expressions now compile to one compare.
extension Optional where Wrapped == InlineText {
  @inlinable public static func == (text: InlineText?, _: _OptionalNilComparisonType) -> Bool {
    if case .some = text { false } else { true }
  }

  @inlinable public static func != (text: InlineText?, _: _OptionalNilComparisonType) -> Bool {
    if case .some = text { true } else { false }
  }
}
