/// The record being built: its fields' bytes back to back and each field's end offset, in two
/// buffers that grow to the longest record and are reused for every row. A simple line's fields
/// stay where they are instead (`placeFields`): only their ends are kept.
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
      ends: ends, gap: 0, line: number, lineCount: lineCount, fieldsAreTidyASCII: fieldsAreTidyASCII)
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
