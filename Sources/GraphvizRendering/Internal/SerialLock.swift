#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A value behind a pthread mutex.
///
/// Used instead of `Synchronization.Mutex` for the Graphviz contexts: on Linux `Mutex` locks
/// with futexes and atomics inside the (uninstrumented) standard library, so ThreadSanitizer
/// cannot see it order the accesses it guards and reports them as races. It does see
/// `pthread_mutex_lock`, so `swift test --sanitize=thread` checks what it should
/// (docs/fuzzing.md).
final class SerialLock<State: ~Copyable>: @unchecked Sendable {
  private let mutex: UnsafeMutablePointer<pthread_mutex_t>
  private var state: State

  init(_ state: consuming State) {
    self.state = state
    mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    mutex.initialize(to: pthread_mutex_t())
    pthread_mutex_init(mutex, nil)
  }

  deinit {
    pthread_mutex_destroy(mutex)
    mutex.deallocate()
  }

  /// Runs `body` with the state while holding the lock.
  func withLock<Result>(_ body: (inout State) -> Result) -> Result {
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    return body(&state)
  }
}
