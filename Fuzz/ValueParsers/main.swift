// libFuzzer target: the value parsers an office's cells go through (numbers, rupiah, whole
// numbers, dates), on arbitrary text.
//
// Nil is a fine answer. A crash, a hang, or a result that breaks the parsers' own promises
// (a whole number with a fraction, a date that does not exist) is a finding.
@testable import BerdayaImport
import BerdayaModel

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  if let value = NumberParser.parse(text) { precondition(!value.isNaN, "NaN from \(text.debugDescription)") }
  if let rupiah = NumberParser.parseRupiah(text) { precondition(rupiah.magnitude < 9_000_000_000_000_000) }
  if let whole = NumberParser.parseInteger(text) {
    precondition(NumberParser.parse(text) == Double(whole), "\(text.debugDescription) is not the whole number \(whole)")
  }
  if let date = DateParser.parse(text) {
    let (year, month, day) = date.components
    precondition(
      CalendarDate(year: year, month: month, day: day) == date,
      "\(text.debugDescription) gave a date that does not exist: \(date)")
  }
  return 0
}
