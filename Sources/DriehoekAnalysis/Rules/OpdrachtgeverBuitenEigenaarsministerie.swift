public import DriehoekModel

/// SD14 `opdrachtgever-buiten-eigenaarsministerie`: an opdrachtgever belongs to another
/// organisation than an eigenaar, and no agreement binds the executor with both.
///
/// For each executor, each pair of a valid opdrachtgever holder and a valid eigenaar holder
/// (holders inside the executor itself are skipped) whose organisations differ. It does not
/// fire when an afspraak of any kind, valid on the peildatum, has among its parties the executor
/// (or a unit or person in it), a party in the opdrachtgever's organisation and a party in the
/// eigenaar's organisation. `betreft`: executor, opdrachtgever, eigenaar.
public struct OpdrachtgeverBuitenEigenaarsministerie: Rule {
  public let code = "SD14"
  public let slug = "opdrachtgever-buiten-eigenaarsministerie"
  public let defaultSeverity = Severity.waarschuwing

  /// Creates the rule.
  public init() {}

  public let texts = RuleTexts(
    summary: BilingualText(
      "Een opdrachtgever hoort bij een ander ministerie dan de eigenaar, zonder afspraak.",
      "A principal belongs to another ministry than the owner, without an agreement."),
    waarom: BilingualText(
      "Opdrachtgevers uit andere ministeries dan de eigenaar zijn een kern van meervoudig "
        + "opdrachtgeverschap (Werk aan Uitvoering); DUO werkt daarvoor met mandaat.",
      "Principals from other ministries than the owner are at the heart of multiple "
        + "principalship (Werk aan Uitvoering); DUO works with a mandate for this."),
    oplossing: BilingualText(
      "Leg een afspraak (bijvoorbeeld mandaat of convenant) vast tussen de uitvoerder, het "
        + "ministerie van de opdrachtgever en dat van de eigenaar.",
      "Record an agreement (for instance a mandate or covenant) between the executor, the "
        + "principal's ministry and the owner's ministry."
    ))

  /// - Complexity: O(*e* · *k*² · *a*) in executors, holders and the agreements binding each executor.
  public func findings(in context: AnalysisContext) -> [Finding] {
    context.executorEntries.flatMap { executor -> [Finding] in
      let eigenaren = context.validHolders(.eigenaar, of: executor.id).filter {
        !context.isInside($0, executor.id)
      }
      let roles = context.validRoles(.opdrachtgever, of: executor.id)
      let opdrachtgevers = context.validHolders(.opdrachtgever, of: executor.id).filter {
        !context.isInside($0, executor.id)
      }
      // The organisations each afspraak binds, worked out once the first pair needs them.
      var bindingCache: [Set<ElementID>]?
      func binding() -> [Set<ElementID>] {
        if let bindingCache { return bindingCache }
        let result = context.validAfspraken(withPartyIn: executor.id).map {
          context.organisations(of: $0)
        }
        bindingCache = result
        return result
      }
      var result: [Finding] = []
      for opdrachtgever in opdrachtgevers {
        guard let gever = context.index.owningOrganisation(of: opdrachtgever) else { continue }
        for eigenaar in eigenaren {
          guard let owner = context.index.owningOrganisation(of: eigenaar), owner != gever
          else { continue }
          let bound = binding().contains { $0.contains(gever) && $0.contains(owner) }
          guard !bound else { continue }
          result.append(
            finding(
              in: context,
              message: context.text(
                "opdrachtgever \(context.label(opdrachtgever)) van "
                  + "\(context.label(executor.id)) hoort bij \(context.label(gever)), eigenaar "
                  + "\(context.label(eigenaar)) bij \(context.label(owner)), en geen afspraak "
                  + "verbindt hen",
                "principal \(context.label(opdrachtgever)) of \(context.label(executor.id)) "
                  + "belongs to \(context.label(gever)), owner \(context.label(eigenaar)) to "
                  + "\(context.label(owner)), and no agreement binds them"),
              betreft: [executor.id, opdrachtgever, eigenaar],
              location: roles.first { $0.holder == opdrachtgever }?.origin?
                .location(of: "houder"),
              executor: executor.id))
        }
      }
      return result
    }
  }
}
