import Foundation

/// A value computed on first use, at most once, safely from any thread.
///
/// `@unchecked Sendable` because the one mutable field is only touched under `lock`. NSLock rather
/// than `Synchronization.Mutex`, which needs macOS 15 while the package supports macOS 13.
final class LazyValue<Value: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var value: Value?
  private let make: @Sendable () -> Value

  init(_ make: @escaping @Sendable () -> Value) {
    self.make = make
  }

  var wrappedValue: Value {
    lock.lock()
    defer { lock.unlock() }
    if let value { return value }
    let made = make()
    value = made
    return made
  }
}
