import DriehoekModel

extension ArchiMateDocument {
  typealias ElementType = ArchiMateVocabulary.ElementType
  typealias RelationshipType = ArchiMateVocabulary.RelationshipType
  typealias RelationshipName = ArchiMateVocabulary.RelationshipName

  /// Adds every element and relationship of the model, in the model's order.
  mutating func addElements() throws(ArchiMateExportError) {
    if let peildatum = model.peildatum {
      modelProperties.append((.peildatum, peildatum.description))
    }
    // Elements first, so every reference can be checked.
    for organisation in model.organisations {
      let properties = Self.properties(
        [
          (.soort, organisation.kind.rawValue),
          (.capaciteit, organisation.capacity.map(ArchiMateProperty.text(of:))),
          (.geldig, organisation.validity.map(ArchiMateProperty.text(of:))),
          (.url, organisation.url), (.onderdeelVan, organisation.partOf?.rawValue),
        ], sources: organisation.sources)
      try addModelElement(
        organisation.id, .businessActor, name: organisation.name,
        documentation: organisation.description, properties: properties)
      try addUnits(organisation.units, parent: organisation.id)
    }
    for person in model.persons {
      try addModelElement(
        person.id, .businessActor, name: person.name, documentation: person.description,
        properties: Self.properties(
          [(.geldig, person.validity.map(ArchiMateProperty.text(of:)))], sources: person.sources))
    }
    for opdracht in model.opdrachten {
      let properties = Self.properties(
        [
          (.capaciteit, opdracht.capacity.map(ArchiMateProperty.text(of:))),
          (.kosten, opdracht.cost.map(ArchiMateProperty.text(of:))),
          (.budget, opdracht.budget.map(ArchiMateProperty.text(of:))),
          (.prioriteit, opdracht.priority?.rawValue),
          (.periode, opdracht.period.map(ArchiMateProperty.text(of:))),
        ], sources: opdracht.sources)
      try addModelElement(
        opdracht.id, .businessInteraction, name: opdracht.name,
        documentation: opdracht.description, properties: properties)
    }
    for afspraak in model.afspraken {
      let properties = Self.properties(
        [
          (.soort, afspraak.kind.rawValue),
          (.periode, afspraak.period.map(ArchiMateProperty.text(of:))),
          (.naamloos, afspraak.name == nil ? "true" : nil),
        ], sources: afspraak.sources)
      try addModelElement(
        afspraak.id, .contract, name: afspraak.name ?? afspraak.id.rawValue,
        documentation: afspraak.description, properties: properties)
    }
    for keten in model.ketens {
      try addModelElement(
        keten.id, .businessCollaboration, name: keten.name, documentation: keten.description,
        properties: Self.properties([], sources: keten.sources))
    }
    try addRoles()
    try addReferences()
    try addAfwijkingen()
  }

  private mutating func addUnits(_ units: [Unit], parent: ElementID) throws(ArchiMateExportError) {
    for unit in units {
      let properties = Self.properties(
        [(.soort, unit.kind.rawValue), (.geldig, unit.validity.map(ArchiMateProperty.text(of:)))],
        sources: unit.sources)
      try addModelElement(
        unit.id, .businessActor, name: unit.name, documentation: unit.description,
        properties: properties)
      parents[unit.id] = parent
      relate(
        .composition, from: parent, to: unit.id, parts: "onderdeel", parent.rawValue,
        unit.id.rawValue)
      try addUnits(unit.units, parent: unit.id)
    }
  }

  private mutating func addModelElement(
    _ id: ElementID, _ type: ElementType, name: String, documentation: String?,
    properties: [(ArchiMateProperty, String)]
  ) throws(ArchiMateExportError) {
    guard id.isWellFormed else { throw .invalidID(id.rawValue) }
    let identifier = Self.identifier(of: id)
    // Model ids are unique; a second definition keeps the first, as the model index does.
    guard identifiers.reserve(identifier) else { return }
    elementIndex[id] = elements.count
    elements.append(
      Element(
        identifier: identifier, type: type, name: name, documentation: documentation,
        properties: properties))
  }

  /// The identifier of a model element, checked to exist.
  func resolve(_ id: ElementID, key: String) throws(ArchiMateExportError) -> String {
    guard elementIndex[id] != nil else { throw .unknownReference(id: id.rawValue, key: key) }
    return Self.identifier(of: id)
  }

  /// Adds a relationship between two model elements (both known) and returns its identifier.
  @discardableResult
  private mutating func relate(
    _ type: RelationshipType, from source: ElementID, to target: ElementID,
    name: RelationshipName? = nil, isDirected: Bool = false, parts: String...
  ) -> String {
    let identifier = identifiers.make(["rel"] + parts)
    relationships.append(
      Relationship(
        identifier: identifier, type: type, source: Self.identifier(of: source),
        target: Self.identifier(of: target), name: name, isDirected: isDirected))
    return identifier
  }

  /// One role element per kind and executor; every role an assignment from its holder.
  private mutating func addRoles() throws(ArchiMateExportError) {
    for role in model.roles {
      let holder = try resolve(role.holder, key: "houder")
      let executor = try resolve(role.executor, key: "van")
      let key = RoleKey(kind: role.kind, executor: role.executor)
      let roleIdentifier: String
      if let existing = roleElements[key] {
        roleIdentifier = existing
      } else {
        roleIdentifier = identifiers.make("rol", role.kind.rawValue, role.executor.rawValue)
        roleElements[key] = roleIdentifier
        let executorName = elementIndex[role.executor].map { elements[$0].name } ?? executor
        elements.append(
          Element(
            identifier: roleIdentifier, type: .businessRole,
            name: ArchiMateVocabulary.roleName(role.kind, executor: executorName),
            properties: [(.rol, role.kind.rawValue)]))
        let link = identifiers.make("rel", "van", role.kind.rawValue, role.executor.rawValue)
        roleLinks[key] = link
        relationships.append(
          Relationship(
            identifier: link, type: .association, source: roleIdentifier, target: executor,
            name: .van, isDirected: true))
      }
      let properties = Self.properties(
        [
          (.coordinerend, role.isCoordinating ? "true" : nil),
          (.geldig, role.validity.map(ArchiMateProperty.text(of:))),
        ], sources: role.sources)
      // What belongs to one holder's role is the assignment's: its description too.
      relationships.append(
        Relationship(
          identifier: identifiers.make(
            "rel", role.kind.rawValue, role.holder.rawValue, role.executor.rawValue),
          type: .assignment, source: holder, target: roleIdentifier,
          documentation: role.description, properties: properties))
    }
  }

  /// An element's properties: those of `values` that it has (a `nil` value is left out), in
  /// order, then one `bronnen` property per source.
  private static func properties(
    _ values: [(ArchiMateProperty, String?)], sources: [String]
  ) -> [(ArchiMateProperty, String)] {
    values.compactMap { property, value in value.map { (property, $0) } }
      + sources.map { (.bronnen, $0) }
  }

  /// The relationships that hold the references between model elements.
  private mutating func addReferences() throws(ArchiMateExportError) {
    // `onderdeel-van` is a property (the organisation stays a top-level actor: a composition would
    // make it a unit); its reference is checked like every other.
    for organisation in model.organisations {
      if let ministry = organisation.partOf { _ = try resolve(ministry, key: "onderdeel-van") }
    }
    for person in model.persons {
      for function in person.functions {
        _ = try resolve(function, key: "functies")
        relate(
          .aggregation, from: function, to: person.id, name: .functie,
          parts: "functie", person.id.rawValue, function.rawValue)
      }
    }
    for opdracht in model.opdrachten {
      var links: (gever: String?, nemer: String?) = (nil, nil)
      if let gever = opdracht.opdrachtgever {
        _ = try resolve(gever, key: "opdrachtgever")
        links.gever = relate(
          .assignment, from: gever, to: opdracht.id, name: .opdrachtgever,
          parts: "opdrachtgever", opdracht.id.rawValue)
      }
      if let nemer = opdracht.opdrachtnemer {
        _ = try resolve(nemer, key: "opdrachtnemer")
        links.nemer = relate(
          .assignment, from: nemer, to: opdracht.id, name: .opdrachtnemer,
          parts: "opdrachtnemer", opdracht.id.rawValue)
      }
      opdrachtLinks[opdracht.id] = links
      if let afspraak = opdracht.afspraak {
        _ = try resolve(afspraak, key: "afspraak")
        relate(
          .association, from: opdracht.id, to: afspraak, name: .afspraak, isDirected: true,
          parts: "afspraak", opdracht.id.rawValue)
      }
    }
    for afspraak in model.afspraken {
      for party in afspraak.parties {
        _ = try resolve(party, key: "partijen")
        let link = relate(
          .association, from: afspraak.id, to: party, name: .partij,
          parts: "partij", afspraak.id.rawValue, party.rawValue)
        partyLinks[afspraak.id, default: []].append((party, link))
      }
    }
    for keten in model.ketens {
      for member in keten.members {
        _ = try resolve(member, key: "leden")
        relate(
          .aggregation, from: keten.id, to: member, name: .lid,
          parts: "lid", keten.id.rawValue, member.rawValue)
      }
      if let regisseur = keten.regisseur {
        _ = try resolve(regisseur, key: "regisseur")
        relate(
          .association, from: regisseur, to: keten.id, name: .regisseur, isDirected: true,
          parts: "regisseur", keten.id.rawValue)
      }
    }
  }

  /// Every afwijking as an assessment, associated with what it concerns and who answers for it.
  private mutating func addAfwijkingen() throws(ArchiMateExportError) {
    for afwijking in model.afwijkingen {
      let identifier = identifiers.make(
        ["afwijking", afwijking.rule] + afwijking.betreft.prefix(1).map(\.rawValue))
      assessments.append(identifier)
      let properties = Self.properties(
        [(.regel, afwijking.rule), (.tot, afwijking.until?.description)],
        sources: afwijking.sources)
      let concerns = afwijking.betreft.map(\.rawValue).joined(separator: ", ")
      elements.append(
        Element(
          identifier: identifier, type: .assessment,
          name: "Afwijking \(afwijking.rule): \(concerns)", documentation: afwijking.reason,
          properties: properties))
      for id in afwijking.betreft {
        let target = try resolve(id, key: "betreft")
        relationships.append(
          Relationship(
            identifier: identifiers.make("rel", "betreft", identifier, id.rawValue),
            type: .association, source: identifier, target: target, name: .betreft,
            isDirected: true))
      }
      let owner = try resolve(afwijking.verantwoordelijke, key: "verantwoordelijke")
      relationships.append(
        Relationship(
          identifier: identifiers.make("rel", "verantwoordelijke", identifier),
          type: .association, source: owner, target: identifier, name: .verantwoordelijke,
          isDirected: true))
    }
  }

  /// Adds every open finding as a property of the elements it names.
  mutating func add(findings: [ArchiMateFinding], peildatum: Day?) {
    if let peildatum, !findings.isEmpty {
      modelProperties.append((.bevindingenPeildatum, peildatum.description))
    }
    for finding in findings {
      var seen: Set<ElementID> = []
      for id in finding.betreft where seen.insert(id).inserted {
        guard let index = elementIndex[id] else { continue }
        elements[index].properties.append((.bevinding, finding.text))
      }
    }
  }
}
