import Dispatch

/// Independent pieces of work run on the available cores, with their results in a fixed order.
///
/// The analysis uses it to run the rules side by side and to build the parts of the context that
/// do not depend on each other; the loader to parse and read a large file in two halves; the
/// check writers to make a batch of findings in two halves. Each piece writes only its own slot, and
/// `DispatchQueue.concurrentPerform` returns only after every piece has finished, so the results
/// need no lock and come out in the same order on every run: the output of the analysis does not
/// depend on how the work was scheduled.
public enum ConcurrentWork {
  /// The results of `body(0)`, `body(1)`, … `body(count - 1)`, computed concurrently.
  /// - Complexity: the work of the slowest piece, when there are enough cores.
  public static func map<Result: Sendable>(
    count: Int, _ body: @Sendable (Int) -> Result
  ) -> [Result] {
    guard count > 1 else { return (0..<count).map(body) }
    let slots = Slots<Result>(count: count)
    // Task-local values do not cross into Dispatch's threads: the index-build observer of the
    // caller (tests only) is bound again in each piece.
    let observer = ModelIndex.buildObserver
    DispatchQueue.concurrentPerform(iterations: count) { position in
      ModelIndex.$buildObserver.withValue(observer) {
        slots.store(body(position), at: position)
      }
    }
    return slots.results()
  }

  /// One slot per piece of work; each piece writes only its own slot, exactly once, and the
  /// results are read after `concurrentPerform` has returned.
  private final class Slots<Result: Sendable>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<Result?>

    init(count: Int) {
      buffer = .allocate(capacity: count)
      buffer.initialize(repeating: nil)
    }

    deinit {
      buffer.deinitialize()
      buffer.deallocate()
    }

    func store(_ result: Result, at position: Int) {
      buffer[position] = result
    }

    /// Every stored result in slot order (every slot is filled once `concurrentPerform` has
    /// returned).
    func results() -> [Result] {
      buffer.compactMap { $0 }
    }
  }
}
