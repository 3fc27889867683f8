public import DriehoekModel

/// SD01 `geen-eigenaar`: an executor has no eigenaar valid on the peildatum.
///
/// Severity `fout` for an `agentschap`, `waarschuwing` otherwise. `betreft`: the executor.
public struct GeenEigenaar: Rule {
  public let code = "SD01"
  public let slug = "geen-eigenaar"
  public let defaultSeverity = Severity.waarschuwing

  /// Creates the rule.
  public init() {}

  public let texts = RuleTexts(
    summary: BilingualText(
      "Een uitvoerder heeft op de peildatum geen eigenaar.",
      "An executor has no owner on the reference date."),
    waarom: BilingualText(
      "De Regeling agentschappen 2024 (art. 1 en 6) vraagt één continuïteitsverantwoordelijke; "
        + "zonder eigenaar bewaakt niemand de continuïteit van de uitvoerder.",
      "The Regeling agentschappen 2024 (art. 1 and 6) requires one continuity owner; without an "
        + "owner nobody safeguards the executor's continuity."),
    oplossing: BilingualText(
      "Leg met een rol `eigenaar` vast wie eigenaar is (bij een agentschap de SG of pSG).",
      "Record who the owner is with an `eigenaar` role (for an agency the SG or deputy SG)."),
    familyReasons: [
      .zbo: BilingualText(
        "De Kaderwet zbo legt benoeming, begroting en toezicht van een zbo bij de "
          + "minister; zonder eigenaar is niet belegd wie die verantwoordelijkheid namens "
          + "de minister draagt.",
        "The Kaderwet zbo places appointment, budget and supervision of a zbo with the "
          + "minister; without an owner nobody carries that responsibility on the "
          + "minister's behalf."),
      .dienst: BilingualText(
        "Een dienst is onderdeel van zijn ministerie en valt onder de eigen sturing "
          + "daarvan (mandaat en organisatiebesluit); zonder eigenaar bewaakt niemand de "
          + "continuïteit.",
        "A dienst is part of its ministry and falls under that ministry's own steering "
          + "(mandate and organisation decree); without an owner nobody safeguards its "
          + "continuity."),
      .other: BilingualText(
        "Eén eigenaar die de continuïteit bewaakt helpt elke uitvoerder; zonder "
          + "eigenaar doet niemand dat.",
        "One owner who safeguards continuity helps every executor; without an owner "
          + "nobody does."),
    ])

  /// - Complexity: O(*e* · *r*) in executors and roles.
  public func findings(in context: AnalysisContext) -> [Finding] {
    executorsWithoutRole(.eigenaar, named: ("eigenaar", "owner"), in: context)
  }
}
