/// How a ``Workbook`` is created: document properties and a fixed creation time.
///
/// Constant-memory mode is always off: it forbids random access ("data should be written in
/// sequential row by row order", and no `worksheet_merge_range()`), which formats, merged
/// headers and charts over earlier rows need.
public struct WorkbookOptions: Hashable, Sendable {
  /// Title, author and the other fields of `docProps/core.xml`.
  public var properties: DocumentProperties

  /// The creation time written to `docProps/core.xml`, in seconds since 1970-01-01 UTC.
  ///
  /// libxlsxwriter: "This defaults to the current time and date if set to 0. If you wish to
  /// create files that are binary equivalent (for the same input data) then you should set
  /// this creation date/time to a known value." Nil (or 0) means "now"; set it for
  /// byte-identical output.
  public var createdSecondsSince1970: Int64?

  public init(
    properties: DocumentProperties = DocumentProperties(), createdSecondsSince1970: Int64? = nil
  ) {
    self.properties = properties
    self.createdSecondsSince1970 = createdSecondsSince1970
  }
}
