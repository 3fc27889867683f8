public import DriehoekModel

/// A rule's fixed texts in one language, for reports that list the catalogue (SARIF).
public struct RuleDescription: Hashable, Sendable {
  /// The rule code, such as `SD01`.
  public var code: String
  /// The rule slug.
  public var slug: String
  /// The default severity.
  public var defaultSeverity: Severity
  /// A one-line description of when the rule fires.
  public var summary: String
  /// Why the rule matters.
  public var waarom: String
  /// How to resolve a finding.
  public var oplossing: String

  /// Creates a description.
  public init(
    code: String, slug: String, defaultSeverity: Severity, summary: String, waarom: String,
    oplossing: String
  ) {
    self.code = code
    self.slug = slug
    self.defaultSeverity = defaultSeverity
    self.summary = summary
    self.waarom = waarom
    self.oplossing = oplossing
  }
}
