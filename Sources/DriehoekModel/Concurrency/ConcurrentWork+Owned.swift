extension ConcurrentWork {
  /// The results of `body(0, inputs[0])`, … `body(count - 1, inputs[count - 1])`, computed
  /// concurrently, each piece owning its input.
  ///
  /// Like ``map(count:_:)``, with each input handed to its piece rather than shared: when the
  /// caller holds no other reference to an input, what its piece does not keep is released on
  /// that piece's thread as the piece ends, not by the caller afterwards (the loader lets go
  /// of a large parse tree this way, half on each core).
  /// - Complexity: the work of the slowest piece, when there are enough cores.
  public static func map<Input: Sendable, Result: Sendable>(
    owning inputs: consuming [Input], _ body: @Sendable (Int, consuming Input) -> Result
  ) -> [Result] {
    let handoff = Handoff(inputs)
    let count = handoff.count
    return map(count: count) { position in body(position, handoff.take(at: position)) }
  }

  /// The inputs of the pieces; each piece takes only its own, exactly once.
  private final class Handoff<Input: Sendable>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<Input>
    let count: Int

    init(_ inputs: consuming [Input]) {
      count = inputs.count
      buffer = .allocate(capacity: inputs.count)
      _ = buffer.initialize(fromContentsOf: inputs)
    }

    /// Moves the input out of its slot, which the piece then owns.
    func take(at position: Int) -> Input {
      buffer.moveElement(from: position)
    }

    deinit {
      // Every slot was moved out by its piece (`concurrentPerform` runs every piece).
      buffer.deallocate()
    }
  }
}
