public import DriehoekModel

/// A discussion question on the back of a card: an open finding turned into a question for the
/// meeting (``KaartVraag/init(finding:index:language:)`` holds the template of each rule).
public struct KaartVraag: Hashable, Sendable {
  /// The rule code, such as `SD12`.
  public var code: String
  /// The rule slug.
  public var slug: String
  /// The severity of the finding.
  public var severity: Severity
  /// The question.
  public var text: String
  /// The direction of a solution, from the rule's hint (`oplossing`).
  public var hint: String
  /// Whether the rule has a template of its own; `false` for the generic question of a rule
  /// this version does not know.
  public var hasTemplate: Bool

  /// Creates a question.
  public init(
    code: String, slug: String, severity: Severity, text: String, hint: String,
    hasTemplate: Bool
  ) {
    self.code = code
    self.slug = slug
    self.severity = severity
    self.text = text
    self.hint = hint
    self.hasTemplate = hasTemplate
  }
}
