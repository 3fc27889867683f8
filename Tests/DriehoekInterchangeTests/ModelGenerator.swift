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
    addLaterFields(to: &model, seed: seed)
    return model
  }

  /// Sets the fields added after the generator was written (`bronnen` on every kind, a role's
  /// `beschrijving`, `onderdeel-van`) from a random source of their own, so every other field of a
  /// seed's model stays what it was.
  private static func addLaterFields(to model: inout Model, seed: UInt64) {
    var random = DriehoekInterchange.ModelGenerator.Random(seed: seed &+ 0x5EED)
    let pool = [
      "https://wetten.overheid.nl/BWBR0050264?a=1&b=2", "Kamerstuk 32543, nr. 7; \"bijlage\"",
      "Organogram <2026>", "Brief & bijlage ]]> — café",
    ]
    func sources() -> [String] {
      (0..<Int.random(in: 0...2, using: &random)).compactMap { _ in
        pool.randomElement(using: &random)
      }
    }
    func withSources(_ units: [Unit]) -> [Unit] {
      units.map {
        var unit = $0
        unit.sources = sources()
        unit.units = withSources(unit.units)
        return unit
      }
    }
    let ministries = model.organisations.filter { $0.kind == .ministerie }.map(\.id)
    for index in model.organisations.indices {
      model.organisations[index].sources = sources()
      model.organisations[index].units = withSources(model.organisations[index].units)
      if model.organisations[index].kind != .ministerie, Bool.random(using: &random) {
        model.organisations[index].partOf = ministries.randomElement(using: &random)
      }
    }
    for index in model.persons.indices { model.persons[index].sources = sources() }
    for index in model.roles.indices {
      model.roles[index].sources = sources()
      if Bool.random(using: &random) { model.roles[index].description = "Volgens \"het\" besluit" }
    }
    for index in model.opdrachten.indices { model.opdrachten[index].sources = sources() }
    for index in model.afspraken.indices { model.afspraken[index].sources = sources() }
    for index in model.ketens.indices { model.ketens[index].sources = sources() }
    for index in model.afwijkingen.indices { model.afwijkingen[index].sources = sources() }
  }
}
