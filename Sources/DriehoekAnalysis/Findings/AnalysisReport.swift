public import DriehoekModel

/// The outcome of analysing one model on one peildatum.
public struct AnalysisReport: Sendable {
  /// The model's name.
  public var model: String
  /// The day the analysis looked at.
  public var peildatum: Day
  /// The language of the texts in the findings.
  public var language: Language
  /// Every finding, open and accepted, in report order.
  public var findings: [Finding]
  /// The rules that ran, in catalogue order.
  public var rules: [RuleDescription]
  /// The triangle of every executor valid on the peildatum, by executor id.
  public var triangles: [Triangle]
  /// The name and kind of the ids the findings and triangles mention (for a report from
  /// ``Analyzer``: of every element of the model).
  public var elements: ElementDirectory

  /// Creates a report.
  public init(
    model: String, peildatum: Day, language: Language = .nl, findings: [Finding],
    rules: [RuleDescription] = [], triangles: [Triangle] = [], elements: ElementDirectory
  ) {
    self.model = model
    self.peildatum = peildatum
    self.language = language
    self.findings = findings
    self.rules = rules
    self.triangles = triangles
    self.elements = elements
  }

  /// Creates a report with the names and kinds of the ids it mentions.
  public init(
    model: String, peildatum: Day, language: Language = .nl, findings: [Finding],
    rules: [RuleDescription] = [], triangles: [Triangle] = [],
    elements: [ElementID: ElementSummary] = [:]
  ) {
    self.init(
      model: model, peildatum: peildatum, language: language, findings: findings, rules: rules,
      triangles: triangles, elements: ElementDirectory(elements))
  }

  /// The findings not covered by a valid accepted risk.
  public var openFindings: [Finding] { findings.filter(\.isOpen) }

  /// The findings covered by a valid accepted risk.
  public var acceptedFindings: [Finding] { findings.filter { !$0.isOpen } }

  /// The counts of the findings.
  public var summary: FindingSummary { FindingSummary(findings) }

  /// The most serious severity among the open findings, or `nil` when none is open.
  public var highestOpenSeverity: Severity? { openFindings.map(\.severity).max() }

  /// `"Name (id)"`, or the id alone when the element is unknown or named by its id.
  public func label(_ id: ElementID) -> String {
    guard let name = elements[id]?.name, name != id.rawValue else { return id.rawValue }
    return "\(name) (\(id.rawValue))"
  }

  /// The report restricted to findings of the given rule codes (all when `codes` is empty).
  public func filtered(codes: Set<String>) -> AnalysisReport {
    guard !codes.isEmpty else { return self }
    var copy = self
    copy.findings = findings.filter { codes.contains($0.code) }
    copy.rules = rules.filter { codes.contains($0.code) }
    return copy
  }
}
