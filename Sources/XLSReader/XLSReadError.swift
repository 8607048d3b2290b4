/// Why a legacy .xls workbook could not be read: libfreexl's code and our context.
public struct XLSReadError: Error, Hashable, Sendable, CustomStringConvertible {
  public var code: Int32
  public var message: String

  public init(code: Int32, message: String) {
    self.code = code
    self.message = message
  }

  public var description: String { "freexl error \(code): \(message)" }
}
