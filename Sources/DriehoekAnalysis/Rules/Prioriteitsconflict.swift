public import DriehoekModel

/// SD12 `prioriteitsconflict`: two urgent opdrachten from different opdrachtgevers collide.
///
/// Fires for two opdrachten at the same executor from different opdrachtgevers, overlapping in
/// time on some day on or after the peildatum, both of priority `hoogste`, while the executor has no coordinating
/// opdrachtgever valid on the peildatum. The opdrachtgever of an opdracht is the role holder
/// that contains its `opdrachtgever` (see ``principal(of:in:)``). One finding per pair;
/// `betreft`: the executor, then both opdrachten by id.
public struct Prioriteitsconflict: Rule {
  public let code = "SD12"
  public let slug = "prioriteitsconflict"
  public let defaultSeverity = Severity.waarschuwing

  /// Creates the rule.
  public init() {}

  public let texts = RuleTexts(
    summary: BilingualText(
      "Twee opdrachtgevers geven tegelijk een opdracht met de hoogste prioriteit.",
      "Two principals give assignments of the highest priority at the same time."),
    waarom: BilingualText(
      "Uiteenlopende wensen van opdrachtgevers (het SVB-voorbeeld) dwingen de uitvoerder zelf "
        + "te prioriteren; Werk aan Uitvoering noemt die prioriteringsdruk een rode draad.",
      "Diverging wishes of principals (the SVB example) force the executor to prioritise on its "
        + "own; Werk aan Uitvoering calls that pressure a recurring theme."),
    oplossing: BilingualText(
      "Laat de opdrachtgevers samen de volgorde bepalen, of wijs een coördinerend opdrachtgever "
        + "aan die knopen doorhakt.",
      "Let the principals set the order together, or name a coordinating principal who "
        + "decides."
    ))

  /// - Complexity: O(*e* · *o*²) in executors and opdrachten.
  public func findings(in context: AnalysisContext) -> [Finding] {
    context.executorEntries.flatMap { executor -> [Finding] in
      guard !context.validRoles(.opdrachtgever, of: executor.id).contains(where: \.isCoordinating)
      else { return [] }
      let urgent = context.opdrachten(of: executor.id).filter {
        $0.priority == .hoogste && $0.opdrachtgever != nil
          && $0.period?.isReversed != true
      }
      .sorted { $0.id < $1.id }
      // Only a clash on some day from the peildatum on counts; one that ended before is history.
      let fromPeildatum = Period(start: context.peildatum, end: nil)
      var result: [Finding] = []
      // Pairs beyond the limit are counted, not built (see FindingLimit).
      let principals = urgent.map { principal(of: $0, in: context) }
      var omitted = 0
      for (offset, first) in urgent.enumerated() {
        for (secondOffset, second) in urgent.enumerated().dropFirst(offset + 1)
        where principals[secondOffset] != principals[offset]
          && Period.overlap(
            Period.intersection(first.period, fromPeildatum),
            Period.intersection(second.period, fromPeildatum))
        {
          guard result.count < FindingLimit.perExecutor else {
            omitted += 1
            continue
          }
          let since =
            Period.firstSharedDay(first.period, second.period).map {
              context.text(" vanaf \($0)", " from \($0)")
            } ?? ""
          result.append(
            finding(
              in: context,
              message: context.text(
                "\(context.label(executor.id)) krijgt\(since) twee opdrachten met de hoogste "
                  + "prioriteit van verschillende opdrachtgevers: \(context.label(first.id)) en "
                  + "\(context.label(second.id)), zonder coördinerend opdrachtgever",
                "\(context.label(executor.id)) receives\(since) two assignments of the highest "
                  + "priority from different principals: \(context.label(first.id)) and "
                  + "\(context.label(second.id)), without a coordinating principal"),
              betreft: [executor.id, first.id, second.id],
              location: second.origin?.location(of: "prioriteit"), executor: executor.id))
        }
      }
      if omitted > 0 {
        result.append(
          FindingLimit.summary(
            rule: self, executor: executor.id, omitted: omitted, severity: defaultSeverity,
            in: context))
      }
      return result
    }
  }

  /// The opdrachtgever behind an opdracht.
  ///
  /// That is the holder of the valid opdrachtgever role over the executor that contains the
  /// opdracht's opdrachtgever (the nearest one), else the opdracht's opdrachtgever itself. Two
  /// directies under one DG that holds the role count as one opdrachtgever.
  func principal(of opdracht: Opdracht, in context: AnalysisContext) -> ElementID? {
    guard let opdrachtgever = opdracht.opdrachtgever, let executor = opdracht.opdrachtnemer else {
      return opdracht.opdrachtgever
    }
    let holders = context.validHolders(.opdrachtgever, of: executor)
    let path = [opdrachtgever] + context.index.ancestors(of: opdrachtgever)
    return path.first { holders.contains($0) } ?? opdrachtgever
  }
}
