public import DriehoekModel

/// SD06 `rolvermenging`: the eigenaar and an opdrachtgever of one executor are mixed.
///
/// Fires when they are the same unit; when one person has a function in the eigenaar's unit and
/// another function in the opdrachtgever's unit; or when the opdrachtgever lies strictly inside
/// the eigenaar's unit and that unit is below the top of its ministry: a unit that is not an `sg`
/// or `psg` (a DG that is eigenaar while its own directie is opdrachtgever). One finding per executor, eigenaar, opdrachtgever (and person);
/// `betreft`: executor, eigenaar, opdrachtgever (once when they are the same unit), then the
/// person.
public struct Rolvermenging: Rule {
  public let code = "SD06"
  public let slug = "rolvermenging"
  public let defaultSeverity = Severity.waarschuwing

  /// Creates the rule.
  public init() {}

  public let texts = RuleTexts(
    summary: BilingualText(
      "Eigenaar en opdrachtgever van één uitvoerder zijn vermengd.",
      "The owner and a principal of one executor are mixed."),
    waarom: BilingualText(
      "BZK scheidde eigenaar, opdrachtgever en opdrachtnemer bewust (SG als eigenaar, DG als "
        + "opdrachtgever) en OCW kreeg hetzelfde advies; combinaties komen wel legitiem voor.",
      "BZK deliberately separated owner, principal and executor (SG as owner, DG as principal) "
        + "and OCW was advised likewise; legitimate combinations do exist."),
    oplossing: BilingualText(
      "Beleg eigenaarschap hoger (bij SG of pSG) dan het opdrachtgeverschap, of leg de "
        + "combinatie vast als geaccepteerde afwijking.",
      "Place ownership higher (with the SG or deputy SG) than the principal role, or record "
        + "the combination as an accepted risk."
    ))

  /// - Complexity: O(*e* · *k*² · *p*) in executors, holders per executor and persons.
  public func findings(in context: AnalysisContext) -> [Finding] {
    context.executorEntries.flatMap { executor -> [Finding] in
      let eigenaren = context.validHolders(.eigenaar, of: executor.id)
      let opdrachtgeverRoles = context.validRoles(.opdrachtgever, of: executor.id)
      let opdrachtgevers = context.validHolders(.opdrachtgever, of: executor.id)
      var result: [Finding] = []
      for eigenaar in eigenaren {
        for opdrachtgever in opdrachtgevers {
          // Looked up only for a finding: most pairs have none.
          var location: SourceLocation? {
            opdrachtgeverRoles.first { $0.holder == opdrachtgever }?
              .origin?.location(of: "houder")
          }
          if let reason = structuralMix(eigenaar, opdrachtgever, in: context) {
            result.append(
              finding(
                in: context,
                message: context.text(
                  "bij \(context.label(executor.id)) \(reason.dutch)",
                  "at \(context.label(executor.id)) \(reason.english)"),
                betreft: eigenaar == opdrachtgever
                  ? [executor.id, eigenaar] : [executor.id, eigenaar, opdrachtgever],
                location: location,
                executor: executor.id))
          }
          let inEigenaar = context.persons(workingIn: eigenaar)
          guard !inEigenaar.isEmpty else { continue }
          let inOpdrachtgever = Set(context.persons(workingIn: opdrachtgever).map(\.id))
          for person in inEigenaar
          where inOpdrachtgever.contains(person.id)
            && holdsBoth(person, eigenaar, opdrachtgever, in: context)
          {
            result.append(
              finding(
                in: context,
                message: context.text(
                  "\(context.label(person.id)) werkt zowel bij eigenaar "
                    + "\(context.label(eigenaar)) als bij opdrachtgever "
                    + "\(context.label(opdrachtgever)) van \(context.label(executor.id))",
                  "\(context.label(person.id)) works both at owner \(context.label(eigenaar)) "
                    + "and at principal \(context.label(opdrachtgever)) of "
                    + "\(context.label(executor.id))"),
                betreft: [executor.id, eigenaar, opdrachtgever, person.id],
                location: person.origin?.location ?? location, executor: executor.id))
          }
        }
      }
      return result
    }
  }

  private func structuralMix(
    _ eigenaar: ElementID, _ opdrachtgever: ElementID, in context: AnalysisContext
  ) -> (dutch: String, english: String)? {
    if eigenaar == opdrachtgever {
      return (
        "is \(context.label(eigenaar)) zowel eigenaar als opdrachtgever",
        "\(context.label(eigenaar)) is both owner and principal"
      )
    }
    // Below the top of its ministry: any unit that is not an SG or pSG (shared/rules.md).
    guard context.isInside(opdrachtgever, eigenaar),
      let kind = context.index.unit(eigenaar)?.kind, kind != .sg, kind != .psg
    else { return nil }
    return (
      "ligt opdrachtgever \(context.label(opdrachtgever)) binnen het eigen onderdeel van "
        + "eigenaar \(context.label(eigenaar)), dat niet de top van het ministerie is",
      "principal \(context.label(opdrachtgever)) lies inside the own unit of owner "
        + "\(context.label(eigenaar)), which is not the top of the ministry"
    )
  }

  private func holdsBoth(
    _ person: Person, _ eigenaar: ElementID, _ opdrachtgever: ElementID,
    in context: AnalysisContext
  ) -> Bool {
    guard eigenaar != opdrachtgever else { return false }
    return person.functions.contains { inEigenaar in
      context.isInside(inEigenaar, eigenaar) && !context.isInside(inEigenaar, opdrachtgever)
        && person.functions.contains { inOpdrachtgever in
          inOpdrachtgever != inEigenaar && context.isInside(inOpdrachtgever, opdrachtgever)
        }
    }
  }
}
