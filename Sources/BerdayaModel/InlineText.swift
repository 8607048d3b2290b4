/// A short text held in the value itself, up to 32 bytes of UTF-8, and in a `String` past that.
///
/// Measured, not taste: the activity fields every row carries (a registration number such as
/// "UMKM-1271-0826493", a kecamatan such as "Medan Perjuangan") are 16 to 20 bytes, just past what
/// a `String` holds without the heap, so each row made two heap Strings and every copy of the
/// record retained and released them (14% of the size-L coverage job was swift_retain/release).
/// Copying an `InlineText` of up to 32 bytes is a copy of 40 bytes.
public struct InlineText: Sendable, Hashable, CustomStringConvertible {
  /// Up to 32 bytes, first byte lowest, unused bytes zero; else the text.
  private enum Storage: Sendable, Hashable {
    case inline(UInt64, UInt64, UInt64, UInt64, count: UInt8)
    case string(String)
  }

  private let storage: Storage

  public static let inlineCapacity = 32

  /// The text of `bytes`, which must be valid UTF-8.
  public init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
    guard bytes.count <= Self.inlineCapacity else {
      storage = .string(String(decoding: bytes, as: UTF8.self))
      return
    }
    var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    withUnsafeMutableBytes(of: &words) { UnsafeMutableRawBufferPointer(rebasing: $0[..<bytes.count]).copyMemory(from: .init(bytes)) }
    storage = .inline(words.0, words.1, words.2, words.3, count: UInt8(bytes.count))
  }

  public init(_ text: String) {
    var text = text
    self = text.withUTF8 { InlineText(utf8: $0) }
  }

  /// `body` applied to the text's UTF-8 bytes (valid for the call only).
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
