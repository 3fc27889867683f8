import Dispatch

/// Two independent pieces of loading work run at the same time, on two cores when there are.
///
/// Each piece writes only its own result, and every piece has finished when `run` returns, so
/// what comes out does not depend on how the pieces were scheduled: the loader's result and its
/// diagnostics are the same as when the pieces run one after the other.
enum SideBySide {
  /// The results of `first()` and `second()`, computed concurrently.
  /// - Complexity: the work of the slower piece, when a second core is free.
  static func run<First: Sendable, Second: Sendable>(
    _ first: @Sendable () -> First, _ second: @Sendable () -> Second
  ) -> (First, Second) {
    let results = Results<First, Second>()
    DispatchQueue.concurrentPerform(iterations: 2) { piece in
      if piece == 0 { results.first = first() } else { results.second = second() }
    }
    // `concurrentPerform` returns only after every piece ran, so every result is set.
    guard let one = results.first, let two = results.second else { return (first(), second()) }
    return (one, two)
  }

  /// The results; each is written by one piece only, and read after every piece finished.
  private final class Results<First: Sendable, Second: Sendable>: @unchecked Sendable {
    var first: First?
    var second: Second?
  }
}
