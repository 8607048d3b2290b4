/// One record as the tokenizer saw it: its fields' raw bytes (still in the file's encoding).
///
/// A row is a view into the parser's reused buffer (or, for a simple line, the bytes fed) and is
/// valid only inside the row handler; copy out what must outlive it.
public struct CSVRow {
  /// The fields' bytes, back to back or (a simple line's) with the delimiters between them.
  @usableFromInline let storage: UnsafeBufferPointer<UInt8>
  @usableFromInline let ends: UnsafeBufferPointer<Int>
  /// Bytes between one field's end and the next one's start: 0, or 1 for a delimiter.
  @usableFromInline let gap: Int
  /// 1-based physical line on which the record starts.
  public let line: Int
  /// How many physical lines the record spans (more than one when a quoted field holds a newline).
  public let lineCount: Int
  /// True when every field that is not empty is known to be tidy ASCII: printable ASCII with no
  /// space at either end and no two spaces in a row. False says nothing (the fields were not
  /// checked, or one is not tidy).
  public let fieldsAreTidyASCII: Bool

  @inlinable
  init(
    storage: UnsafeBufferPointer<UInt8>, ends: UnsafeBufferPointer<Int>, gap: Int, line: Int, lineCount: Int,
    fieldsAreTidyASCII: Bool
  ) {
    self.storage = storage
    self.ends = ends
    self.gap = gap
    self.line = line
    self.lineCount = lineCount
    self.fieldsAreTidyASCII = fieldsAreTidyASCII
  }

  /// Number of fields; 0 for a blank line.
  @inlinable public var count: Int { ends.count }

  /// The raw bytes of field `index`.
  @inlinable
  public func bytes(_ index: Int) -> UnsafeBufferPointer<UInt8> {
    let start = index == 0 ? 0 : ends[index - 1] + gap
    return UnsafeBufferPointer(rebasing: storage[start..<ends[index]])
  }

  /// True when the row has no bytes at all (a blank line, or only empty fields).
  public var isBlank: Bool { storage.count == gap * max(0, count - 1) }

  /// Every field decoded as UTF-8 (invalid sequences repaired); for tests and small files.
  public var strings: [String] {
    (0..<count).map { String(decoding: bytes($0), as: UTF8.self) }
  }
}
