extension Array {
  /// The same elements in a buffer without spare capacity.
  ///
  /// An array grown by appending keeps up to twice the room it needs. The parse tree and the
  /// origins of a large model hold hundreds of thousands of small arrays, so those kept for
  /// long are copied to their size once (a 10,000-executor model: tens of megabytes less).
  @inlinable package func compacted() -> [Element] {
    guard capacity > count else { return self }
    return [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
      initialized = buffer.initialize(fromContentsOf: self)
    }
  }
}
