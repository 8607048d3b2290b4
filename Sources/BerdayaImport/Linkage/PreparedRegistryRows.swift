import BerdayaModel

/// A batch of registry rows after the work that reads no builder state (`RegistryRowPreparer`):
/// sector and source as ids, the registration number, business name and raw places as bytes. What
/// is left to do with them, `EnterpriseTableBuilder.insert`, is the keys' codes and hashes, the
/// place ids and folded kelurahan, the name key from the builder's cache of folded names, index
/// probes and column appends, with no String to hash or retain.
///
/// A batch is handed from the thread that reads the registry to the one that builds the table,
/// so it holds everything it needs: the keys' bytes live in its own buffer.
struct PreparedRegistryRows: Sendable {
  /// One row; byte ranges index the batch's `bytes`.
  struct Row: Sendable {
    var source: Int32
    var row: Int32
    var registrationNumber: Range<Int32>?
    /// The registration number's code (`RegistrationNumberCodes`), nil when it has none (and until
    /// `codeAndHashKeys`).
    var registrationCode: UInt64?
    /// The business name as read (UTF-8), and its kelurahan folded as the name key has it
    /// (`PlaceNameFolder.appendKey`; empty when unknown, nil when there is no business name).
    var businessName: Range<Int32>?
    var kelurahanKey: Range<Int32>?
    var nib: NIB?
    var nik: NIK?
    /// The hashes the indexes place the registration number (`RegistrationIndex.hash32`), the
    /// business name as read (`KeyIndex.hash32`), the NIB and the NIK (`NumberIndex.hash32`) by, 0
    /// where absent: the NIB's and NIK's made as the row is prepared, the others for the whole
    /// batch before it is inserted (`codeAndHashKeys`), so that the prefetches and probes hash
    /// nothing. Measured: they hashed each key twice (prefetch, probe).
    var registrationHash: UInt32
    var businessNameHash: UInt32
    var nibHash: UInt32
    var nikHash: UInt32
    /// Ids into the raw places (`RawPlaceNames`, given by `RawPlaceNames.resolve(in:)`) and the
    /// preparer's sectors; -1 unknown.
    var kecamatan: Int32
    var kelurahan: Int32
    var sector: Int32
    /// `EnterpriseTable.binaan`.
    var binaan: Bool?
    var registeredOn: CalendarDate?
    var reRegisteredOn: CalendarDate?

    var position: (source: Int32, row: Int32) { (source, row) }
  }

  /// A row's raw kecamatan and kelurahan (ranges of `bytes`) and their `KeyIndex.hash32`, kept
  /// until `RawPlaceNames.resolve(in:)` gives the row its place ids and name key part.
  struct PlaceNames: Sendable {
    var kecamatan: Range<Int32>?
    var kelurahan: Range<Int32>?
    var kecamatanHash: UInt32
    var kelurahanHash: UInt32
    /// Whether the row has a business name, so that its name key needs the folded kelurahan.
    var hasBusinessName: Bool
  }

  private(set) var rows: [Row] = []
  /// The registration numbers', names' and kelurahan's bytes, back to back.
  private(set) var bytes: [UInt8] = []
  /// The place names of the last rows appended, whose places are not resolved yet; a batch is
  /// inserted only once this is empty.
  private(set) var unresolvedPlaces: [PlaceNames] = []

  init(capacity: Int = 0) { rows.reserveCapacity(capacity) }

  var count: Int { rows.count }

  /// Appends `row`, whose places `places` names (its ids wait for `RawPlaceNames.resolve(in:)`).
  mutating func append(_ row: Row, places: PlaceNames) {
    rows.append(row)
    unresolvedPlaces.append(places)
  }

  /// Gives the row at `index` its place ids and folded kelurahan for the name key.
  mutating func setPlaces(_ index: Int, kecamatan: Int32, kelurahan: Int32, kelurahanKey: Range<Int32>?) {
    rows[index].kecamatan = kecamatan
    rows[index].kelurahan = kelurahan
    rows[index].kelurahanKey = kelurahanKey
  }

  /// Gives the rows whose places are not resolved yet their registration numbers' codes (`codes`
  /// learns each new pattern, in row order) and their keys' hashes: the registration number's, the
  /// business name's and the raw place names'.
  mutating func codeAndHashKeys(with codes: inout RegistrationNumberCodes) {
    let first = rows.count - unresolvedPlaces.count
    bytes.withUnsafeBufferPointer { bytes in
      rows.withUnsafeMutableBufferPointer { rows in
        unresolvedPlaces.withUnsafeMutableBufferPointer { places in
          for index in places.indices {
            let row = first + index
            if let number = rows[row].registrationNumber {
              let code = codes.code(adding: bytes[keyRange: number])
              rows[row].registrationCode = code
              rows[row].registrationHash = RegistrationIndex.hash32(code: code, bytes: bytes[keyRange: number])
            }
            if let name = rows[row].businessName { rows[row].businessNameHash = KeyIndex.hash32(bytes[keyRange: name]) }
            if let kelurahan = places[index].kelurahan { places[index].kelurahanHash = KeyIndex.hash32(bytes[keyRange: kelurahan]) }
            if let kecamatan = places[index].kecamatan { places[index].kecamatanHash = KeyIndex.hash32(bytes[keyRange: kecamatan]) }
          }
        }
      }
    }
  }

  /// Marks every row's places resolved.
  mutating func removeUnresolvedPlaces() { unresolvedPlaces.removeAll(keepingCapacity: true) }

  /// Empties the batch, keeping its memory for the next rows.
  mutating func removeAll() {
    rows.removeAll(keepingCapacity: true)
    bytes.removeAll(keepingCapacity: true)
    unresolvedPlaces.removeAll(keepingCapacity: true)
  }

  /// Appends the UTF-8 bytes of `text` to the batch's buffer; their range.
  mutating func appendBytes(of text: InlineText) -> Range<Int32> {
    text.withUTF8 { appendBytes(of: $0) }
  }

  /// Appends `folded` to the batch's buffer; its range. (Taken as a buffer: an `ArraySlice` of the
  /// preparer's folded places was retained and released per row, and appended by the generic path.)
  mutating func appendBytes(of folded: UnsafeBufferPointer<UInt8>) -> Range<Int32> {
    let start = bytes.count
    bytes.append(contentsOf: folded)
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
