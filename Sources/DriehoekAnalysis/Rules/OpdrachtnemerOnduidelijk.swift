public import DriehoekModel

/// SD03 `opdrachtnemer-onduidelijk`: an executor has no opdrachtnemer role valid on the
/// peildatum, or more than one distinct holder.
///
/// `betreft`: the executor, then the holders sorted by id.
public struct OpdrachtnemerOnduidelijk: Rule {
  public let code = "SD03"
  public let slug = "opdrachtnemer-onduidelijk"
  public let defaultSeverity = Severity.fout

  /// Creates the rule.
  public init() {}

  public let texts = RuleTexts(
    summary: BilingualText(
      "Een uitvoerder heeft geen of meer dan één opdrachtnemer.",
      "An executor has no executor role, or more than one."),
    waarom: BilingualText(
      "De Regeling agentschappen 2024 (art. 6 lid 1) vraagt precies één eindverantwoordelijke "
        + "binnen de uitvoerder.",
      "The Regeling agentschappen 2024 (art. 6(1)) requires exactly one person or body with "
        + "final responsibility inside the executor."),
    oplossing: BilingualText(
      "Wijs één opdrachtnemer aan, meestal de directie of raad van bestuur van de uitvoerder.",
      "Name one opdrachtnemer, usually the executor's director-general or executive board."),
    familyReasons: [
      .zbo: BilingualText(
        "Een zbo heeft onder de Kaderwet zbo een eigen bestuur dat de taken uitvoert; "
          + "precies één eindverantwoordelijke maakt duidelijk wie de opdrachten aanneemt.",
        "Under the Kaderwet zbo a zbo has its own board that carries out its tasks; "
          + "exactly one body with final responsibility makes clear who accepts the "
          + "assignments."),
      .dienst: BilingualText(
        "Binnen de eigen sturing van het ministerie moet vaststaan wie de dienst leidt "
          + "en opdrachten aanneemt: precies één eindverantwoordelijke.",
        "Within the ministry's own steering it must be clear who leads the dienst and "
          + "accepts assignments: exactly one person or body with final responsibility."),
      .other: BilingualText(
        "Precies één eindverantwoordelijke binnen de uitvoerder maakt duidelijk wie "
          + "opdrachten aanneemt en erop aanspreekbaar is.",
        "Exactly one person or body with final responsibility inside the executor makes "
          + "clear who accepts assignments and answers for them."),
    ])

  /// - Complexity: O(*e* · *r*) in executors and roles.
  public func findings(in context: AnalysisContext) -> [Finding] {
    context.executorEntries.compactMap { executor in
      let holders = context.validHolders(.opdrachtnemer, of: executor.id)
      guard holders.count != 1 else { return nil }
      if holders.isEmpty {
        return finding(
          in: context,
          message: context.text(
            "\(context.label(executor.id)) heeft geen opdrachtnemer op \(context.peildatum)",
            "\(context.label(executor.id)) has no opdrachtnemer on \(context.peildatum)"),
          betreft: [executor.id], location: executor.origin?.location, executor: executor.id)
      }
      let roles = context.validRoles(.opdrachtnemer, of: executor.id)
      let second = roles.first { $0.holder != roles.first?.holder }
      return finding(
        in: context,
        message: context.text(
          "\(context.label(executor.id)) heeft \(holders.count) opdrachtnemers op "
            + "\(context.peildatum): \(context.labels(holders))",
          "\(context.label(executor.id)) has \(holders.count) opdrachtnemers on "
            + "\(context.peildatum): \(context.labels(holders))"),
        betreft: [executor.id] + holders,
        location: second?.origin?.location ?? executor.origin?.location, executor: executor.id)
    }
  }
}
