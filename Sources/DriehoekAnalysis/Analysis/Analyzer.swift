public import DriehoekModel

/// Runs the rule catalogue over a model on a peildatum and applies the accepted risks.
///
/// ```swift
/// let report = Analyzer().analyse(model, peildatum: Day(iso: "2026-01-01")!)
/// for finding in report.openFindings { … }
/// ```
public struct Analyzer: Sendable {
  /// The rules that run, in catalogue order.
  public var rules: [any Rule]

  /// Creates an analyser with the given rules (the whole catalogue by default).
  public init(rules: [any Rule] = RuleCatalogue.all) {
    self.rules = rules
  }

  /// Analyses a model on a peildatum.
  ///
  /// First every rule that looks at the model runs; then each finding whose code and `betreft`
  /// match a valid accepted risk is marked accepted; then the rules that review findings (SD17,
  /// SD18) run. The findings come out in ``Finding/reportOrder(_:_:)``.
  /// - Parameters:
  ///   - model: The model.
  ///   - peildatum: The day the analysis looks at.
  ///   - language: The language of the messages, reasons and hints.
  /// - Returns: The report.
  /// - Complexity: O(*r* · *n*²) in the number of rules *r* and model elements *n* at worst; the
  ///   capacity sweep is O(*n* log *n*) per executor.
  public func analyse(_ model: Model, peildatum: Day, language: Language = .nl)
    -> AnalysisReport
  {
    let codes = Set(rules.map(\.code))
    let context = AnalysisContext(
      model: model, peildatum: peildatum, language: language, ruleCodes: codes)
    let modelFindings = rules.filter { !$0.reviewsFindings }
      .flatMap { $0.findings(in: context) }
      .map { context.applyingAcceptance(to: $0) }
    let reviewing = context.reviewing(modelFindings)
    let reviewFindings = rules.filter(\.reviewsFindings).flatMap { $0.findings(in: reviewing) }
    let findings = (modelFindings + reviewFindings).sorted(by: Finding.reportOrder)
    let triangles = context.triangles
    return AnalysisReport(
      model: model.name, peildatum: peildatum, language: language, findings: findings,
      rules: rules.map { $0.description(in: language) }, triangles: triangles,
      elements: context.summaries(findings: findings, triangles: triangles))
  }
}
