public import DriehoekModel

/// SD20 `afwijking-door-betrokkene`: an accepted risk is accepted by a party its finding names.
///
/// Looks at the afwijkingen valid on the peildatum and the findings each one matches. Fires when
/// the `verantwoordelijke` is named in the `betreft` of such a finding, lies inside a unit or
/// organisation so named, or is a person with a function at or inside one: whoever causes a risk
/// does not accept it. One finding per afwijking; `betreft`: the afwijking's ids, then the
/// verantwoordelijke; the location is the afwijking's `verantwoordelijke`.
public struct AfwijkingDoorBetrokkene: Rule {
  public let code = "SD20"
  public let slug = "afwijking-door-betrokkene"
  public let defaultSeverity = Severity.waarschuwing
  public let reviewsFindings = true

  /// Creates the rule.
  public init() {}

  public let texts = RuleTexts(
    summary: BilingualText(
      "Een afwijking is geaccepteerd door een partij die de bevinding zelf noemt.",
      "An accepted risk is accepted by a party that its finding names."),
    waarom: BilingualText(
      "Wie een risico veroorzaakt, accepteert het niet zelf: niemand keurt zijn eigen "
        + "uitzondering goed (praktijk van functiescheiding).",
      "Whoever causes a risk does not accept it: no one approves their own exception "
        + "(segregation-of-duties practice)."),
    oplossing: BilingualText(
      "Laat een partij die niet bij de bevinding betrokken is de afwijking accepteren, zoals de "
        + "eigenaar of de SG, en maak die `verantwoordelijke`.",
      "Let a party not involved in the finding accept the risk, such as the owner or the SG, "
        + "and make it the `verantwoordelijke`."
    ))

  /// - Complexity: O(*w* · *k* · *b* · depth) in afwijkingen, their matching findings, the ids
  ///   those name and the nesting depth.
  public func findings(in context: AnalysisContext) -> [Finding] {
    context.model.afwijkingen.compactMap { afwijking in
      guard context.isValid(afwijking), context.ruleCodes.contains(afwijking.rule) else {
        return nil
      }
      let verantwoordelijke = afwijking.verantwoordelijke
      let named = context.findings(matching: afwijking).lazy.flatMap(\.betreft).first { id in
        involves(id, verantwoordelijke, in: context)
      }
      guard let named else { return nil }
      let ids = afwijking.betreft.map(\.rawValue).joined(separator: ", ")
      let how =
        named == verantwoordelijke
        ? context.text("die de bevinding zelf noemt", "which the finding itself names")
        : context.text(
          "die valt onder \(context.label(named)), dat de bevinding noemt",
          "which falls under \(context.label(named)), named by the finding")
      return finding(
        in: context,
        message: context.text(
          "afwijking voor \(afwijking.rule) [\(ids)] is geaccepteerd door "
            + "\(context.label(verantwoordelijke)), \(how)",
          "accepted risk for \(afwijking.rule) [\(ids)] is accepted by "
            + "\(context.label(verantwoordelijke)), \(how)"),
        betreft: afwijking.betreft.contains(verantwoordelijke)
          ? afwijking.betreft : afwijking.betreft + [verantwoordelijke],
        location: afwijking.origin?.location(of: "verantwoordelijke"),
        executor: nil)
    }
  }

  /// Whether the verantwoordelijke is the named id, lies inside it, or is a person with a
  /// function at or inside it.
  private func involves(
    _ named: ElementID, _ verantwoordelijke: ElementID, in context: AnalysisContext
  ) -> Bool {
    if context.index.isSelfOrDescendant(verantwoordelijke, of: named) { return true }
    guard let person = context.index.person(verantwoordelijke) else { return false }
    return person.functions.contains { context.index.isSelfOrDescendant($0, of: named) }
  }
}
