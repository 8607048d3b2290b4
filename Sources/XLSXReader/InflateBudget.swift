/// The workbook-wide count of inflated bytes, shared by every entry stream, so that many
/// modest entries (or one entry read many times) cannot add up to a bomb.
final class InflateBudget {
  let limit: Int
  private(set) var used = 0

  init(limit: Int) { self.limit = limit }

  func spend(_ bytes: Int, part: String) throws(XLSXReadError) {
    used += bytes
    if used > limit {
      throw XLSXReadError(
        .zipBomb, "zip bomb: more than \(limit) bytes inflated from this workbook", part: part)
    }
  }
}
