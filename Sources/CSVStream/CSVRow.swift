/// One record as the tokenizer saw it: its fields' raw bytes (still in the file's encoding).
///
/// A row is a view into the parser's reused buffer and is valid only inside the row handler;
/// copy out what must outlive it.
public struct CSVRow {
  @usableFromInline let storage: UnsafeBufferPointer<UInt8>
  @usableFromInline let ends: UnsafeBufferPointer<Int>
  /// 1-based physical line on which the record starts.
  public let line: Int
  /// How many physical lines the record spans (more than one when a quoted field holds a newline).
  public let lineCount: Int

  @inlinable
  init(storage: UnsafeBufferPointer<UInt8>, ends: UnsafeBufferPointer<Int>, line: Int, lineCount: Int) {
    self.storage = storage
    self.ends = ends
    self.line = line
    self.lineCount = lineCount
  }

  /// Number of fields; 0 for a blank line.
  @inlinable public var count: Int { ends.count }

  /// The raw bytes of field `index`.
  @inlinable
  public func bytes(_ index: Int) -> UnsafeBufferPointer<UInt8> {
    let start = index == 0 ? 0 : ends[index - 1]
    return UnsafeBufferPointer(rebasing: storage[start..<ends[index]])
  }

  /// True when the row has no bytes at all (a blank line, or only empty fields).
  public var isBlank: Bool { storage.isEmpty }

  /// Every field decoded as UTF-8 (invalid sequences repaired); for tests and small files.
  public var strings: [String] {
    (0..<count).map { String(decoding: bytes($0), as: UTF8.self) }
  }
}
