public import DriehoekModel

/// SD15 `keten-zonder-regie`: a keten whose members have eigenaren in different organisations
/// has no regisseur and no ketenafspraak.
///
/// Looks at the members valid on the peildatum and their eigenaren valid on the peildatum. A
/// regisseur counts when it is valid; a `ketenafspraak` counts when it is valid and its parties
/// include every valid member (the member, a unit of it, or a person in it). `betreft`: the
/// keten, then the valid members in keten order.
public struct KetenZonderRegie: Rule {
  public let code = "SD15"
  public let slug = "keten-zonder-regie"
  public let defaultSeverity = Severity.info

  /// Creates the rule.
  public init() {}

  public let texts = RuleTexts(
    summary: BilingualText(
      "Een keten met eigenaren in verschillende ministeries heeft geen regie.",
      "A chain whose members have owners in different ministries has no director."),
    waarom: BilingualText(
      "Sturing in de keten (zoals de strafrechtketen) vraagt een regisseur of ketenafspraak, "
        + "zeker als de leden onder verschillende ministeries vallen.",
      "Steering in a chain (such as the criminal justice chain) needs a director or chain "
        + "agreement, especially when members fall under different ministries."),
    oplossing: BilingualText(
      "Wijs een ketenregisseur aan (`regisseur:`) of leg een ketenafspraak met alle leden vast.",
      "Name a chain director (`regisseur:`) or record a chain agreement with all members."
    ))

  /// - Complexity: O(*c* · *m* · (*r* + *a* · *q*)) in chains, members, roles, agreements and
  ///   parties.
  public func findings(in context: AnalysisContext) -> [Finding] {
    context.model.ketens.compactMap { keten in
      let members = keten.members.filter {
        context.index.organisation($0) != nil && context.isValid($0)
      }
      let ministries = Set(
        members.flatMap { member in
          context.validHolders(.eigenaar, of: member).compactMap {
            context.index.owningOrganisation(of: $0)
          }
        })
      guard ministries.count >= 2 else { return nil }
      if let regisseur = keten.regisseur, context.isValid(regisseur) { return nil }
      let candidates =
        members.first.map { context.validAfspraken(withOwnPartyIn: $0) } ?? context.validAfspraken
      let agreed = candidates.contains { afspraak in
        afspraak.kind == .ketenafspraak
          && members.allSatisfy { member in
            afspraak.parties.contains { context.party($0, isIn: member) }
          }
      }
      guard !agreed else { return nil }
      return finding(
        in: context,
        message: context.text(
          "keten \(context.label(keten.id)) heeft leden met eigenaren in "
            + "\(context.labels(ministries.sorted())) maar geen regisseur of ketenafspraak",
          "chain \(context.label(keten.id)) has members with owners in "
            + "\(context.labels(ministries.sorted())) but no director or chain agreement"),
        betreft: [keten.id] + members, location: keten.origin?.location, executor: nil)
    }
  }
}
