internal import CXLSXWriter
import Synchronization

/// The shared, reference-typed half of a ``Workbook``: the C handle, the format cache and the
/// "closed" flag that every borrowed handle checks before it touches C memory.
///
/// `Worksheet`, `Format` and `Chart` keep a strong reference to this object rather than a bare
/// pointer, so a handle that outlives `Workbook.close()` traps with a clear message instead of
/// writing into memory that `workbook_close` has already freed.
final class WorkbookStorage {
  /// Nil once the workbook is closed; `workbook_close` frees it and everything it owns.
  private(set) var workbook: UnsafeMutablePointer<lxw_workbook>?
  /// Formats already created, keyed by their description, so identical requests share one XF.
  var formats: [CellFormat: UnsafeMutablePointer<lxw_format>] = [:]

  /// Where `workbook_close` writes the file.
  let path: String

  init(workbook: UnsafeMutablePointer<lxw_workbook>, path: String) {
    self.workbook = workbook
    self.path = path
  }

  /// The open workbook; using any handle after `close()` is a programmer error.
  var open: UnsafeMutablePointer<lxw_workbook> {
    guard let workbook else {
      preconditionFailure(
        "XLSXWriter: a worksheet, format or chart was used after its workbook was closed")
    }
    return workbook
  }

  var isOpen: Bool { workbook != nil }

  /// Held while a workbook is written: one `workbook_close` at a time in the process.
  /// libxlsxwriter 1.1.4 formats the document's dates (docProps/core.xml, src/core.c) with
  /// `gmtime`, whose result is one static buffer per process: two workbooks closed at once on two
  /// threads may each write the other's date. The command line writes one workbook at a time; the
  /// test suite runs commands side by side in one process, and once (fresh-clone CI, the machine
  /// loaded) compare.xlsx came out different from the same comparison written again; this is the
  /// one process-wide state found on the close path. The race is too narrow to provoke at will:
  /// 64 workbooks closed at once, three times, never showed it.
  private static let closing = Mutex(())

  /// Writes the file and frees the C workbook; later calls do nothing.
  ///
  /// libxlsxwriter: `workbook_close()` "writes the Excel file to disk, frees any memory
  /// allocated internally to the Workbook and frees the object itself". It frees the workbook
  /// even when writing fails, so the pointer is dropped before the result is examined.
  func close() throws(XLSXWriterError) {
    guard let workbook else { return }
    self.workbook = nil
    formats = [:]
    let result = Self.closing.withLock { _ in workbook_close(workbook) }
    guard result == LXW_NO_ERROR else {
      throw XLSXWriterError(code: result, operation: "writing \(path)")
    }
  }
}
