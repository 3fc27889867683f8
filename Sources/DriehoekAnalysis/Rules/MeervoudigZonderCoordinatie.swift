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

  public let texts = RuleTexts(
    summary: BilingualText(
      "Een uitvoerder heeft meerdere opdrachtgevers zonder coördinatie.",
      "An executor has several principals without coordination."),
    waarom: BilingualText(
      "Werk aan Uitvoering zag bij meervoudig opdrachtgeverschap botsende wensen en "
        + "prioriteiten; elke bewuste afstemming tussen de opdrachtgevers helpt.",
      "Werk aan Uitvoering found that multiple principals bring conflicting wishes and "
        + "priorities; any deliberate coordination between the principals helps."),
    oplossing: BilingualText(
      "Wijs een coördinerend opdrachtgever aan (`coordinerend: true`) of leg een "
        + "opdrachtgeversoverleg, -agenda of raamafspraak met alle opdrachtgevers vast.",
      "Name a coordinating principal (`coordinerend: true`) or record a principals' meeting, "
        + "agenda or framework agreement with all principals."
    ))

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
        message: message(executor: executor.id, holders: holders, in: context),
        betreft: [executor.id] + holders, location: executor.origin?.location,
        executor: executor.id)
    }
  }

  /// The message: without any arrangement, or naming the arrangement that includes the most
  /// opdrachtgevers (the first in model order among equals) and which ones it misses.
  private func message(executor: ElementID, holders: [ElementID], in context: AnalysisContext)
    -> String
  {
    var best: (afspraak: Afspraak, missing: [ElementID])?
    for afspraak in context.validAfspraken where Self.coordinatingKinds.contains(afspraak.kind) {
      let missing = holders.filter { holder in
        !afspraak.parties.contains { context.party($0, includes: holder) }
      }
      guard missing.count < holders.count else { continue }
      if best.map({ missing.count < $0.missing.count }) ?? true {
        best = (afspraak, missing)
      }
    }
    let opening = context.text(
      "\(context.label(executor)) heeft \(holders.count) opdrachtgevers "
        + "(\(context.labels(holders)))",
      "\(context.label(executor)) has \(holders.count) principals "
        + "(\(context.labels(holders)))")
    guard let best else {
      return opening
        + context.text(
          " zonder coördinerend opdrachtgever of overleg",
          " without a coordinating principal or meeting")
    }
    return opening
      + context.text(
        " zonder coördinerend opdrachtgever; \(best.afspraak.kind.rawValue) "
          + "\(context.label(best.afspraak.id)) mist \(context.labels(best.missing))",
        " without a coordinating principal; \(best.afspraak.kind.rawValue) "
          + "\(context.label(best.afspraak.id)) misses \(context.labels(best.missing))")
  }
}
