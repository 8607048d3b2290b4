import Foundation

/// Runs numbered pieces of work at the same time: piece 0 on the calling thread, each other piece
/// on a thread of its own (so every piece runs, however many cores there are), and returns when all
/// have finished.
public enum ConcurrentParts {
  public static func run(count: Int, _ body: @escaping (Int) -> Void) {
    guard count > 1 else {
      if count == 1 { body(0) }
      return
    }
    let work = Work(body)
    let done = DispatchSemaphore(value: 0)
    for index in 1..<count {
      let thread = Thread {
        work.body(index)
        done.signal()
      }
      // The importer's call depth is shallow, but the default secondary stack is small on Linux.
      thread.stackSize = 8 << 20
      thread.start()
    }
    body(0)
    for _ in 1..<count { done.wait() }
  }

  /// The body handed to other threads; each piece touches only its own state until the join.
  private final class Work: @unchecked Sendable {
    let body: (Int) -> Void
    init(_ body: @escaping (Int) -> Void) { self.body = body }
  }
}
