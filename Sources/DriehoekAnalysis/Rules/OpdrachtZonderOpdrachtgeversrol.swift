public import DriehoekModel

/// SD19 `opdracht-zonder-opdrachtgeversrol`: an opdracht from a party that holds no
/// opdrachtgever role over its executor ("informal steering").
///
/// Fires for an opdracht valid on the peildatum with an `opdrachtgever` and an `opdrachtnemer`,
/// when neither the opdrachtgever nor any unit or organisation it lies inside holds an
/// opdrachtgever role over the opdrachtnemer that is valid on the peildatum. A directie inside
/// the DG that holds the role is delegation, not a finding. `betreft`: the opdracht, the
/// executor, then the opdrachtgever; anchored to the opdracht's `opdrachtgever`.
public struct OpdrachtZonderOpdrachtgeversrol: Rule {
  public let code = "SD19"
  public let slug = "opdracht-zonder-opdrachtgeversrol"
  public let defaultSeverity = Severity.waarschuwing

  /// Creates the rule.
  public init() {}

  public let texts = RuleTexts(
    summary: BilingualText(
      "Een opdracht komt van een partij zonder rol opdrachtgever over de uitvoerder.",
      "An assignment comes from a party that holds no principal role over the executor."),
    waarom: BilingualText(
      "Art. 6 lid 1 Regeling agentschappen 2024 benoemt wie beleidsverantwoordelijke is; "
        + "een opdracht van buiten de driehoek is informele sturing die de kaartenset zichtbaar "
        + "wil maken.",
      "Art. 6(1) Regeling agentschappen 2024 names who the policy principals are; an "
        + "assignment from outside the triangle is informal steering that the card set means "
        + "to make visible."),
    oplossing: BilingualText(
      "Geef de opdrachtgever een rol `opdrachtgever` over de uitvoerder, of laat de opdracht "
        + "lopen via een partij die die rol heeft.",
      "Give the principal an `opdrachtgever` role over the executor, or route the assignment "
        + "through a party that holds that role."),
    familyReasons: [
      .zbo: BilingualText(
        "Onder de Kaderwet zbo stuurt alleen de verantwoordelijke minister het zbo; een "
          + "opdracht van buiten de driehoek is informele sturing die de kaartenset zichtbaar "
          + "wil maken.",
        "Under the Kaderwet zbo only the responsible minister steers the zbo; an assignment "
          + "from outside the triangle is informal steering that the card set means to make "
          + "visible."),
      .dienst: BilingualText(
        "De eigen sturing van het ministerie legt vast wie een dienst opdrachten geeft; een "
          + "opdracht van buiten de driehoek is informele sturing die de kaartenset zichtbaar "
          + "wil maken.",
        "The ministry's own steering records who gives a dienst its assignments; an "
          + "assignment from outside the triangle is informal steering that the card set means "
          + "to make visible."),
      .other: BilingualText(
        "Een opdracht van buiten de driehoek is informele sturing die de kaartenset zichtbaar "
          + "wil maken.",
        "An assignment from outside the triangle is informal steering that the card set means "
          + "to make visible."),
    ])

  /// - Complexity: O(*o* · depth · log *k*) in opdrachten, nesting depth and holders per
  ///   executor.
  public func findings(in context: AnalysisContext) -> [Finding] {
    var result: [Finding] = []
    let opdrachten = context.model.opdrachten
    let start = context.text("opdracht ", "assignment ")
    let toWord = context.text(" aan ", " to ")
    let fromWord = context.text(" komt van ", " comes from ")
    let middle = context.text(
      ", dat geen rol opdrachtgever heeft over ", ", which holds no principal role over ")
    let end = context.text(
      " en niet binnen een onderdeel met die rol ligt", " and lies inside no unit that does")
    var lastLabel: (executor: ElementID, label: String)?
    var texts = FindingTexts(self, in: context)
    for position in opdrachten.indices
    where opdrachten[position].period.contains(context.peildatum) {
      guard let opdrachtgever = opdrachten[position].opdrachtgever,
        let executor = opdrachten[position].opdrachtnemer
      else { continue }
      let holders = context.validHolders(.opdrachtgever, of: executor)
      guard !Self.isHeld(by: holders, from: opdrachtgever, in: context) else { continue }
      let opdracht = opdrachten[position]
      // Built piece by piece, the executor's label once per run of one executor's opdrachten
      // (a stress model has tens of thousands of these findings).
      let executorLabel: String
      if let last = lastLabel, last.executor == executor {
        executorLabel = last.label
      } else {
        executorLabel = context.label(executor)
        lastLabel = (executor, executorLabel)
      }
      var message = MessageText(start)
      context.appendLabel(opdracht.id, to: &message)
      message += toWord
      message += executorLabel
      message += fromWord
      context.appendLabel(opdrachtgever, to: &message)
      message += middle
      message += executorLabel
      message += end
      result.append(
        finding(
          in: context, texts: &texts, message: message.text,
          betreft: executor == opdrachtgever
            ? [opdracht.id, executor] : [opdracht.id, executor, opdrachtgever],
          location: opdracht.origin?.location(of: "opdrachtgever"), executor: executor))
    }
    return result
  }

  /// Whether the opdrachtgever, or a unit or organisation it lies inside, is one of the holders;
  /// walked up without building the list of ancestors (at most 10,000 levels, as
  /// ``ModelIndex/ancestors(of:)``).
  private static func isHeld(
    by holders: [ElementID], from opdrachtgever: ElementID, in context: AnalysisContext
  ) -> Bool {
    guard !holders.isEmpty else { return false }
    var current: ElementID? = opdrachtgever
    var steps = 0
    while let id = current, steps <= 10_000 {
      if holders.contains(id) { return true }
      current = context.index.parent(of: id)
      steps += 1
    }
    return false
  }
}
