/// Where a model element was written: its own location and that of each of its values.
///
/// An origin is not part of a model's value: two elements that differ only in where they were
/// written are equal, so a model loaded from YAML equals the same model loaded from JSON or built
/// in code. Elements built in code have no origin.
public struct Origin: Hashable, Sendable {
  /// The location of the element itself (its first key, or the `-` of a list item).
  public var location: SourceLocation
  /// The location of each value, by key (`houder`), or by key and index (`partijen.1`).
  public var fields: [String: SourceLocation]

  /// Creates an origin.
  public init(location: SourceLocation, fields: [String: SourceLocation] = [:]) {
    self.location = location
    self.fields = fields
  }

  /// The location of a value, or the element's own location when the value has none.
  public func location(of field: String) -> SourceLocation { fields[field] ?? location }

  /// Always `true`: origins never make two elements different.
  public static func == (lhs: Origin, rhs: Origin) -> Bool { true }

  /// Adds nothing to the hash, consistent with ``==(_:_:)``.
  public func hash(into hasher: inout Hasher) {}
}
