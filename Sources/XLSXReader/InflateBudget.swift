import Synchronization

/// The workbook-wide count of inflated bytes, shared by every entry stream, so that many
/// modest entries (or one entry read many times) cannot add up to a bomb.
///
/// Atomic because a sheet's rows are inflated on a second thread (`InflateAhead`) while the
/// reader's thread may open other parts of the same workbook.
final class InflateBudget: Sendable {
  let limit: Int
  private let used = Atomic<Int>(0)

  init(limit: Int) { self.limit = limit }

  func spend(_ bytes: Int, part: String) throws(XLSXReadError) {
    let total = used.add(bytes, ordering: .relaxed).newValue
    if total > limit {
      throw XLSXReadError(
        .zipBomb, "zip bomb: more than \(limit) bytes inflated from this workbook", part: part)
    }
  }
}
