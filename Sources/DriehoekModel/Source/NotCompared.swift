/// A stored property that does not count when values are compared or hashed.
///
/// The model's elements mark their ``Origin`` with it: where an element was written is kept, but
/// two elements that differ only in it are equal, so the elements' `==` and `hash(into:)` are
/// the ones Swift derives from their content, with no hand-written list of fields to keep in
/// step with the properties.
@propertyWrapper
public struct NotCompared<Value: Sendable>: Hashable, Sendable {
  /// The value, which is kept but not compared.
  public var wrappedValue: Value

  /// Wraps a value.
  public init(wrappedValue: Value) {
    self.wrappedValue = wrappedValue
  }

  /// Always `true`: the wrapped value does not count.
  public static func == (lhs: Self, rhs: Self) -> Bool { true }

  /// Hashes nothing, consistent with ``==(_:_:)``.
  public func hash(into hasher: inout Hasher) {}
}
