/// Settings for ``Model/validate(options:)``.
public struct ValidationOptions: Hashable, Sendable {
  /// The rule codes an accepted risk may name; `nil` accepts any code of the form `SDnn`.
  public var knownRuleCodes: Set<String>?

  /// Creates options.
  public init(knownRuleCodes: Set<String>? = nil) {
    self.knownRuleCodes = knownRuleCodes
  }
}
