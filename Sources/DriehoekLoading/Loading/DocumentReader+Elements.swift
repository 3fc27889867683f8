import DriehoekModel

extension DocumentReader {
  mutating func organisation(_ node: ValueNode) -> Organisation? {
    guard let fields = fields(of: node, key: "organisaties", context: .organisation) else {
      return nil
    }
    var locations = fields.locations
    let id = self.id(fields, .id)
    let name = text(fields, .naam)
    let kind = value(fields, .soort, as: OrganisationKind.self)
    let capacity = number(fields, .capaciteit)
    let validity = self.period(fields, .geldig, locations: &locations)
    let description = text(fields, .beschrijving)
    let url = text(fields, .url)
    let partOf = self.id(fields, .onderdeelVan)
    let units = self.units(fields)
    let sources = self.sources(fields, locations: &locations)
    guard let id else { return nil }
    return Organisation(
      id: id, name: name ?? id.rawValue, kind: kind ?? .extern, capacity: capacity,
      validity: validity, description: description, url: url, partOf: partOf, units: units,
      sources: sources, origin: Origin(location: fields.location, entries: locations))
  }

  mutating func units(_ fields: Fields) -> [Unit] {
    elements(fields, .onderdelen) { reader, node in reader.unit(node) }
  }

  mutating func unit(_ node: ValueNode) -> Unit? {
    guard let fields = fields(of: node, key: "onderdelen", context: .unit) else { return nil }
    var locations = fields.locations
    let id = self.id(fields, .id)
    let name = text(fields, .naam)
    let kind = value(fields, .soort, as: UnitKind.self)
    let validity = self.period(fields, .geldig, locations: &locations)
    let description = text(fields, .beschrijving)
    let units = self.units(fields)
    let sources = self.sources(fields, locations: &locations)
    guard let id else { return nil }
    return Unit(
      id: id, name: name ?? id.rawValue, kind: kind ?? .overig, validity: validity,
      description: description, units: units,
      sources: sources, origin: Origin(location: fields.location, entries: locations))
  }

  mutating func person(_ node: ValueNode) -> Person? {
    guard let fields = fields(of: node, key: "personen", context: .person) else { return nil }
    var locations = fields.locations
    let id = self.id(fields, .id)
    let name = text(fields, .naam)
    let functions = ids(fields, .functies, locations: &locations)
    let validity = self.period(fields, .geldig, locations: &locations)
    let description = text(fields, .beschrijving)
    let sources = self.sources(fields, locations: &locations)
    guard let id else { return nil }
    return Person(
      id: id, name: name ?? id.rawValue, functions: functions, validity: validity,
      description: description, sources: sources,
      origin: Origin(location: fields.location, entries: locations))
  }

  mutating func role(_ node: ValueNode) -> Role? {
    guard let fields = fields(of: node, key: "rollen", context: .role) else { return nil }
    var locations = fields.locations
    var kind: RoleKind?
    if let kindNode = fields[.rol], let word = scalarText(kindNode, key: "rol") {
      kind = RoleKind(word: word)
      if kind == nil,
        String(word.lowercased().map { $0 == "ö" ? "o" : $0 }).contains("coordinerend")
      {
        report(.coordinatingRole(value: word), at: location(kindNode))
      } else if kind == nil {
        report(
          .invalidValue(
            key: "rol", value: word, allowed: RoleKind.acceptedWords,
            suggestion: Suggestion.closest(to: word, in: RoleKind.acceptedWords)),
          at: location(kindNode))
      }
    }
    let holder = id(fields, .houder)
    let executor = id(fields, .van)
    let isCoordinating = boolean(fields, .coordinerend)
    let validity = self.period(fields, .geldig, locations: &locations)
    let description = text(fields, .beschrijving)
    let sources = self.sources(fields, locations: &locations)
    guard let kind, let holder, let executor else { return nil }
    return Role(
      kind: kind, holder: holder, executor: executor, isCoordinating: isCoordinating ?? false,
      validity: validity, description: description, sources: sources,
      origin: Origin(location: fields.location, entries: locations))
  }

  mutating func opdracht(_ node: ValueNode) -> Opdracht? {
    guard let fields = fields(of: node, key: "opdrachten", context: .opdracht) else { return nil }
    var locations = fields.locations
    let id = self.id(fields, .id)
    let name = text(fields, .naam)
    let opdrachtgever = self.id(fields, .opdrachtgever)
    let opdrachtnemer = self.id(fields, .opdrachtnemer)
    let capacity = number(fields, .capaciteit)
    let cost = number(fields, .kosten)
    let budget = number(fields, .budget)
    let priority = value(fields, .prioriteit, as: Priority.self)
    let period = self.period(fields, .periode, locations: &locations)
    let afspraak = self.id(fields, .afspraak)
    let description = text(fields, .beschrijving)
    let sources = self.sources(fields, locations: &locations)
    guard let id else { return nil }
    return Opdracht(
      id: id, name: name ?? id.rawValue, opdrachtgever: opdrachtgever,
      opdrachtnemer: opdrachtnemer, capacity: capacity, cost: cost, budget: budget,
      priority: priority, period: period, afspraak: afspraak, description: description,
      sources: sources, origin: Origin(location: fields.location, entries: locations))
  }

  mutating func afspraak(_ node: ValueNode) -> Afspraak? {
    guard let fields = fields(of: node, key: "afspraken", context: .afspraak) else { return nil }
    var locations = fields.locations
    let id = self.id(fields, .id)
    let kind = value(fields, .soort, as: AfspraakKind.self)
    let name = text(fields, .naam)
    let parties = ids(fields, .partijen, locations: &locations)
    let period = self.period(fields, .periode, locations: &locations)
    let description = text(fields, .beschrijving)
    let sources = self.sources(fields, locations: &locations)
    guard let id else { return nil }
    return Afspraak(
      id: id, kind: kind ?? .anders, name: name, parties: parties, period: period,
      description: description, sources: sources,
      origin: Origin(location: fields.location, entries: locations))
  }

  mutating func keten(_ node: ValueNode) -> Keten? {
    guard let fields = fields(of: node, key: "ketens", context: .keten) else { return nil }
    var locations = fields.locations
    let id = self.id(fields, .id)
    let name = text(fields, .naam)
    let members = ids(fields, .leden, locations: &locations)
    let regisseur = self.id(fields, .regisseur)
    let description = text(fields, .beschrijving)
    let sources = self.sources(fields, locations: &locations)
    guard let id else { return nil }
    return Keten(
      id: id, name: name ?? id.rawValue, members: members, regisseur: regisseur,
      description: description, sources: sources,
      origin: Origin(location: fields.location, entries: locations))
  }

  mutating func afwijking(_ node: ValueNode) -> Afwijking? {
    guard let fields = fields(of: node, key: "afwijkingen", context: .afwijking) else {
      return nil
    }
    var locations = fields.locations
    // A rule code in any case: `sd13` is `SD13`.
    let rule = text(fields, .regel).map { written in
      let upper = written.uppercased()
      return upper.hasPrefix("SD") && upper.dropFirst(2).allSatisfy { ("0"..."9").contains($0) }
        ? upper : written
    }
    let betreft = ids(fields, .betreft, locations: &locations)
    let reason = text(fields, .reden)
    let verantwoordelijke = id(fields, .verantwoordelijke)
    let until = date(fields, .tot)
    let sources = self.sources(fields, locations: &locations)
    guard let rule, let reason, let verantwoordelijke, fields[.betreft] != nil else { return nil }
    return Afwijking(
      rule: rule, betreft: betreft, reason: reason, verantwoordelijke: verantwoordelijke,
      until: until, sources: sources, origin: Origin(location: fields.location, entries: locations))
  }
}
