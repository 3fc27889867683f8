public import DriehoekModel

/// SD13 `financieringstekort`: an opdracht valid on the peildatum has a `budget` below its
/// `kosten`, or `kosten` but no `budget`.
///
/// `betreft`: the opdracht, then its opdrachtgever.
public struct FinancieringsTekort: Rule {
  public let code = "SD13"
  public let slug = "financieringstekort"
  public let defaultSeverity = Severity.waarschuwing

  /// Creates the rule.
  public init() {}

  public let texts = RuleTexts(
    summary: BilingualText(
      "Het budget van een opdracht dekt de kosten niet.",
      "An assignment's budget does not cover its cost."),
    waarom: BilingualText(
      "Te weinig financiering door opdrachtgevers knelt (Stand van de uitvoering RVB 2025); "
        + "agentschappen rekenen integrale kostprijzen door.",
      "Too little funding from principals is a known bottleneck (Stand van de uitvoering RVB "
        + "2025); agencies charge full cost prices."),
    oplossing: BilingualText(
      "Verhoog het budget tot de kosten, verklein de opdracht, of leg het tekort vast als "
        + "geaccepteerde afwijking met een dekkingsbesluit.",
      "Raise the budget to the cost, reduce the assignment, or record the gap as an accepted "
        + "risk with a funding decision."
    ))

  /// - Complexity: O(*o*) in opdrachten.
  public func findings(in context: AnalysisContext) -> [Finding] {
    let opdrachten = context.model.opdrachten
    var texts = FindingTexts(self, in: context)
    // By position, deciding on the fields alone: only an opdracht with a finding is copied out.
    return opdrachten.indices.compactMap { position in
      guard opdrachten[position].period.contains(context.peildatum),
        let cost = opdrachten[position].cost
      else { return nil }
      // Decided before any text is built (`!(<)`, so a NaN compares as before).
      if let budget = opdrachten[position].budget, !(budget < cost) { return nil }
      let opdracht = opdrachten[position]
      let label = context.label(opdracht.id)
      let message: String
      if let budget = opdracht.budget {
        message = context.text(
          "opdracht \(label) kost € \(cost.text(in: context.language)) maar heeft een budget van "
            + "€ \(budget.text(in: context.language)) (tekort € \((cost - budget).text(in: context.language)))",
          "assignment \(label) costs € \(cost.text(in: context.language)) but has a budget of "
            + "€ \(budget.text(in: context.language)) (gap € \((cost - budget).text(in: context.language)))"
        )
      } else {
        message = context.text(
          "opdracht \(label) kost € \(cost.text(in: context.language)) maar heeft geen budget",
          "assignment \(label) costs € \(cost.text(in: context.language)) but has no budget")
      }
      return finding(
        in: context, texts: &texts, message: message,
        betreft: opdracht.opdrachtgever.map { [opdracht.id, $0] } ?? [opdracht.id],
        location: opdracht.origin?.location(of: opdracht.budget == nil ? "kosten" : "budget"),
        executor: opdracht.opdrachtnemer)
    }
  }
}
