public import DriehoekModel

/// SD08 `meervoudig-zonder-coordinatie`: several opdrachtgevers without coordination.
///
/// Fires when two or more distinct opdrachtgever holders are valid on the peildatum, none of
/// those roles is `coordinerend`, and no `opdrachtgeversoverleg`, `opdrachtgeversagenda` or
/// `raamafspraak` valid on the peildatum has parties that include every one of them.
/// `betreft`: the executor, then the opdrachtgevers sorted by id.
public struct MeervoudigZonderCoordinatie: Rule {
  public let code = "SD08"
  public let slug = "meervoudig-zonder-coordinatie"
  public let defaultSeverity = Severity.waarschuwing

  static let coordinatingKinds: Set<AfspraakKind> = [
    .opdrachtgeversoverleg, .opdrachtgeversagenda, .raamafspraak,
  ]

  /// Creates the rule.
  public init() {}

  public func summary(in language: Language) -> String {
    language.pick(
      "Een uitvoerder heeft meerdere opdrachtgevers zonder coördinatie.",
      "An executor has several principals without coordination.")
  }

  public func waarom(in language: Language) -> String {
    language.pick(
      "Werk aan Uitvoering zag bij meervoudig opdrachtgeverschap botsende wensen en "
        + "prioriteiten; elke bewuste afstemming tussen de opdrachtgevers helpt.",
      "Werk aan Uitvoering found that multiple principals bring conflicting wishes and "
        + "priorities; any deliberate coordination between the principals helps.")
  }

  public func oplossing(in language: Language) -> String {
    language.pick(
      "Wijs een coördinerend opdrachtgever aan (`coordinerend: true`) of leg een "
        + "opdrachtgeversoverleg, -agenda of raamafspraak met alle opdrachtgevers vast.",
      "Name a coordinating principal (`coordinerend: true`) or record a principals' meeting, "
        + "agenda or framework agreement with all principals.")
  }

  /// - Complexity: O(*e* · (*r* + *a* · *k* · *q*)) in executors, roles, agreements, holders and
  ///   parties.
  public func findings(in context: AnalysisContext) -> [Finding] {
    context.executorEntries.compactMap { executor in
      let roles = context.validRoles(.opdrachtgever, of: executor.id)
      let holders = Array(Set(roles.map(\.holder))).sorted()
      guard holders.count >= 2, !roles.contains(where: \.isCoordinating) else { return nil }
      let coordinated = context.validAfspraken(withPartyIncluding: holders[0]).contains {
        afspraak in
        Self.coordinatingKinds.contains(afspraak.kind)
          && holders.allSatisfy { holder in
            afspraak.parties.contains { context.party($0, includes: holder) }
          }
      }
      guard !coordinated else { return nil }
      return finding(
        in: context,
        message: context.text(
          "\(context.label(executor.id)) heeft \(holders.count) opdrachtgevers "
            + "(\(context.labels(holders))) zonder coördinerend opdrachtgever of overleg",
          "\(context.label(executor.id)) has \(holders.count) principals "
            + "(\(context.labels(holders))) without a coordinating principal or meeting"),
        betreft: [executor.id] + holders, location: executor.origin?.location,
        executor: executor.id)
    }
  }
}
