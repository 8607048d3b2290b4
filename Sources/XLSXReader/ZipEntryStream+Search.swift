#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

extension ZipEntryStream {
  /// True when the inflated entry holds `needle` anywhere; reads the entry to its end (caps and
  /// CRC checked as ever) when it does not.
  ///
  /// A byte search with no XML tokenising: it answers "can this sheet have merged cells?" for a
  /// fraction of a full scan's cost.
  func contains(_ needle: StaticString) throws(XLSXReadError) -> Bool {
    let count = needle.utf8CodeUnitCount
    precondition(count > 1, "the needle must be at least two bytes")
    let chunk = 256 << 10
    let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: chunk + count)
    defer { buffer.deallocate() }
    let first = Int32(needle.utf8Start[0])
    // The last `count - 1` bytes of each chunk are carried to the front of the next, so a match
    // across the boundary is found; they cannot hold a whole match, so none is found twice.
    var carried = 0
    while true {
      let n = try read(into: buffer + carried, capacity: chunk)
      if n == 0 { return false }
      let end = carried + n
      var i = 0
      while i + count <= end, let hit = memchr(buffer + i, first, end - count + 1 - i) {
        let at = UnsafeMutableRawPointer(hit).assumingMemoryBound(to: UInt8.self)
        if memcmp(at, needle.utf8Start, count) == 0 { return true }
        i = at - buffer + 1
      }
      carried = min(count - 1, end)
      memmove(buffer, buffer + end - carried, carried)
    }
  }
}
