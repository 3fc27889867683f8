import DriehoekModel

extension ElementRecord {
  /// Every element of a model, in file order; units nested to any depth, each with its place
  /// (`onderdeel-van`: the organisation or unit it stands in).
  static func records(of model: Model) -> [ElementRecord] {
    var records: [ElementRecord] = []
    for organisation in model.organisations {
      records.append(record(organisation))
      let outer = organisation.validity.map { [$0] } ?? []
      var stack = organisation.units.reversed().map { ($0, organisation.id, outer) }
      while let (unit, parent, enclosing) = stack.popLast() {
        var unitRecord = record(unit, in: parent)
        unitRecord.enclosing = enclosing
        records.append(unitRecord)
        let inner = enclosing + (unit.validity.map { [$0] } ?? [])
        stack += unit.units.reversed().map { ($0, unit.id, inner) }
      }
    }
    records += model.persons.map(record)
    records += model.roles.map(record)
    records += model.opdrachten.map(record)
    records += model.afspraken.map(record)
    records += model.ketens.map(record)
    records += model.afwijkingen.map(record)
    return records
  }

  static func record(_ organisation: Organisation) -> ElementRecord {
    ElementRecord(
      soort: .organisatie, sleutel: .id(organisation.id), naam: organisation.name,
      fields: [
        ("naam", .text(organisation.name)),
        ("soort", .text(organisation.kind.rawValue)),
        ("capaciteit", .number(organisation.capacity)),
        ("geldig", .period(organisation.validity)),
        ("beschrijving", .text(organisation.description)),
        ("url", .text(organisation.url)),
        ("onderdeel-van", .id(organisation.partOf)),
        ("bronnen", .texts(organisation.sources)),
      ],
      location: organisation.origin?.location, concerns: [organisation.id],
      validity: organisation.validity)
  }

  /// A unit; a unit has no key for its place, so its place is reported under `onderdeel-van`,
  /// the key an organisation uses for the same idea.
  static func record(_ unit: Unit, in parent: ElementID) -> ElementRecord {
    ElementRecord(
      soort: .onderdeel, sleutel: .id(unit.id), naam: unit.name,
      fields: [
        ("naam", .text(unit.name)),
        ("soort", .text(unit.kind.rawValue)),
        ("geldig", .period(unit.validity)),
        ("beschrijving", .text(unit.description)),
        ("onderdeel-van", .id(parent)),
        ("bronnen", .texts(unit.sources)),
      ],
      location: unit.origin?.location, concerns: [unit.id], validity: unit.validity)
  }

  static func record(_ person: Person) -> ElementRecord {
    ElementRecord(
      soort: .persoon, sleutel: .id(person.id), naam: person.name,
      fields: [
        ("naam", .text(person.name)),
        ("functies", .ids(person.functions)),
        ("geldig", .period(person.validity)),
        ("beschrijving", .text(person.description)),
        ("bronnen", .texts(person.sources)),
      ],
      location: person.origin?.location, concerns: person.functions, validity: person.validity)
  }

  static func record(_ role: Role) -> ElementRecord {
    ElementRecord(
      soort: .rol, sleutel: .rol(role.kind, houder: role.holder, van: role.executor), naam: nil,
      fields: [
        ("coordinerend", .flag(role.isCoordinating)),
        ("geldig", .period(role.validity)),
        ("beschrijving", .text(role.description)),
        ("bronnen", .texts(role.sources)),
      ],
      location: role.origin?.location, concerns: [role.executor, role.holder],
      validity: role.validity)
  }

  static func record(_ opdracht: Opdracht) -> ElementRecord {
    ElementRecord(
      soort: .opdracht, sleutel: .id(opdracht.id), naam: opdracht.name,
      fields: [
        ("naam", .text(opdracht.name)),
        ("opdrachtgever", .id(opdracht.opdrachtgever)),
        ("opdrachtnemer", .id(opdracht.opdrachtnemer)),
        ("capaciteit", .number(opdracht.capacity)),
        ("kosten", .number(opdracht.cost)),
        ("budget", .number(opdracht.budget)),
        ("prioriteit", .text(opdracht.priority?.rawValue)),
        ("periode", .period(opdracht.period)),
        ("afspraak", .id(opdracht.afspraak)),
        ("beschrijving", .text(opdracht.description)),
        ("bronnen", .texts(opdracht.sources)),
      ],
      location: opdracht.origin?.location,
      concerns: [opdracht.opdrachtnemer, opdracht.opdrachtgever].compactMap(\.self),
      validity: opdracht.period)
  }

  static func record(_ afspraak: Afspraak) -> ElementRecord {
    ElementRecord(
      soort: .afspraak, sleutel: .id(afspraak.id), naam: afspraak.name,
      fields: [
        ("soort", .text(afspraak.kind.rawValue)),
        ("naam", .text(afspraak.name)),
        ("partijen", .ids(afspraak.parties)),
        ("periode", .period(afspraak.period)),
        ("beschrijving", .text(afspraak.description)),
        ("bronnen", .texts(afspraak.sources)),
      ],
      location: afspraak.origin?.location, concerns: afspraak.parties, validity: afspraak.period)
  }

  static func record(_ keten: Keten) -> ElementRecord {
    ElementRecord(
      soort: .keten, sleutel: .id(keten.id), naam: keten.name,
      fields: [
        ("naam", .text(keten.name)),
        ("leden", .ids(keten.members)),
        ("regisseur", .id(keten.regisseur)),
        ("beschrijving", .text(keten.description)),
        ("bronnen", .texts(keten.sources)),
      ],
      location: keten.origin?.location, concerns: keten.members, validity: nil)
  }

  static func record(_ afwijking: Afwijking) -> ElementRecord {
    ElementRecord(
      soort: .afwijking,
      sleutel: .afwijking(
        regel: afwijking.rule.uppercased(), betreft: Array(Set(afwijking.betreft)).sorted()),
      naam: nil,
      fields: [
        ("reden", .text(afwijking.reason)),
        ("verantwoordelijke", .id(afwijking.verantwoordelijke)),
        ("tot", .text(afwijking.until?.description)),
        ("bronnen", .texts(afwijking.sources)),
      ],
      location: afwijking.origin?.location, concerns: afwijking.betreft,
      validity: Period(start: nil, end: afwijking.until))
  }
}
