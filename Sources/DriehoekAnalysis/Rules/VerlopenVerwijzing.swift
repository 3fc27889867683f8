public import DriehoekModel

/// SD16 `verlopen-verwijzing`: a role, opdracht or afspraak valid on the peildatum refers to an
/// organisation, unit or person that is not.
///
/// Checks `houder` and `van` of roles, `opdrachtgever` and `opdrachtnemer` of opdrachten, and
/// `partijen` of afspraken. One finding per reference; `betreft`: the executor for a role, else
/// the opdracht or afspraak, then the id no longer valid.
public struct VerlopenVerwijzing: Rule {
  public let code = "SD16"
  public let slug = "verlopen-verwijzing"
  public let defaultSeverity = Severity.fout

  /// Creates the rule.
  public init() {}

  public let texts = RuleTexts(
    summary: BilingualText(
      "Een geldige rol, opdracht of afspraak verwijst naar iets dat niet meer (of nog niet) "
        + "bestaat.",
      "A valid role, assignment or agreement refers to something that no longer (or not yet) "
        + "exists."),
    waarom: BilingualText(
      "Bij reorganisaties verhuizen uitvoerders tussen ministeries (RVB naar VRO, AenM bij "
        + "JenV); verwijzingen naar opgeheven onderdelen maken de driehoek onwaar.",
      "Reorganisations move executors between ministries (RVB to VRO, AenM housed with JenV); "
        + "references to abolished units make the triangle untrue."),
    oplossing: BilingualText(
      "Verwijs naar de opvolger, of beëindig de rol, opdracht of afspraak met een einddatum.",
      "Refer to the successor, or end the role, assignment or agreement with an end date."
    ))

  /// - Complexity: O((*r* + *o* + *a* · *q*) · depth) in roles, opdrachten and parties.
  public func findings(in context: AnalysisContext) -> [Finding] {
    var result: [Finding] = []
    let roles = context.model.roles
    // By position, testing the references first: most are valid, and such a role or opdracht is
    // not copied out of the model.
    for position in roles.indices where roles[position].validity.contains(context.peildatum) {
      guard !context.isValid(roles[position].holder) || !context.isValid(roles[position].executor)
      else { continue }
      let role = roles[position]
      for (field, id) in [("houder", role.holder), ("van", role.executor)]
      where !context.isValid(id) {
        result.append(
          make(
            in: context, owner: role.executor, missing: id,
            what: context.text(
              "rol \(role.kind.rawValue) van \(context.label(role.executor))",
              "\(role.kind.englishWord) role of \(context.label(role.executor))"),
            location: role.origin?.location(of: field), executor: role.executor))
      }
    }
    let opdrachten = context.model.opdrachten
    for position in opdrachten.indices
    where opdrachten[position].period.contains(context.peildatum) {
      // Written out, not as `map(context.isValid)`: that would copy the context each time.
      var allValid = true
      if let gever = opdrachten[position].opdrachtgever, !context.isValid(gever) {
        allValid = false
      }
      if let nemer = opdrachten[position].opdrachtnemer, !context.isValid(nemer) {
        allValid = false
      }
      guard !allValid else { continue }
      let opdracht = opdrachten[position]
      let references = [
        ("opdrachtgever", opdracht.opdrachtgever), ("opdrachtnemer", opdracht.opdrachtnemer),
      ]
      for case (let field, .some(let id)) in references where !context.isValid(id) {
        result.append(
          make(
            in: context, owner: opdracht.id, missing: id,
            what: context.text(
              "opdracht \(context.label(opdracht.id))",
              "assignment \(context.label(opdracht.id))"),
            location: opdracht.origin?.location(of: field), executor: opdracht.opdrachtnemer))
      }
    }
    for afspraak in context.validAfspraken {
      for (offset, id) in afspraak.parties.enumerated() where !context.isValid(id) {
        result.append(
          make(
            in: context, owner: afspraak.id, missing: id,
            what: context.text(
              "afspraak \(context.label(afspraak.id))",
              "agreement \(context.label(afspraak.id))"),
            location: afspraak.origin?.location(of: "partijen.\(offset)"), executor: nil))
      }
    }
    return result
  }

  private func make(
    in context: AnalysisContext, owner: ElementID, missing: ElementID, what: String,
    location: SourceLocation?, executor: ElementID?
  ) -> Finding {
    let betreft = owner == missing ? [owner] : [owner, missing]
    return finding(
      in: context,
      message: context.text(
        "\(what) verwijst naar \(context.label(missing)), dat op \(context.peildatum) niet "
          + "geldig is",
        "\(what) refers to \(context.label(missing)), which is not valid on "
          + "\(context.peildatum)"),
      betreft: betreft, location: location, executor: executor)
  }
}
