import DriehoekModel

extension ArchiMateReadSession {
  /// What the relationships say, gathered per element before the model is built.
  struct Links {
    var parent: [String: String] = [:]
    var units: [String: [String]] = [:]
    var functions: [String: [String]] = [:]
    var roleAssignments: [Concept] = []
    var roleExecutor: [String: String] = [:]
    var opdrachtgever: [String: String] = [:]
    var opdrachtnemer: [String: String] = [:]
    var afspraak: [String: String] = [:]
    var parties: [String: [String]] = [:]
    var members: [String: [String]] = [:]
    var regisseur: [String: String] = [:]
    var betreft: [String: [String]] = [:]
    var verantwoordelijke: [String: String] = [:]
  }

  /// The properties each kind of concept may carry (besides `bevinding`).
  static let allowedProperties: [String: Set<ArchiMateProperty>] = [
    "organisatie": [.soort, .capaciteit, .geldig, .url, .onderdeelVan, .bronnen],
    "onderdeel": [.soort, .geldig, .bronnen],
    "persoon": [.geldig, .bronnen],
    "rol": [.rol],
    "opdracht": [.capaciteit, .kosten, .budget, .prioriteit, .periode, .bronnen],
    "afspraak": [.soort, .periode, .naamloos, .bronnen],
    "keten": [.bronnen],
    "afwijking": [.regel, .tot, .bronnen],
    "roltoewijzing": [.coordinerend, .geldig, .bronnen],
    "relatie": [],
    "model": [.peildatum],
  ]

  mutating func buildModel(root: XMLTree.Element) -> Model? {
    var byIdentifier: [String: Int] = [:]
    for (offset, element) in elements.enumerated() {
      if byIdentifier[element.identifier] != nil {
        reject("identifier '\(element.identifier)' komt twee keer voor", at: element)
      }
      byIdentifier[element.identifier] = offset
      guard ElementType(rawValue: element.type) != nil else {
        let known = ElementType.allCases.map(\.rawValue).joined(separator: ", ")
        reject("elementtype '\(element.type)' wordt niet gelezen (wel: \(known))", at: element)
        continue
      }
      if [.businessActor, .businessInteraction, .contract, .businessCollaboration].contains(
        ElementType(rawValue: element.type)), modelID(element.identifier) == nil
      {
        reject(
          "identifier '\(element.identifier)' is niet 'id-' gevolgd door een model-id", at: element)
      }
    }
    func type(_ identifier: String?) -> ElementType? {
      identifier.flatMap { byIdentifier[$0] }.flatMap { ElementType(rawValue: elements[$0].type) }
    }
    var links = Links()
    for relationship in relationships {
      guard let source = relationship.source, let target = relationship.target else {
        reject("relatie '\(relationship.identifier)' zonder source of target", at: relationship)
        continue
      }
      guard let sourceType = type(source), let targetType = type(target) else {
        let missing = type(source) == nil ? source : target
        reject(
          "relatie '\(relationship.identifier)' verwijst naar onbekend element '\(missing)'",
          at: relationship)
        continue
      }
      let name = relationship.name ?? ""
      switch (relationship.type, name, sourceType, targetType) {
      case ("Composition", "", .businessActor, .businessActor):
        if links.parent[target] != nil {
          reject("onderdeel '\(target)' zit in twee organisaties of onderdelen", at: relationship)
        }
        links.parent[target] = source
        links.units[source, default: []].append(target)
      case ("Aggregation", "functie", .businessActor, .businessActor):
        links.functions[target, default: []].append(source)
      case ("Assignment", "", .businessActor, .businessRole):
        links.roleAssignments.append(relationship)
      case ("Association", "van", .businessRole, .businessActor):
        links.roleExecutor[source] = target
      case ("Assignment", "opdrachtgever", .businessActor, .businessInteraction):
        links.opdrachtgever[target] = source
      case ("Assignment", "opdrachtnemer", .businessActor, .businessInteraction):
        links.opdrachtnemer[target] = source
      case ("Association", "afspraak", .businessInteraction, .contract):
        links.afspraak[source] = target
      case ("Association", "partij", .contract, .businessActor):
        links.parties[source, default: []].append(target)
      case ("Aggregation", "lid", .businessCollaboration, .businessActor):
        links.members[source, default: []].append(target)
      case ("Association", "regisseur", .businessActor, .businessCollaboration):
        links.regisseur[target] = source
      case ("Association", "betreft", .assessment, _):
        links.betreft[source, default: []].append(target)
      case ("Association", "verantwoordelijke", .businessActor, .assessment):
        links.verantwoordelijke[target] = source
      default:
        let label = name.isEmpty ? "" : " '\(name)'"
        reject(
          "relatie \(relationship.type)\(label) van \(sourceType.rawValue) naar"
            + " \(targetType.rawValue) ('\(relationship.identifier)') wordt niet gelezen",
          at: relationship)
        continue
      }
      check(
        relationship,
        as: name == "" && relationship.type == "Assignment" ? "roltoewijzing" : "relatie")
    }
    check(modelProperties, as: "model", at: root)
    guard !diagnostics.containsErrors else { return nil }
    return model(links: links, byIdentifier: byIdentifier, root: root)
  }

  /// The model id of an element identifier (`id-svb` → `svb`).
  func modelID(_ identifier: String) -> ElementID? {
    guard identifier.hasPrefix(ArchiMateVocabulary.idPrefix) else { return nil }
    let id = ElementID(String(identifier.dropFirst(ArchiMateVocabulary.idPrefix.count)))
    return id.isWellFormed ? id : nil
  }

  private mutating func check(_ concept: Concept, as kind: String) {
    check(concept.properties, as: kind, line: concept.line, column: concept.column)
  }

  private mutating func check(
    _ properties: [Property], as kind: String, at element: XMLTree.Element
  ) {
    check(properties, as: kind, line: element.line, column: element.column)
  }

  /// Reports a property the kind of concept does not carry, or one written twice.
  mutating func check(_ properties: [Property], as kind: String, line: Int, column: Int) {
    let allowed = Self.allowedProperties[kind] ?? []
    var seen: Set<ArchiMateProperty> = []
    for property in properties where !property.property.isDerived {
      if !allowed.contains(property.property) {
        report(
          .exchangeContent(
            detail: "eigenschap '\(property.property.rawValue)' hoort niet bij een \(kind)"),
          line: property.line, column: property.column)
      } else if !seen.insert(property.property).inserted, !property.property.isRepeated {
        report(
          .exchangeContent(detail: "eigenschap '\(property.property.rawValue)' staat er twee keer"),
          line: property.line, column: property.column)
      }
    }
  }

  private func value(_ property: ArchiMateProperty, in properties: [Property]) -> Property? {
    properties.first { $0.property == property }
  }

  private func location(_ concept: Concept) -> SourceLocation {
    SourceLocation(file: file, line: concept.line, column: concept.column)
  }

  /// Where an element and its fields stand, for the diagnostics of validation.
  private func origin(_ concept: Concept) -> Origin {
    var fields: [String: SourceLocation] = [:]
    var sourceCount = 0
    for property in concept.properties {
      var key = property.property.rawValue
      // Each source has a place of its own, as the loader records `bronnen.N`.
      if property.property == .bronnen {
        key += ".\(sourceCount)"
        sourceCount += 1
      }
      fields[key] = SourceLocation(file: file, line: property.line, column: property.column)
    }
    return Origin(location: location(concept), fields: fields)
  }

  private mutating func kind<Value: RawRepresentable & CaseIterable>(
    _ type: Value.Type, _ property: ArchiMateProperty, of concept: Concept
  ) -> Value? where Value.RawValue == String {
    guard let entry = value(property, in: concept.properties) else {
      reject("'\(concept.identifier)' heeft geen eigenschap '\(property.rawValue)'", at: concept)
      return nil
    }
    if let value = Value(rawValue: entry.value) { return value }
    let allowed = Value.allCases.map(\.rawValue)
    report(
      .invalidValue(
        key: property.rawValue, value: entry.value, allowed: allowed,
        suggestion: Suggestion.closest(to: entry.value, in: allowed)),
      line: entry.line, column: entry.column)
    return nil
  }

  private mutating func number(_ property: ArchiMateProperty, of concept: Concept) -> Double? {
    guard let entry = value(property, in: concept.properties) else { return nil }
    guard let number = Double(entry.value), number.isFinite else {
      report(
        .invalidNumber(text: entry.value, key: property.rawValue), line: entry.line,
        column: entry.column)
      return nil
    }
    return number
  }

  private mutating func period(_ property: ArchiMateProperty, in properties: [Property]) -> Period?
  {
    guard let entry = value(property, in: properties) else { return nil }
    guard let period = ArchiMateProperty.period(from: entry.value) else {
      report(
        .invalidDate(text: entry.value, key: property.rawValue + " (van/tot, '..' voor open)"),
        line: entry.line, column: entry.column)
      return nil
    }
    return period
  }

  private mutating func day(_ property: ArchiMateProperty, in properties: [Property]) -> Day? {
    guard let entry = value(property, in: properties) else { return nil }
    guard let day = Day(iso: entry.value) else {
      report(
        .invalidDate(text: entry.value, key: property.rawValue), line: entry.line,
        column: entry.column)
      return nil
    }
    return day
  }

  private mutating func flag(_ property: ArchiMateProperty, in properties: [Property]) -> Bool {
    guard let entry = value(property, in: properties) else { return false }
    switch entry.value {
    case "true": return true
    case "false": return false
    default:
      report(
        .invalidValue(
          key: property.rawValue, value: entry.value, allowed: ["true", "false"], suggestion: nil),
        line: entry.line, column: entry.column)
      return false
    }
  }

  /// The `bronnen` of a concept: one property per source, in order.
  private func sources(of concept: Concept) -> [String] {
    concept.properties.filter { $0.property == .bronnen }.map(\.value)
  }

  private func ids(_ identifiers: [String]?) -> [ElementID] {
    (identifiers ?? []).compactMap(modelID)
  }

  /// The model the elements and links stand for, in the order they are written.
  private mutating func model(links: Links, byIdentifier: [String: Int], root: XMLTree.Element)
    -> Model?
  {
    var model = Model(name: modelName ?? "")
    if modelName == nil { reject("het model heeft geen <name>", at: root) }
    model.description = modelDocumentation
    model.peildatum = day(.peildatum, in: modelProperties)
    var unitConcepts: [String: Concept] = [:]
    for concept in elements where concept.type == ElementType.businessActor.rawValue {
      let hasKind = value(.soort, in: concept.properties) != nil
      if hasKind, links.parent[concept.identifier] != nil {
        check(concept, as: "onderdeel")
        unitConcepts[concept.identifier] = concept
      }
    }
    func unit(_ identifier: String, depth: Int) -> Unit? {
      guard let concept = unitConcepts[identifier], let id = modelID(identifier) else { return nil }
      guard depth < 1000 else { return nil }
      return Unit(
        id: id, name: concept.name ?? "",
        kind: kind(UnitKind.self, .soort, of: concept) ?? .overig,
        validity: period(.geldig, in: concept.properties), description: concept.documentation,
        units: (links.units[identifier] ?? []).compactMap { unit($0, depth: depth + 1) },
        sources: sources(of: concept), origin: origin(concept))
    }
    var reached: Set<String> = []
    func collect(_ units: [Unit]) {
      for unit in units {
        reached.insert(ArchiMateDocument.identifier(of: unit.id))
        collect(unit.units)
      }
    }
    for concept in elements {
      guard let type = ElementType(rawValue: concept.type) else { continue }
      let id = modelID(concept.identifier)
      switch type {
      case .businessActor:
        guard let id else { continue }
        let hasKind = value(.soort, in: concept.properties) != nil
        if hasKind, links.parent[concept.identifier] == nil {
          check(concept, as: "organisatie")
          var organisation = Organisation(
            id: id, name: concept.name ?? "",
            kind: kind(OrganisationKind.self, .soort, of: concept) ?? .extern,
            capacity: number(.capaciteit, of: concept),
            validity: period(.geldig, in: concept.properties),
            description: concept.documentation,
            url: value(.url, in: concept.properties)?.value,
            partOf: value(.onderdeelVan, in: concept.properties).map { ElementID($0.value) },
            sources: sources(of: concept), origin: origin(concept))
          organisation.units = (links.units[concept.identifier] ?? []).compactMap {
            unit($0, depth: 0)
          }
          collect(organisation.units)
          model.organisations.append(organisation)
        } else if !hasKind {
          check(concept, as: "persoon")
          model.persons.append(
            Person(
              id: id, name: concept.name ?? "", functions: ids(links.functions[concept.identifier]),
              validity: period(.geldig, in: concept.properties),
              description: concept.documentation, sources: sources(of: concept),
              origin: origin(concept)))
        }
      case .businessRole:
        check(concept, as: "rol")
      case .businessInteraction:
        guard let id else { continue }
        check(concept, as: "opdracht")
        let priority: Priority? =
          value(.prioriteit, in: concept.properties) == nil
          ? nil : kind(Priority.self, .prioriteit, of: concept)
        model.opdrachten.append(
          Opdracht(
            id: id, name: concept.name ?? "",
            opdrachtgever: links.opdrachtgever[concept.identifier].flatMap(modelID),
            opdrachtnemer: links.opdrachtnemer[concept.identifier].flatMap(modelID),
            capacity: number(.capaciteit, of: concept), cost: number(.kosten, of: concept),
            budget: number(.budget, of: concept), priority: priority,
            period: period(.periode, in: concept.properties),
            afspraak: links.afspraak[concept.identifier].flatMap(modelID),
            description: concept.documentation, sources: sources(of: concept),
            origin: origin(concept)))
      case .contract:
        guard let id else { continue }
        check(concept, as: "afspraak")
        let isNameless = flag(.naamloos, in: concept.properties)
        model.afspraken.append(
          Afspraak(
            id: id, kind: kind(AfspraakKind.self, .soort, of: concept) ?? .anders,
            name: isNameless ? nil : concept.name, parties: ids(links.parties[concept.identifier]),
            period: period(.periode, in: concept.properties), description: concept.documentation,
            sources: sources(of: concept), origin: origin(concept)))
      case .businessCollaboration:
        guard let id else { continue }
        check(concept, as: "keten")
        model.ketens.append(
          Keten(
            id: id, name: concept.name ?? "", members: ids(links.members[concept.identifier]),
            regisseur: links.regisseur[concept.identifier].flatMap(modelID),
            description: concept.documentation, sources: sources(of: concept),
            origin: origin(concept)))
      case .assessment:
        check(concept, as: "afwijking")
        guard let rule = value(.regel, in: concept.properties)?.value else {
          reject("afwijking '\(concept.identifier)' heeft geen eigenschap 'regel'", at: concept)
          continue
        }
        guard let reason = concept.documentation else {
          reject(
            "afwijking '\(concept.identifier)' heeft geen <documentation> met de reden",
            at: concept)
          continue
        }
        guard let owner = links.verantwoordelijke[concept.identifier].flatMap(modelID) else {
          reject(
            "afwijking '\(concept.identifier)' heeft geen relatie 'verantwoordelijke'", at: concept)
          continue
        }
        model.afwijkingen.append(
          Afwijking(
            rule: rule, betreft: ids(links.betreft[concept.identifier]), reason: reason,
            verantwoordelijke: owner, until: day(.tot, in: concept.properties),
            sources: sources(of: concept), origin: origin(concept)))
      }
    }
    for (identifier, concept) in unitConcepts where !reached.contains(identifier) {
      reject(
        "onderdeel '\(identifier)' hoort bij geen organisatie (een kring van onderdelen?)",
        at: concept)
    }
    for assignment in links.roleAssignments {
      guard let roleConcept = assignment.target.flatMap({ byIdentifier[$0] }).map({ elements[$0] }),
        let kind = kind(RoleKind.self, .rol, of: roleConcept)
      else { continue }
      guard let executor = links.roleExecutor[roleConcept.identifier].flatMap(modelID) else {
        reject(
          "rol '\(roleConcept.identifier)' heeft geen relatie 'van' naar een organisatie",
          at: roleConcept)
        continue
      }
      guard let holder = assignment.source.flatMap(modelID) else { continue }
      model.roles.append(
        Role(
          kind: kind, holder: holder, executor: executor,
          isCoordinating: flag(.coordinerend, in: assignment.properties),
          validity: period(.geldig, in: assignment.properties),
          description: assignment.documentation, sources: sources(of: assignment),
          origin: origin(assignment)))
    }
    return diagnostics.containsErrors ? nil : model
  }
}
