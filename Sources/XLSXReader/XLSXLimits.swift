/// Caps that keep a hostile or broken workbook from exhausting memory or time.
public struct XLSXLimits: Sendable {
  /// Total bytes inflated from the whole archive over the workbook's life (default 4 GiB).
  public var maxInflatedBytes: Int
  /// Largest inflated/compressed ratio allowed for one entry (default 1000; deflate itself
  /// cannot exceed about 1032, so only overlapping or nested tricks get past it and the total
  /// cap catches those).
  public var maxInflateRatio: Int
  /// The ratio is only checked once an entry has inflated this many bytes, so that small,
  /// very repetitive parts (an empty sheet is 99% boilerplate) are not refused.
  public var inflateRatioFloorBytes: Int
  /// Most shared strings accepted in `sharedStrings.xml`.
  public var maxSharedStrings: Int
  /// Total UTF-8 bytes of the shared-string table (held in memory for the workbook's life).
  public var maxSharedStringBytes: Int
  /// Most UTF-8 bytes in one cell's text (Excel allows 32,767 UTF-16 units, at most 4 bytes each).
  public var maxCellBytes: Int
  /// Most bytes in one XML token (a tag or the text between two tags).
  public var maxXMLTokenBytes: Int
  /// Columns a sheet may use (Excel: 16,384, column XFD).
  public var maxColumns: Int
  /// Rows a sheet may use (Excel: 1,048,576).
  public var maxRows: Int
  /// Starting size of the XML scan buffer (grows only for a single longer tag); tests set it tiny
  /// to cross every refill boundary.
  public var scanBufferBytes: Int

  /// Makes limits; the defaults accept anything Excel can write.
  public init(
    maxInflatedBytes: Int = 4 << 30,
    maxInflateRatio: Int = 1000,
    inflateRatioFloorBytes: Int = 1 << 20,
    maxSharedStrings: Int = 16_000_000,
    maxSharedStringBytes: Int = 1 << 30,
    maxCellBytes: Int = 32_767 * 4,
    maxXMLTokenBytes: Int = 16 << 20,
    maxColumns: Int = 16_384,
    maxRows: Int = 1_048_576,
    scanBufferBytes: Int = 256 << 10
  ) {
    self.maxInflatedBytes = maxInflatedBytes
    self.maxInflateRatio = maxInflateRatio
    self.inflateRatioFloorBytes = inflateRatioFloorBytes
    self.maxSharedStrings = maxSharedStrings
    self.maxSharedStringBytes = maxSharedStringBytes
    self.maxCellBytes = maxCellBytes
    self.maxXMLTokenBytes = maxXMLTokenBytes
    self.maxColumns = maxColumns
    self.maxRows = maxRows
    self.scanBufferBytes = scanBufferBytes
  }
}
