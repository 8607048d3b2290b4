import BerdayaModel
import CSVStream
import Foundation

extension FileImporter {
  /// Imports a registry file into `builder` on two threads: the calling thread reads and decodes
  /// the rows and prepares them (`RegistryRowPreparer`), another inserts them into the table in
  /// file order. Batches of `batchRows` rows pass between the two, at most `batchesInFlight` at a
  /// time, so memory does not grow with the file.
  ///
  /// The table, duplicates, summary and errors are those of `importRegistry(_:sink:)` adding each
  /// record with `builder.add`: an error thrown while reading is thrown here once the rows read
  /// before it are in the table.
  public func importRegistry(
    _ input: InputFile, into builder: EnterpriseTableBuilder, batchRows: Int = 2048, batchesInFlight: Int = 3
  ) throws -> FileImportSummary {
    precondition(batchRows > 0, "a registry batch holds at least one row")
    let queue = BoundedQueue<PreparedRegistryRows>(capacity: batchesInFlight)
    // Inserted batches go back to the reading thread, which refills them: measured at size L
    // (1M rows), a new batch per 2,048 rows spent 9% of the reading thread in page faults on
    // fresh batch memory and 5% of the inserting thread freeing it. Every batch there is fits in
    // `spent` (one filling, `batchesInFlight` queued, one inserting), so `put` on it never waits.
    let batches = batchesInFlight + 2
    let spent = BoundedQueue<PreparedRegistryRows>(capacity: batches)
    for _ in 0..<batches - 1 { spent.put(PreparedRegistryRows(capacity: batchRows)) }
    if let rows = estimatedRows(input) { builder.reserveCapacity(rows: rows) }
    let outcome = RegistryReadOutcome()
    ConcurrentParts.run(count: 2) { part in
      guard part == 0 else {
        while var batch = queue.take() {
          builder.insert(&batch)
          spent.put(batch)
        }
        return
      }
      // Closed however the read ends, so that the inserting thread always finishes.
      defer { queue.close() }
      var batch = PreparedRegistryRows(capacity: batchRows)
      // One record for every row, prepared where it is decoded (`RowDecoder.registry(_:into:)`).
      var record = RegistryRecord(location: SourceLocation(file: input.path, row: 0))
      do {
        outcome.summary = try builder.withPreparer { preparer in
          try read(input) { decoder, fields in
            if let quarantine = decoder.registry(&fields, into: &record) { return (false, fields.issues + [quarantine]) }
            Self.prepare(&record, with: &preparer, into: &batch)
            if batch.count == batchRows {
              queue.put(batch)
              // Never nil: `spent` is not closed, and waits for the inserting thread when empty.
              batch = spent.take() ?? PreparedRegistryRows(capacity: batchRows)
              batch.removeAll()
            }
            return (true, fields.issues)
          }
        }
      } catch {
        outcome.error = error
      }
      // After an error too: a one-thread import has added the rows read before it.
      if batch.count > 0 { queue.put(batch) }
    }
    if let error = outcome.error { throw error }
    guard let summary = outcome.summary else { preconditionFailure("\(input.path): the registry read ended without a summary") }
    return summary
  }
}

extension FileImporter {
  /// `preparer.prepare(record, into: &batch)` without copying the record. Borrowed straight from
  /// the variable the row closure captures, the record was copied and destroyed per row (the
  /// closure's captures may alias); an `inout` parameter cannot, so it is lent as it is. Measured at
  /// size L (the reading thread is the registry's critical path): `validate --registry` 1.81 -> 1.75
  /// CPU s, 1.29 -> 1.22 s wall (min of 5, alternating).
  private static func prepare(
    _ record: inout RegistryRecord, with preparer: inout RegistryRowPreparer, into batch: inout PreparedRegistryRows
  ) {
    preparer.prepare(record, into: &batch)
  }

  /// About how many rows a CSV file holds: its size over the mean length of the lines in its first
  /// MiB; nil for a workbook, or a file that cannot be read (the import says why).
  func estimatedRows(_ input: InputFile) -> Int? {
    guard input.format == .csv, let size = (try? FileManager.default.attributesOfItem(atPath: input.path))?[.size] as? Int,
      size > 0
    else { return nil }
    let sample = min(size, 1 << 20)
    guard let lines = try? CSVFileReader.lineBreaks(in: 0..<sample, path: input.path) else { return nil }
    return size / max(1, sample / max(1, lines))
  }
}

/// What the reading thread of a pipelined registry import ends with, read after the join.
private final class RegistryReadOutcome {
  var summary: FileImportSummary?
  var error: (any Error)?
}
