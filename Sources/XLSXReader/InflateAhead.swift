#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Inflates a zip entry on a second thread, a few fixed buffers ahead of the XML scan.
///
/// Why: inflating a big sheet is about a fifth of reading it (zlib, 460 MB/s of XML per core, see
/// shared/bench/LIMITS.md), and it needs nothing from the scan, so on a second core it costs the
/// reader no time. The hand-over is a ring of fixed buffers allocated once, a mutex and a condition:
/// no allocation, no reference counting and no Strings cross the threads. The bytes and their order
/// are exactly those of the entry, and errors (caps, CRC, corrupt data) reach the reader after the
/// last good byte, so the scan's results do not depend on the thread.
final class InflateAhead: PartByteSource {
  let part: String
  private let ring: Ring
  private var thread: pthread_t
  /// The slot being read and how far; `holding` is false until the reader has taken a slot.
  private var slot = 0
  private var offset = 0
  private var holding = false

  /// Starts inflating `stream` on a new thread; nil when no thread can be started (under a tight
  /// `ulimit -v`, say), and the caller then reads the stream on its own thread.
  init?(_ stream: ZipEntryStream) {
    part = stream.part
    ring = Ring(stream)
    let context = Unmanaged.passRetained(ring)
    // zlib and the ring's bookkeeping need little stack: 1 MiB instead of the default 8 MiB keeps
    // the second thread cheap in address space.
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    defer { pthread_attr_destroy(&attributes) }
    pthread_attr_setstacksize(&attributes, 1 << 20)
    var started = pthread_t()
    let status = pthread_create(
      &started, &attributes,
      { raw in
        guard let raw else { return nil }
        // The thread holds the ring's one extra reference and gives it back when it ends.
        let ring = Unmanaged<Ring>.fromOpaque(raw).takeRetainedValue()
        ring.produce()
        return nil
      }, context.toOpaque())
    guard status == 0 else {
      context.release()
      return nil
    }
    thread = started
  }

  deinit {
    // A reader that stops early (an error in a row, or no use for the rest) stops the producer too.
    ring.cancel()
    pthread_join(thread, nil)
  }

  func read(into buffer: UnsafeMutablePointer<UInt8>, capacity: Int) throws(XLSXReadError) -> Int {
    if !holding {
      guard try ring.take() else { return 0 }
      holding = true
      offset = 0
    }
    let length = ring.lengths[slot]
    let n = min(capacity, length - offset)
    buffer.update(from: ring.buffer(slot) + offset, count: n)
    offset += n
    if offset == length {
      ring.give()
      holding = false
      slot = (slot + 1) % Ring.slotCount
    }
    return n
  }

  /// The state both threads share; every field after `init` is read or written under `mutex`,
  /// except a slot's bytes and length, which belong to whichever side the counts give them to.
  private final class Ring: @unchecked Sendable {
    static let slotCount = 4
    static let slotCapacity = 256 << 10
    private let stream: ZipEntryStream
    private let storage: UnsafeMutablePointer<UInt8>
    let lengths: UnsafeMutablePointer<Int>
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private let changed: UnsafeMutablePointer<pthread_cond_t>
    /// Slots inflated and not yet given back by the reader.
    private var filled = 0
    private var finished = false
    private var cancelled = false
    private var failure: XLSXReadError?

    init(_ stream: ZipEntryStream) {
      self.stream = stream
      storage = .allocate(capacity: Self.slotCount * Self.slotCapacity)
      lengths = .allocate(capacity: Self.slotCount)
      lengths.initialize(repeating: 0, count: Self.slotCount)
      mutex = .allocate(capacity: 1)
      changed = .allocate(capacity: 1)
      pthread_mutex_init(mutex, nil)
      pthread_cond_init(changed, nil)
    }

    deinit {
      pthread_cond_destroy(changed)
      pthread_mutex_destroy(mutex)
      changed.deallocate()
      mutex.deallocate()
      lengths.deallocate()
      storage.deallocate()
    }

    func buffer(_ slot: Int) -> UnsafeMutablePointer<UInt8> { storage + slot * Self.slotCapacity }

    /// The producer: inflates into the free slots in turn until the entry ends, fails or is cancelled.
    func produce() {
      var slot = 0
      while true {
        pthread_mutex_lock(mutex)
        while filled == Self.slotCount && !cancelled { pthread_cond_wait(changed, mutex) }
        let stop = cancelled
        pthread_mutex_unlock(mutex)
        if stop { return }
        var n = 0
        var error: XLSXReadError?
        do throws(XLSXReadError) {
          n = try stream.read(into: buffer(slot), capacity: Self.slotCapacity)
        } catch let thrown { error = thrown }
        lengths[slot] = n
        pthread_mutex_lock(mutex)
        if let error { failure = error }
        if n > 0 { filled += 1 } else { finished = true }
        pthread_cond_broadcast(changed)
        pthread_mutex_unlock(mutex)
        if n == 0 { return }
        slot = (slot + 1) % Self.slotCount
      }
    }

    /// Waits for the next slot; false at the end of the entry, and the producer's error after
    /// the last slot it filled.
    func take() throws(XLSXReadError) -> Bool {
      pthread_mutex_lock(mutex)
      while filled == 0 && !finished { pthread_cond_wait(changed, mutex) }
      let available = filled > 0
      let error = failure
      pthread_mutex_unlock(mutex)
      if available { return true }
      if let error { throw error }
      return false
    }

    /// Hands the slot just read back to the producer.
    func give() {
      pthread_mutex_lock(mutex)
      filled -= 1
      pthread_cond_broadcast(changed)
      pthread_mutex_unlock(mutex)
    }

    func cancel() {
      pthread_mutex_lock(mutex)
      cancelled = true
      pthread_cond_broadcast(changed)
      pthread_mutex_unlock(mutex)
    }
  }
}
