/// The record being built: its fields' bytes back to back and each field's end offset, in two
/// buffers that grow to the longest record and are reused for every row. A simple line's fields
/// stay where they are instead (`placeFields`): only their ends are kept. The fields of a line with
/// quotes that the parser splits are copied one delimiter apart, as in the line (`copyLineStart`).
///
/// Plain allocations rather than `[UInt8]` and `[Int]`: in the profile of CSV scanning (S
/// activities.csv, once simple lines were split without libcsv), appending to the arrays was 13%
/// of the samples and their uniqueness checks 3%, with retains and releases besides; the scan's
/// fastest run went from 16.4 to 7.9 ms with these buffers.
struct CSVRowBuffer: ~Copyable {
  private var bytes: UnsafeMutableRawPointer
  private var byteCapacity = 4096
  private var ends: UnsafeMutablePointer<Int>
  private var endCapacity = 64
  /// Bytes of the fields appended so far.
  private(set) var byteCount = 0
  /// Fields appended so far.
  private(set) var fieldCount = 0
  /// The line the fields are in, when they were not copied.
  private var line: UnsafeRawBufferPointer?
  /// Every non-empty field is tidy ASCII (`CSVRow.fieldsAreTidyASCII`), as the parser found.
  private var fieldsAreTidyASCII = false
  /// Bytes between copied fields: 0 as libcsv reports them, 1 after `copyLineStart`.
  private var copiedGap = 0

  init() {
    bytes = .allocate(byteCount: byteCapacity, alignment: 1)
    ends = .allocate(capacity: endCapacity)
  }

  deinit {
    bytes.deallocate()
    ends.deallocate()
  }

  /// Appends `field` as the record's next field.
  mutating func append(_ field: UnsafeRawBufferPointer) {
    if byteCount + field.count > byteCapacity { growBytes(to: byteCount + field.count) }
    if fieldCount == endCapacity { growEnds() }
    if let source = field.baseAddress, !field.isEmpty {
      (bytes + byteCount).copyMemory(from: source, byteCount: field.count)
      byteCount += field.count
    }
    (ends + fieldCount).initialize(to: byteCount)
    fieldCount += 1
  }

  /// Copies the start of a line whose fields' ends were appended with `appendEnd` (offsets in the
  /// line, which stay right), delimiters included: the line's next fields are copied after it with
  /// `append`, each after a delimiter (`appendByte`).
  mutating func copyLineStart(_ bytes: UnsafeRawBufferPointer) {
    precondition(byteCount == 0 && line == nil, "a line start copied into a record begun otherwise")
    copiedGap = 1
    if byteCount + bytes.count > byteCapacity { growBytes(to: byteCount + bytes.count) }
    if let source = bytes.baseAddress, !bytes.isEmpty { self.bytes.copyMemory(from: source, byteCount: bytes.count) }
    byteCount = bytes.count
  }

  /// Appends one byte that is no field's: the delimiter between copied fields (`copyLineStart`).
  mutating func appendByte(_ byte: UInt8) {
    if byteCount == byteCapacity { growBytes(to: byteCount + 1) }
    bytes.storeBytes(of: byte, toByteOffset: byteCount, as: UInt8.self)
    byteCount += 1
  }

  /// Appends a quoted field's text as the record's next field, each doubled `quote` made single;
  /// false, with nothing appended, when a quote in it is not one of a doubled pair.
  mutating func appendUnescaping(_ text: UnsafeRawBufferPointer, quote: UInt8) -> Bool {
    if byteCount + text.count > byteCapacity { growBytes(to: byteCount + text.count) }
    var written = byteCount
    var index = 0
    while index < text.count {
      let byte = text[index]
      if byte == quote {
        guard index + 1 < text.count, text[index + 1] == quote else { return false }
        index += 1
      }
      bytes.storeBytes(of: byte, toByteOffset: written, as: UInt8.self)
      written += 1
      index += 1
    }
    if fieldCount == endCapacity { growEnds() }
    byteCount = written
    (ends + fieldCount).initialize(to: byteCount)
    fieldCount += 1
    return true
  }

  /// Adds the end of a field of `placeFields`' line (its offset in the line).
  @inline(__always)
  mutating func appendEnd(_ end: Int) {
    if fieldCount == endCapacity { growEnds() }
    (ends + fieldCount).initialize(to: end)
    fieldCount += 1
  }

  /// Makes the record the fields of `line`, one delimiter apart, whose ends are appended with
  /// `appendEnd`: no byte is copied. `line` must outlive the record.
  mutating func placeFields(in line: UnsafeRawBufferPointer, tidyASCII: Bool) {
    self.line = line
    fieldsAreTidyASCII = tidyASCII
  }

  /// Says whether every copied field is tidy ASCII or empty (a quoted line the parser split).
  mutating func markCopiedFieldsTidyASCII(_ tidyASCII: Bool) {
    fieldsAreTidyASCII = tidyASCII
  }

  /// Forgets the record; the buffers are kept for the next.
  mutating func removeAll() {
    byteCount = 0
    fieldCount = 0
    line = nil
    fieldsAreTidyASCII = false
    copiedGap = 0
  }

  /// The record as a row, valid until the buffer is next changed.
  func row(line number: Int, lineCount: Int) -> CSVRow {
    let ends = UnsafeBufferPointer(start: ends, count: fieldCount)
    if let line {
      return CSVRow(
        storage: line.byteView, ends: ends, gap: 1, line: number, lineCount: lineCount,
        fieldsAreTidyASCII: fieldsAreTidyASCII)
    }
    return CSVRow(
      storage: UnsafeBufferPointer(start: bytes.assumingMemoryBound(to: UInt8.self), count: byteCount),
      ends: ends, gap: copiedGap, line: number, lineCount: lineCount, fieldsAreTidyASCII: fieldsAreTidyASCII)
  }

  private mutating func growBytes(to needed: Int) {
    byteCapacity = max(needed, 2 * byteCapacity)
    let larger = UnsafeMutableRawPointer.allocate(byteCount: byteCapacity, alignment: 1)
    larger.copyMemory(from: bytes, byteCount: byteCount)
    bytes.deallocate()
    bytes = larger
  }

  private mutating func growEnds() {
    endCapacity *= 2
    let larger = UnsafeMutablePointer<Int>.allocate(capacity: endCapacity)
    larger.moveInitialize(from: ends, count: fieldCount)
    ends.deallocate()
    ends = larger
  }
}
