import DriehoekInterchange
import DriehoekModel

/// Builds random but valid models for round-trip properties.
enum ModelGenerator {
  static func model(seed: UInt64) -> Model {
    var random = DriehoekInterchange.ModelGenerator.Random(seed: seed)
    func day() -> Day { Day(ordinal: Int.random(in: 18_000...21_000, using: &random)) }
    func period() -> Period? {
      switch Int.random(in: 0...3, using: &random) {
      case 0: return nil
      case 1: return Period(start: day())
      case 2: return Period(end: day())
      default:
        let start = day()
        return Period(
          start: start, end: start.adding(days: Int.random(in: 0...2000, using: &random)))
      }
    }
    func number() -> Double? {
      Bool.random(using: &random) ? nil : Double(Int.random(in: 0...5_000_000, using: &random)) / 4
    }
    let awkward = [
      "Team\\Noord", "\"Quote\", en komma", "Regel\neen twee", "café ‮ RTL", "<b>&amp;</b>",
    ]
    func name(_ base: String) -> String {
      Int.random(in: 0...4, using: &random) == 0
        ? awkward.randomElement(using: &random) ?? base : base
    }
    var model = Model(
      name: name("Model \(seed)"), peildatum: Bool.random(using: &random) ? day() : nil)
    var units: [ElementID] = []
    for m in 0..<Int.random(in: 1...3, using: &random) {
      let id = ElementID("min\(m)")
      let dgs = (0..<Int.random(in: 1...3, using: &random)).map { d in
        Unit(
          id: ElementID("min\(m)-dg\(d)"), name: name("DG \(d)"), kind: .dg, validity: period(),
          units: [Unit(id: ElementID("min\(m)-dg\(d)-dir"), name: "Directie", kind: .directie)])
      }
      units += dgs.map(\.id) + [ElementID("min\(m)-sg")]
      model.organisations.append(
        Organisation(
          id: id, name: name("Ministerie \(m)"), kind: .ministerie, validity: period(),
          description: Bool.random(using: &random) ? name("Beschrijving") : nil,
          units: [Unit(id: ElementID("min\(m)-sg"), name: "SG", kind: .sg)] + dgs))
    }
    for e in 0..<Int.random(in: 1...4, using: &random) {
      let id = ElementID("uo\(e)")
      model.organisations.append(
        Organisation(
          id: id, name: name("Uitvoerder \(e)"),
          kind: OrganisationKind.allCases.randomElement(using: &random) ?? .agentschap,
          capacity: number(),
          url: Bool.random(using: &random) ? "https://example.org/?a=1&b=2" : nil,
          units: [Unit(id: ElementID("uo\(e)-rvb"), name: "Bestuur", kind: .bestuur)]))
      let owner = units.randomElement(using: &random) ?? "min0-sg"
      let principal = units.randomElement(using: &random) ?? "min0-sg"
      model.roles += [
        Role(kind: .eigenaar, holder: owner, executor: id, validity: period()),
        Role(
          kind: .opdrachtgever, holder: principal, executor: id,
          isCoordinating: Bool.random(using: &random)),
        Role(kind: .opdrachtnemer, holder: ElementID("uo\(e)-rvb"), executor: id),
      ]
      model.opdrachten.append(
        Opdracht(
          id: ElementID("op\(e)"), name: name("Opdracht \(e)"), opdrachtgever: principal,
          opdrachtnemer: id, capacity: number(), cost: number(), budget: number(),
          priority: Priority.allCases.randomElement(using: &random), period: period(),
          afspraak: Bool.random(using: &random) ? "wa" : nil))
    }
    model.afspraken.append(
      Afspraak(
        id: "wa", kind: .werkafspraak, name: name("Werkafspraken"), parties: units, period: period()
      ))
    model.persons.append(
      Person(id: "p1", name: name("J. Jansen"), functions: Array(units.prefix(2))))
    model.ketens.append(
      Keten(id: "keten", name: name("Keten"), members: ["uo0"], regisseur: units.first))
    model.afwijkingen.append(
      Afwijking(
        rule: "SD13", betreft: ["op0"], reason: name("Reden"), verantwoordelijke: "p1", until: day()
      ))
    return model
  }
}
