import BerdayaModel

/// A batch of registry rows after the work that reads no builder state (`RegistryRowPreparer`):
/// places, sector and source as ids, the registration number and the name key as bytes, and every
/// key's hash. What is left to do with them, `EnterpriseTableBuilder.insert`, is index probes and
/// column appends, with no String to hash or retain and no name to fold.
///
/// A batch is handed from the thread that reads the registry to the one that builds the table,
/// so it holds everything it needs: the keys' bytes live in its own buffer.
struct PreparedRegistryRows: Sendable {
  /// One row; byte ranges index the batch's `bytes`.
  struct Row: Sendable {
    var source: Int32
    var row: Int32
    var registrationNumber: Range<Int32>?
    /// The row's key on name (`ActivityLinker.nameKey`: folded business name, 0x1F, folded
    /// kelurahan); nil when the name leaves nothing to link on.
    var nameKey: Range<Int32>?
    var nib: NIB?
    var nik: NIK?
    /// `KeyIndex.hash32` of the registration number, the name key, the NIB and the NIK (0 where
    /// absent). Measured: hashing them on the inserting thread, twice with the prefetch, was
    /// what it spent most on after the probes themselves.
    var registrationHash: UInt32
    var nameKeyHash: UInt32
    var nibHash: UInt32
    var nikHash: UInt32
    /// Ids into the preparer's places and sectors; -1 unknown.
    var kecamatan: Int32
    var kelurahan: Int32
    var sector: Int32
    var status: BinaanStatus?
    var scale: BusinessScale?
    var gender: Gender?
    var registeredOn: CalendarDate?
    var reRegisteredOn: CalendarDate?
    var monthlyTurnover: Rupiah?

    var position: (source: Int32, row: Int32) { (source, row) }
  }

  private(set) var rows: [Row] = []
  /// The registration numbers', names' and kelurahan's bytes, back to back.
  private(set) var bytes: [UInt8] = []

  init(capacity: Int = 0) { rows.reserveCapacity(capacity) }

  var count: Int { rows.count }

  mutating func append(_ row: Row) { rows.append(row) }

  /// Appends the UTF-8 bytes of `text` to the batch's buffer; their range.
  mutating func appendBytes(of text: String) -> Range<Int32> {
    let start = bytes.count
    bytes.append(contentsOf: text.utf8)
    return range(from: start)
  }

  /// Lets `append` add bytes to the batch's buffer; their range, or nil (and nothing added) when
  /// `append` returns false.
  mutating func appendBytes(_ append: (inout [UInt8]) -> Bool) -> Range<Int32>? {
    let start = bytes.count
    guard append(&bytes) else {
      bytes.removeSubrange(start...)
      return nil
    }
    return range(from: start)
  }

  /// The range of the bytes appended since `start`.
  private func range(from start: Int) -> Range<Int32> {
    precondition(bytes.count <= Int(Int32.max), "a registry batch's text passed 2 GiB")
    return Int32(start)..<Int32(bytes.count)
  }

  /// Calls `body` with the rows and the buffer their byte ranges index.
  func withRows<Result>(_ body: (UnsafeBufferPointer<Row>, UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    rows.withUnsafeBufferPointer { rows in bytes.withUnsafeBufferPointer { body(rows, $0) } }
  }
}

extension UnsafeBufferPointer<UInt8> {
  /// The bytes in `range` of this buffer.
  subscript(keyRange range: Range<Int32>) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(rebasing: self[Int(range.lowerBound)..<Int(range.upperBound)])
  }
}
