/// The structural checks behind ``Model/validate(options:)``.
struct ModelValidator {
  let model: Model
  let options: ValidationOptions
  let index: ModelIndex
  var diagnostics: [Diagnostic] = []
  private var suggestionsLeft = 200

  init(model: Model, options: ValidationOptions, index: ModelIndex) {
    self.model = model
    self.options = options
    self.index = index
  }

  mutating func run() {
    checkIDs()
    checkOrganisations()
    for person in model.persons {
      checkName(person.name, origin: person.origin)
      checkSources(person.sources, origin: person.origin)
      checkPeriod(person.validity, origin: person.origin, key: "geldig")
      for (offset, function) in person.functions.enumerated() {
        checkReference(
          function, key: "functies", field: "functies.\(offset)", origin: person.origin,
          allowed: [.unit, .organisation])
      }
    }
    for role in model.roles { checkRole(role) }
    for opdracht in model.opdrachten { checkOpdracht(opdracht) }
    for afspraak in model.afspraken { checkAfspraak(afspraak) }
    for keten in model.ketens { checkKeten(keten) }
    for afwijking in model.afwijkingen { checkAfwijking(afwijking) }
  }

  // MARK: Ids

  private mutating func checkIDs() {
    // The index keeps the first definition of every id, visited in the same order as here.
    var seen = Set<ElementID>()
    var lowercased: [String: ElementID] = [:]
    let expected =
      model.organisations.count * 8 + model.persons.count + model.opdrachten.count
      + model.afspraken.count + model.ketens.count
    seen.reserveCapacity(expected)
    lowercased.reserveCapacity(expected)
    func visit(_ id: ElementID, _ kind: ElementKind, _ origin: Origin?) {
      var location: SourceLocation? { origin?.location(of: "id") }
      if !id.isWellFormed {
        report(
          .invalidID(id: id.rawValue, suggestion: Suggestion.asciiID(for: id.rawValue)),
          at: location)
      }
      if !seen.insert(id).inserted, let firstKind = index.kind(of: id) {
        let firstOrigin = index.origin(of: id)
        let note = Diagnostic.Note(
          dutch: "'\(id)' is hier eerder gedefinieerd", english: "'\(id)' was first defined here",
          location: firstOrigin?.location(of: "id"))
        diagnostics.append(
          Diagnostic(
            .duplicateID(id: id.rawValue, firstKind: firstKind), at: location, notes: [note]))
        return
      }
      // Most ids are lower-case ASCII already; `lowercased()` would only copy them.
      let isFolded = id.rawValue.utf8.allSatisfy { $0 < 0x80 && !(0x41...0x5A).contains($0) }
      let folded = isFolded ? id.rawValue : id.rawValue.lowercased()
      if let other = lowercased[folded] {
        report(.idsDifferOnlyInCase(id: id.rawValue, other: other.rawValue), at: location)
      } else {
        lowercased[folded] = id
      }
    }
    func visitUnits(_ units: [Unit]) {
      for unit in units {
        visit(unit.id, .unit, unit.origin)
        visitUnits(unit.units)
      }
    }
    for organisation in model.organisations {
      visit(organisation.id, .organisation, organisation.origin)
      visitUnits(organisation.units)
    }
    for person in model.persons { visit(person.id, .person, person.origin) }
    for opdracht in model.opdrachten { visit(opdracht.id, .opdracht, opdracht.origin) }
    for afspraak in model.afspraken { visit(afspraak.id, .afspraak, afspraak.origin) }
    for keten in model.ketens { visit(keten.id, .keten, keten.origin) }
  }

  // MARK: Elements

  private mutating func checkOrganisations() {
    for organisation in model.organisations {
      checkName(organisation.name, origin: organisation.origin)
      checkSources(organisation.sources, origin: organisation.origin)
      checkPeriod(organisation.validity, origin: organisation.origin, key: "geldig")
      checkNumber(organisation.capacity, key: "capaciteit", origin: organisation.origin)
      if let ministry = organisation.partOf { checkPartOf(organisation, ministry) }
      if let url = organisation.url, !Self.isSafeURL(url) {
        report(.unsafeURL(url: url), at: organisation.origin?.location(of: "url"))
      }
      checkUnits(organisation.units)
    }
  }

  /// `onderdeel-van` names an organisation of kind `ministerie`, not the organisation itself.
  private mutating func checkPartOf(_ organisation: Organisation, _ ministry: ElementID) {
    let location = organisation.origin?.location(of: "onderdeel-van")
    guard
      checkReference(
        ministry, key: "onderdeel-van", field: "onderdeel-van", origin: organisation.origin,
        allowed: [.organisation])
    else { return }
    let kind = index.organisation(ministry)?.kind
    if kind != .ministerie || ministry == organisation.id {
      report(
        .partOfNoMinistry(
          id: ministry.rawValue, kind: kind?.rawValue ?? "",
          ministries: model.organisations.filter {
            $0.kind == .ministerie && $0.id != organisation.id
          }
          .prefix(5).map(\.id.rawValue)),
        at: location)
    }
  }

  private mutating func checkUnits(_ units: [Unit]) {
    for unit in units {
      checkName(unit.name, origin: unit.origin)
      checkSources(unit.sources, origin: unit.origin)
      checkPeriod(unit.validity, origin: unit.origin, key: "geldig")
      checkUnits(unit.units)
    }
  }

  private mutating func checkRole(_ role: Role) {
    checkSources(role.sources, origin: role.origin)
    checkReference(
      role.holder, key: "houder", field: "houder", origin: role.origin,
      allowed: [.unit, .organisation])
    checkReference(
      role.executor, key: "van", field: "van", origin: role.origin, allowed: [.organisation])
    checkPeriod(role.validity, origin: role.origin, key: "geldig")
  }

  private mutating func checkOpdracht(_ opdracht: Opdracht) {
    checkName(opdracht.name, origin: opdracht.origin)
    // An opdrachtgever without an opdrachtgever role is informal steering: a finding (SD19),
    // not a load error.
    checkSources(opdracht.sources, origin: opdracht.origin)
    if let opdrachtgever = opdracht.opdrachtgever {
      checkReference(
        opdrachtgever, key: "opdrachtgever", field: "opdrachtgever", origin: opdracht.origin,
        allowed: [.unit, .organisation])
    }
    if let opdrachtnemer = opdracht.opdrachtnemer {
      checkReference(
        opdrachtnemer, key: "opdrachtnemer", field: "opdrachtnemer", origin: opdracht.origin,
        allowed: [.organisation])
    }
    if let afspraak = opdracht.afspraak {
      checkReference(
        afspraak, key: "afspraak", field: "afspraak", origin: opdracht.origin, allowed: [.afspraak])
    }
    checkNumber(opdracht.capacity, key: "capaciteit", origin: opdracht.origin)
    checkNumber(opdracht.cost, key: "kosten", origin: opdracht.origin)
    checkNumber(opdracht.budget, key: "budget", origin: opdracht.origin)
    checkPeriod(opdracht.period, origin: opdracht.origin, key: "periode")
  }

  private mutating func checkAfspraak(_ afspraak: Afspraak) {
    checkSources(afspraak.sources, origin: afspraak.origin)
    for (offset, party) in afspraak.parties.enumerated() {
      checkReference(
        party, key: "partijen", field: "partijen.\(offset)", origin: afspraak.origin,
        allowed: [.unit, .organisation, .person])
    }
    checkPeriod(afspraak.period, origin: afspraak.origin, key: "periode")
  }

  private mutating func checkKeten(_ keten: Keten) {
    checkName(keten.name, origin: keten.origin)
    checkSources(keten.sources, origin: keten.origin)
    for (offset, member) in keten.members.enumerated() {
      checkReference(
        member, key: "leden", field: "leden.\(offset)", origin: keten.origin,
        allowed: [.organisation])
    }
    if let regisseur = keten.regisseur {
      checkReference(
        regisseur, key: "regisseur", field: "regisseur", origin: keten.origin,
        allowed: [.unit, .organisation])
    }
  }

  private mutating func checkAfwijking(_ afwijking: Afwijking) {
    checkSources(afwijking.sources, origin: afwijking.origin)
    let code = afwijking.rule
    let known = options.knownRuleCodes
    let isKnown = known?.contains(code) ?? Self.looksLikeRuleCode(code)
    if !isKnown {
      let suggestion = known.flatMap { Suggestion.closest(to: code, in: $0.sorted()) }
      report(
        .unknownRule(code: code, suggestion: suggestion),
        at: afwijking.origin?.location(of: "regel"))
    }
    for (offset, id) in afwijking.betreft.enumerated() {
      checkReference(
        id, key: "betreft", field: "betreft.\(offset)", origin: afwijking.origin,
        allowed: ElementKind.allCases)
    }
    checkReference(
      afwijking.verantwoordelijke, key: "verantwoordelijke", field: "verantwoordelijke",
      origin: afwijking.origin, allowed: [.unit, .organisation, .person])
  }

  // MARK: Values

  /// Each `bronnen` item must be an accepted address or a short citation (``SourcePolicy``).
  private mutating func checkSources(_ sources: [String], origin: Origin?) {
    for (offset, item) in sources.enumerated() {
      guard let flaw = SourcePolicy.flaw(of: item) else { continue }
      report(
        .invalidSource(text: item, flaw: flaw),
        at: origin?.recordedLocation(of: "bronnen.\(offset)") ?? origin?.location(of: "bronnen"))
    }
  }

  private mutating func checkName(_ name: String, origin: Origin?) {
    if name.allSatisfy(\.isWhitespace) {
      report(.emptyValue(key: "naam"), at: origin?.location(of: "naam"))
    }
  }

  private mutating func checkPeriod(_ period: Period?, origin: Origin?, key: String) {
    guard let period, period.isReversed, let start = period.start, let end = period.end else {
      return
    }
    report(
      .reversedPeriod(start: start, end: end),
      at: origin?.recordedLocation(of: "\(key).tot") ?? origin?.location(of: key))
  }

  private mutating func checkNumber(_ value: Double?, key: String, origin: Origin?) {
    guard let value else { return }
    let location = origin?.location(of: key)
    if !value.isFinite {
      report(.nonFiniteNumber(key: key), at: location)
    } else if value < 0 {
      report(.negativeNumber(key: key, value: value), at: location)
    }
  }

  /// Reports a reference that does not resolve to an element of an allowed kind.
  /// - Returns: Whether the reference resolves to an allowed kind.
  @discardableResult
  private mutating func checkReference(
    _ id: ElementID, key: String, field: String, origin: Origin?, allowed: [ElementKind]
  ) -> Bool {
    var location: SourceLocation? { origin?.location(of: field) }
    guard let kind = index.kind(of: id) else {
      var suggestion: String?
      if suggestionsLeft > 0 {
        suggestionsLeft -= 1
        let index = self.index
        let candidates = index.orderedIDs.lazy.filter { candidate in
          index.kind(of: candidate).map(allowed.contains) ?? false
        }.map(\.rawValue)
        suggestion = Suggestion.closest(to: id.rawValue, in: candidates)
      }
      report(.unknownReference(id: id.rawValue, key: key, suggestion: suggestion), at: location)
      return false
    }
    guard allowed.contains(kind) else {
      report(
        .wrongReferenceKind(
          id: id.rawValue, key: key, found: kind, expected: allowed,
          suggestion: suggestion(for: id, kind: kind, allowed: allowed)),
        at: location)
      return false
    }
    return true
  }

  /// A likely intended id for a reference of the wrong kind: the organisation that owns a unit,
  /// or the unit in which a person holds a function.
  private func suggestion(for id: ElementID, kind: ElementKind, allowed: [ElementKind]) -> String? {
    switch kind {
    case .unit where allowed.contains(.organisation):
      return index.owningOrganisation(of: id)?.rawValue
    case .person where allowed.contains(.unit):
      return index.person(id)?.functions.first?.rawValue
    default:
      return nil
    }
  }

  private mutating func report(_ problem: Problem, at location: SourceLocation?) {
    diagnostics.append(Diagnostic(problem, at: location))
  }

  static func looksLikeRuleCode(_ code: String) -> Bool {
    let scalars = Array(code.unicodeScalars)
    return scalars.count == 4 && scalars[0] == "S" && scalars[1] == "D"
      && scalars[2...].allSatisfy { ("0"..."9").contains($0) }
  }

  static func isSafeURL(_ url: String) -> Bool {
    URLPolicy.isSafe(url)
  }
}
