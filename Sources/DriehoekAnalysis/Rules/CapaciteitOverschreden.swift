public import DriehoekModel

/// SD11 `capaciteit-overschreden`: on some day on or after the peildatum the opdrachten of an
/// executor claim more than its `capaciteit` ("stapelen").
///
/// For each executor with a capacity, sweeps all its opdrachten (any period; no period means
/// always) over their period boundaries, from the peildatum on: stacking that ended before the
/// peildatum is history, and the peak and its stretch are those of the days from the peildatum. The claim on a day is the sum of the `capaciteit` of the
/// opdrachten running that day. `waarschuwing` when the peak exceeds the capacity, `fout` when
/// it exceeds 120 % of it; exactly 100 % is no finding and exactly 120 % a warning. One finding
/// per executor, for the peak; `betreft`: the executor, then the opdrachten active at the peak,
/// sorted.
public struct CapaciteitOverschreden: Rule {
  public let code = "SD11"
  public let slug = "capaciteit-overschreden"
  public let defaultSeverity = Severity.waarschuwing

  /// The percentage of capacity above which the finding is a `fout`.
  public static let errorPercentage = 120.0

  /// Creates the rule.
  public init() {}

  public let texts = RuleTexts(
    summary: BilingualText(
      "De opdrachten van een uitvoerder vragen op een dag meer capaciteit dan er is.",
      "On some day the assignments of an executor claim more capacity than it has."),
    waarom: BilingualText(
      "Werk aan Uitvoering en de rondetafel met DG SZW noemen volle portefeuilles en het "
        + "stapelen van opdrachten als oorzaak van knelpunten in de uitvoering.",
      "Werk aan Uitvoering and the round table with DG SZW name full portfolios and stacking of "
        + "assignments as a cause of bottlenecks in execution."),
    oplossing: BilingualText(
      "Spreid de opdrachten in de tijd, verlaag hun omvang of vergroot de capaciteit, in overleg "
        + "tussen de opdrachtgevers.",
      "Spread the assignments over time, reduce them or increase capacity, agreed between the "
        + "principals."
    ))

  /// - Complexity: O(*e* · *o*²) at worst in executors and opdrachten.
  public func findings(in context: AnalysisContext) -> [Finding] {
    context.executorEntries.compactMap { executor in
      guard let capacity = executor.capacity else { return nil }
      // Only the days from the peildatum on count: stacking that ended before it is history.
      let fromPeildatum = Period(start: context.peildatum, end: nil)
      // By position, reading the three fields a claim needs: no opdracht is copied out.
      let opdrachten = context.model.opdrachten
      let claims = context.opdrachtPositions(of: executor.id).compactMap { position in
        opdrachten[Int(position)].capacity.map {
          ClaimSweep.Claim(
            id: opdrachten[Int(position)].id,
            period: Period.intersection(opdrachten[Int(position)].period, fromPeildatum),
            amount: $0)
        }
      }
      guard let peak = ClaimSweep(claims: claims).peak(), peak.level > capacity else {
        return nil
      }
      let severity: Severity =
        peak.level * 100 > capacity * Self.errorPercentage ? .fout : .waarschuwing
      let percentage =
        capacity > 0 ? (peak.level * 100 / capacity).text(in: context.language) + " %" : "∞ %"
      let stretch = describe(peak, in: context)
      return finding(
        in: context, severity: severity,
        message: context.text(
          "opdrachten aan \(context.label(executor.id)) vragen op het drukst "
            + "\(peak.level.text(in: context.language)) fte, \(percentage) van de capaciteit van "
            + "\(capacity.text(in: context.language)) fte (\(stretch))",
          "assignments to \(context.label(executor.id)) claim \(peak.level.text(in: context.language)) fte at "
            + "the peak, \(percentage) of the capacity of \(capacity.text(in: context.language)) fte (\(stretch))"
        ),
        betreft: [executor.id] + peak.ids,
        location: executor.origin?.location(of: "capaciteit"), executor: executor.id)
    }
  }

  private func describe(_ peak: ClaimSweep.Peak, in context: AnalysisContext) -> String {
    switch (peak.start, peak.end) {
    case (.some(let start), .some(let end)):
      context.text("van \(start) tot en met \(end)", "from \(start) to \(end)")
    case (.some(let start), .none):
      context.text("vanaf \(start)", "from \(start) on")
    case (.none, .some(let end)):
      context.text("tot en met \(end)", "until \(end)")
    case (.none, .none):
      context.text("doorlopend", "throughout")
    }
  }
}
