internal import CXLSXWriter

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

  /// Writes the file and frees the C workbook; later calls do nothing.
  ///
  /// libxlsxwriter: `workbook_close()` "writes the Excel file to disk, frees any memory
  /// allocated internally to the Workbook and frees the object itself". It frees the workbook
  /// even when writing fails, so the pointer is dropped before the result is examined.
  func close() throws(XLSXWriterError) {
    guard let workbook else { return }
    self.workbook = nil
    formats = [:]
    let result = workbook_close(workbook)
    guard result == LXW_NO_ERROR else {
      throw XLSXWriterError(code: result, operation: "writing \(path)")
    }
  }
}
