public import DriehoekModel

/// SD09 `opdracht-zonder-afspraak`: an opdracht valid on the peildatum that no agreement covers.
///
/// Covered when its own `afspraak` is valid on the peildatum, or a `werkafspraak` or
/// `raamafspraak` valid on the peildatum has parties that include its opdrachtgever and the
/// executor's opdrachtnemer (or the executor itself). `betreft`: opdracht, opdrachtgever,
/// executor.
public struct OpdrachtZonderAfspraak: Rule {
  public let code = "SD09"
  public let slug = "opdracht-zonder-afspraak"
  public let defaultSeverity = Severity.waarschuwing

  /// Creates the rule.
  public init() {}

  public let texts = RuleTexts(
    summary: BilingualText(
      "Een lopende opdracht valt onder geen geldige afspraak.",
      "A running assignment is not covered by any valid agreement."),
    waarom: BilingualText(
      "De Regeling agentschappen 2024 gaat uit van een stelsel van werkafspraken en SZW maakt "
        + "prestatieafspraken; een opdracht zonder afspraak heeft geen vastgelegde basis.",
      "The Regeling agentschappen 2024 assumes a system of work agreements and SZW makes "
        + "performance agreements; an assignment without one has no recorded basis."),
    oplossing: BilingualText(
      "Verwijs met `afspraak:` naar een geldige afspraak, of leg een werkafspraak of "
        + "raamafspraak vast tussen opdrachtgever en opdrachtnemer.",
      "Refer to a valid agreement with `afspraak:`, or record a work or framework agreement "
        + "between principal and executor."),
    familyReasons: [
      .zbo: BilingualText(
        "Met een zbo legt de minister taken en middelen vast (Kaderwet zbo: jaarplan, "
          + "begroting) en SZW maakt prestatieafspraken; een opdracht zonder afspraak heeft "
          + "geen vastgelegde basis.",
        "The minister records a zbo's tasks and means (Kaderwet zbo: annual plan, "
          + "budget) and SZW makes performance agreements; an assignment without one has no "
          + "recorded basis."),
      .dienst: BilingualText(
        "Een ministerie stuurt zijn dienst via eigen afspraken (jaarplan, "
          + "managementafspraken); een opdracht zonder afspraak heeft geen vastgelegde "
          + "basis.",
        "A ministry steers its dienst through its own agreements (annual plan, "
          + "management agreements); an assignment without one has no recorded basis."),
      .other: BilingualText(
        "Vastgelegde afspraken (zoals de prestatieafspraken van SZW) geven een opdracht "
          + "een basis; een opdracht zonder afspraak heeft die niet.",
        "Recorded agreements (such as SZW's performance agreements) give an assignment "
          + "a basis; an assignment without one has none."),
    ])

  /// - Complexity: O(*o* · *a* · *q*) in opdrachten, agreements and parties, where *a* is the
  ///   smaller number of afspraken around an opdracht's opdrachtgever or around its executor;
  ///   what is around each opdrachtgever and each executor is worked out once.
  public func findings(in context: AnalysisContext) -> [Finding] {
    let opdrachten = context.model.opdrachten
    // The message's pieces that are the same for every finding, made once (a stress model has
    // tens of thousands of these findings).
    let start = context.text("opdracht ", "assignment ")
    let fromWord = context.text(" van ", " from ")
    let toWord = context.text(" aan ", " to ")
    let day = context.peildatum.description
    let end = context.text(
      " valt op " + day + " onder geen geldige afspraak",
      " is not covered by a valid agreement on " + day)
    var coverage = CoverageSearch(context: context)
    var texts = FindingTexts(self, in: context)
    // By position: an opdracht whose own afspraak is valid is covered, and is not copied out.
    return opdrachten.indices.compactMap { position in
      guard opdrachten[position].period.contains(context.peildatum),
        !hasValidOwnAfspraak(opdrachten[position].afspraak, in: context)
      else { return nil }
      let opdracht = opdrachten[position]
      if let opdrachtgever = opdracht.opdrachtgever, let executor = opdracht.opdrachtnemer,
        coverage.isCovered(from: opdrachtgever, to: executor)
      {
        return nil
      }
      var ids = [opdracht.id]
      ids.reserveCapacity(3)
      // As bytes, with room for the whole message at once.
      var message = MessageText(start)
      context.appendLabel(opdracht.id, to: &message)
      if let opdrachtgever = opdracht.opdrachtgever {
        ids.append(opdrachtgever)
        message += fromWord
        context.appendLabel(opdrachtgever, to: &message)
      }
      if let opdrachtnemer = opdracht.opdrachtnemer {
        ids.append(opdrachtnemer)
        message += toWord
        context.appendLabel(opdrachtnemer, to: &message)
      }
      message += end
      return finding(
        in: context, texts: &texts, message: message.text, betreft: ids,
        location: opdracht.origin?.location,
        executor: opdracht.opdrachtnemer)
    }
  }

  /// Whether the opdracht's own `afspraak:` names an afspraak valid on the peildatum.
  private func hasValidOwnAfspraak(_ own: ElementID?, in context: AnalysisContext) -> Bool {
    guard let own, context.index.kind(of: own) == .afspraak else { return false }
    return context.index.validity(of: own).contains(context.peildatum)
  }
}
