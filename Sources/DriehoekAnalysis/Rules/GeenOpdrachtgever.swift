public import DriehoekModel

/// SD04 `geen-opdrachtgever`: an executor has no opdrachtgever valid on the peildatum.
///
/// Severity `fout` for an `agentschap`, `waarschuwing` otherwise. `betreft`: the executor.
public struct GeenOpdrachtgever: Rule {
  public let code = "SD04"
  public let slug = "geen-opdrachtgever"
  public let defaultSeverity = Severity.waarschuwing

  /// Creates the rule.
  public init() {}

  public let texts = RuleTexts(
    summary: BilingualText(
      "Een uitvoerder heeft op de peildatum geen opdrachtgever.",
      "An executor has no principal on the reference date."),
    waarom: BilingualText(
      "De Regeling agentschappen 2024 (art. 6 lid 1) vraagt ten minste één "
        + "beleidsverantwoordelijke; zonder opdrachtgever stuurt niemand op de prestaties.",
      "The Regeling agentschappen 2024 (art. 6(1)) requires at least one policy principal; "
        + "without a principal nobody steers on the output."),
    oplossing: BilingualText(
      "Leg met een rol `opdrachtgever` vast welke DG of directie opdrachten geeft.",
      "Record which DG or directorate commissions the work with an `opdrachtgever` role."),
    familyReasons: [
      .zbo: BilingualText(
        "Onder de Kaderwet zbo stuurt de minister een zbo via beleid en taakopdracht; "
          + "zonder opdrachtgever stuurt niemand op de prestaties.",
        "Under the Kaderwet zbo the minister steers a zbo through policy and its tasks; "
          + "without a principal nobody steers on the output."),
      .dienst: BilingualText(
        "Een dienst krijgt zijn opdrachten via de eigen sturing van zijn ministerie; "
          + "zonder opdrachtgever stuurt niemand op de prestaties.",
        "A dienst receives its assignments through its ministry's own steering; without "
          + "a principal nobody steers on the output."),
      .other: BilingualText(
        "Zonder opdrachtgever stuurt niemand op de prestaties van de uitvoerder.",
        "Without a principal nobody steers on the executor's output."),
    ])

  /// - Complexity: O(*e* · *r*) in executors and roles.
  public func findings(in context: AnalysisContext) -> [Finding] {
    executorsWithoutRole(.opdrachtgever, named: ("opdrachtgever", "principal"), in: context)
  }
}
