import Foundation

/// A first-in, first-out hand-off from one thread to another that holds at most `capacity`
/// elements: `put` waits while it is full and `take` while it is empty, so a producer that runs
/// ahead is held back instead of buffering without bound.
final class BoundedQueue<Element>: @unchecked Sendable {
  private let condition = NSCondition()
  private var elements: [Element] = []
  private var closed = false
  private let capacity: Int

  init(capacity: Int) {
    precondition(capacity > 0, "a bounded queue holds at least one element")
    self.capacity = capacity
  }

  /// Adds `element` at the end, waiting while the queue is full.
  func put(_ element: Element) {
    condition.lock()
    defer { condition.unlock() }
    precondition(!closed, "put on a closed queue")
    while elements.count >= capacity { condition.wait() }
    elements.append(element)
    condition.broadcast()
  }

  /// Ends the stream: once the elements already put are taken, `take` returns nil.
  func close() {
    condition.lock()
    defer { condition.unlock() }
    closed = true
    condition.broadcast()
  }

  /// The first element, waiting while the queue is empty and open; nil once it is closed and empty.
  func take() -> Element? {
    condition.lock()
    defer { condition.unlock() }
    while elements.isEmpty && !closed { condition.wait() }
    guard !elements.isEmpty else { return nil }
    condition.broadcast()
    return elements.removeFirst()
  }
}
