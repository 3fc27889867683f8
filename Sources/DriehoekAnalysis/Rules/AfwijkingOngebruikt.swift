public import DriehoekModel

/// SD18 `afwijking-ongebruikt`: a valid accepted risk matches no finding.
///
/// Looks only at afwijkingen that are still valid on the peildatum and whose rule takes part in
/// the analysis. `betreft`: the ids the afwijking names; the location is the afwijking's.
public struct AfwijkingOngebruikt: Rule {
  public let code = "SD18"
  public let slug = "afwijking-ongebruikt"
  public let defaultSeverity = Severity.info
  public let reviewsFindings = true

  /// Creates the rule.
  public init() {}

  public let texts = RuleTexts(
    summary: BilingualText(
      "Een geaccepteerde afwijking past op geen enkele bevinding.",
      "An accepted risk matches no finding."),
    waarom: BilingualText(
      "Ongebruikte onderdrukkingen verbergen later echte problemen of zijn verouderd "
        + "(praktijk van linters).",
      "Unused suppressions hide real problems later or are stale (linter practice)."),
    oplossing: BilingualText(
      "Verwijder de afwijking, of corrigeer de regel en de ids in `betreft`.",
      "Remove the afwijking, or correct its rule and the ids in `betreft`."
    ))

  /// - Complexity: O(*w* · *k*) in afwijkingen and the findings with each one's code and first id.
  public func findings(in context: AnalysisContext) -> [Finding] {
    context.model.afwijkingen.compactMap { afwijking in
      guard context.isValid(afwijking), context.ruleCodes.contains(afwijking.rule),
        context.findings(matching: afwijking).isEmpty
      else { return nil }
      let ids = afwijking.betreft.map(\.rawValue).joined(separator: ", ")
      return finding(
        in: context,
        message: context.text(
          "afwijking voor \(afwijking.rule) [\(ids)] past op geen enkele bevinding",
          "accepted risk for \(afwijking.rule) [\(ids)] matches no finding"),
        betreft: afwijking.betreft, location: afwijking.origin?.location, executor: nil)
    }
  }
}
