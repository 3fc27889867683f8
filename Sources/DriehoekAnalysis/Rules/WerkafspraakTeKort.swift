public import DriehoekModel

/// SD10 `werkafspraak-te-kort`: a `werkafspraak` with an agentschap covers fewer than three full
/// calendar years.
///
/// Looks at every werkafspraak that has not ended before the peildatum and to which an
/// agentschap (or a unit or person in it) is a party. Counts the years *Y* whose 1 January to
/// 31 December lie inside the period; an open end covers without limit. `betreft`: the
/// afspraak, then the agentschap.
public struct WerkafspraakTeKort: Rule {
  public let code = "SD10"
  public let slug = "werkafspraak-te-kort"
  public let defaultSeverity = Severity.info

  /// The number of full calendar years a werkafspraak must cover.
  public static let requiredYears = 3

  /// Creates the rule.
  public init() {}

  public let texts = RuleTexts(
    summary: BilingualText(
      "Een werkafspraak met een agentschap beslaat minder dan drie kalenderjaren.",
      "A work agreement with an agency covers fewer than three calendar years."),
    waarom: BilingualText(
      "Volgens art. 7 lid 2 Regeling agentschappen 2024 (alleen via een secundaire bron gelezen) "
        + "beslaan werkafspraken ten minste de komende drie kalenderjaren.",
      "According to art. 7(2) Regeling agentschappen 2024 (read only in a secondary source) work "
        + "agreements cover at least the next three calendar years."),
    oplossing: BilingualText(
      "Verleng de periode van de werkafspraak tot ten minste drie volle kalenderjaren.",
      "Extend the agreement's period to at least three full calendar years."
    ))

  /// - Complexity: O(*a* · *q* · *f* + *g*) in agreements, parties, functions and agentschappen.
  public func findings(in context: AnalysisContext) -> [Finding] {
    let agentschappen = context.model.organisations.filter { $0.kind == .agentschap }
    var positions: [ElementID: [Int]] = [:]
    for (position, agentschap) in agentschappen.enumerated() {
      positions[agentschap.id, default: []].append(position)
    }
    return context.model.afspraken.filter { $0.kind == .werkafspraak }.flatMap {
      afspraak -> [Finding] in
      if let end = afspraak.period?.end, end < context.peildatum { return [] }
      let years = Self.fullYears(in: afspraak.period)
      guard years < Self.requiredYears else { return [] }
      // The agentschappen some party is in (see `party(_:isIn:)`), in model order.
      var organisations = Set<ElementID>()
      for party in afspraak.parties {
        if let organisation = context.index.owningOrganisation(of: party) {
          organisations.insert(organisation)
        }
        for function in context.index.person(party)?.functions ?? [] {
          if let organisation = context.index.owningOrganisation(of: function) {
            organisations.insert(organisation)
          }
        }
      }
      let inAfspraak: [Int] = organisations.flatMap { positions[$0] ?? [] }.sorted()
      return inAfspraak.map { position -> Finding in
        let agentschap = agentschappen[position]
        return
          finding(
            in: context,
            message: context.text(
              "werkafspraak \(context.label(afspraak.id)) met \(context.label(agentschap.id)) "
                + "beslaat \(years) \(years == 1 ? "vol kalenderjaar" : "volle kalenderjaren"), "
                + "minder dan \(Self.requiredYears)",
              "work agreement \(context.label(afspraak.id)) with \(context.label(agentschap.id)) "
                + "covers \(years) full calendar \(years == 1 ? "year" : "years"), fewer than "
                + "\(Self.requiredYears)"),
            betreft: [afspraak.id, agentschap.id],
            location: afspraak.origin?.location(of: "periode"), executor: agentschap.id)
      }
    }
  }

  /// The number of calendar years whose every day lies in the period; `Int.max` when an end
  /// is open.
  static func fullYears(in period: Period?) -> Int {
    guard let start = period?.start, let end = period?.end else { return Int.max }
    let (startYear, startMonth, startDay) = start.components
    let (endYear, endMonth, endDay) = end.components
    let first = startMonth == 1 && startDay == 1 ? startYear : startYear + 1
    let last = endMonth == 12 && endDay == 31 ? endYear : endYear - 1
    return max(0, last - first + 1)
  }
}
