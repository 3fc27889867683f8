public import DriehoekModel

/// The name and kind of a model element, as reports print it.
public struct ElementSummary: Hashable, Sendable {
  /// The display name.
  public var name: String
  /// What the id names, or `nil` when it names nothing in the model.
  public var kind: ElementKind?

  /// Creates a summary.
  public init(name: String, kind: ElementKind?) {
    self.name = name
    self.kind = kind
  }
}
