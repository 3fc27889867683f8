public import DriehoekModel

/// SD17 `afwijking-verlopen`: an accepted risk has passed its `tot` date.
///
/// Fires for every afwijking whose `tot` lies before the peildatum, whether or not it still
/// matches a finding; a matching finding is open again. `betreft`: the ids the afwijking names;
/// the location is the afwijking's.
public struct AfwijkingVerlopen: Rule {
  public let code = "SD17"
  public let slug = "afwijking-verlopen"
  public let defaultSeverity = Severity.waarschuwing
  public let reviewsFindings = true

  /// Creates the rule.
  public init() {}

  public let texts = RuleTexts(
    summary: BilingualText(
      "Een geaccepteerde afwijking is verlopen.",
      "An accepted risk has expired."),
    waarom: BilingualText(
      "Mitigaties verlopen en moeten opnieuw worden beoordeeld (praktijk van "
        + "functiescheiding); de bevinding telt weer mee.",
      "Mitigations expire and must be re-assessed (segregation-of-duties practice); the finding "
        + "counts again."),
    oplossing: BilingualText(
      "Los de bevinding op, of beoordeel het risico opnieuw en geef de afwijking een nieuwe "
        + "`tot`-datum.",
      "Resolve the finding, or re-assess the risk and give the afwijking a new `tot` date."
    ))

  /// - Complexity: O(*w* · *k*) in afwijkingen and the findings with each one's code and first id.
  public func findings(in context: AnalysisContext) -> [Finding] {
    context.model.afwijkingen.compactMap { afwijking in
      guard let until = afwijking.until, until < context.peildatum else { return nil }
      let reopened = context.findings(matching: afwijking).count
      let ids = afwijking.betreft.map(\.rawValue).joined(separator: ", ")
      return finding(
        in: context,
        message: context.text(
          "afwijking voor \(afwijking.rule) [\(ids)] van "
            + "\(context.label(afwijking.verantwoordelijke)) is verlopen op \(until); "
            + "\(reopened) bevinding(en) weer open",
          "accepted risk for \(afwijking.rule) [\(ids)] of "
            + "\(context.label(afwijking.verantwoordelijke)) expired on \(until); "
            + "\(reopened) finding(s) open again"),
        betreft: afwijking.betreft, location: afwijking.origin?.location, executor: nil)
    }
  }
}
