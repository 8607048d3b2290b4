#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The workbook-wide count of inflated bytes, shared by every entry stream, so that many
/// modest entries (or one entry read many times) cannot add up to a bomb.
///
/// Locked because a sheet's rows are inflated on a second thread (`InflateAhead`) while the
/// reader's thread may open other parts of the same workbook. A pthread mutex rather than
/// `Synchronization.Atomic`, which needs macOS 15 where the package declares 13; it is taken once
/// per read (up to 256 KiB of a sheet), so its cost does not show.
final class InflateBudget: @unchecked Sendable {
  let limit: Int
  private var used = 0
  private let mutex: UnsafeMutablePointer<pthread_mutex_t>

  init(limit: Int) {
    self.limit = limit
    mutex = .allocate(capacity: 1)
    pthread_mutex_init(mutex, nil)
  }

  deinit {
    pthread_mutex_destroy(mutex)
    mutex.deallocate()
  }

  func spend(_ bytes: Int, part: String) throws(XLSXReadError) {
    pthread_mutex_lock(mutex)
    used += bytes
    let total = used
    pthread_mutex_unlock(mutex)
    if total > limit {
      throw XLSXReadError(
        .zipBomb, "zip bomb: more than \(limit) bytes inflated from this workbook", part: part)
    }
  }
}
