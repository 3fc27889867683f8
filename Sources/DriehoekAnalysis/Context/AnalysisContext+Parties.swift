public import DriehoekModel

extension AnalysisContext {
  /// Whether a party includes a unit: it is the unit, the unit lies inside it, or the party is a
  /// person with a function in the unit or in a unit or organisation containing it.
  /// - Complexity: O(functions × depth).
  public func party(_ party: ElementID, includes unit: ElementID) -> Bool {
    if index.isSelfOrDescendant(unit, of: party) { return true }
    guard let person = index.person(party) else { return false }
    return person.functions.contains { index.isSelfOrDescendant(unit, of: $0) }
  }

  /// Whether a party is in an organisation: it is the organisation, a unit of it, or a person
  /// with a function there.
  public func party(_ party: ElementID, isIn organisation: ElementID) -> Bool {
    if index.owningOrganisation(of: party) == organisation { return true }
    guard let person = index.person(party) else { return false }
    return person.functions.contains { index.owningOrganisation(of: $0) == organisation }
  }

  /// The organisations the parties of a valid afspraak are in (see ``party(_:isIn:)``); empty
  /// for an afspraak not valid on the peildatum.
  public func organisations(of afspraak: Afspraak) -> Set<ElementID> {
    partyOrganisations[afspraak.id] ?? []
  }

  /// The valid persons with a function in the unit or organisation, or in a unit inside it.
  public func persons(workingIn scope: ElementID) -> ElementList<Person> {
    ElementList(model.persons, positions: personsByScope[scope])
  }

  /// Whether the id lies inside the organisation (is a unit of it or the organisation itself).
  public func isInside(_ id: ElementID, _ organisation: ElementID) -> Bool {
    index.isSelfOrDescendant(id, of: organisation)
  }
}

extension AnalysisContext {
  /// The valid afspraken with a party in the organisation (see ``party(_:isIn:)``), in model
  /// order: exactly those whose ``organisations(of:)`` contain it.
  /// - Complexity: O(*k*) in the number of such afspraken.
  public func validAfspraken(withPartyIn organisation: ElementID) -> [Afspraak] {
    afsprakenByOrganisation[organisation].map { validAfspraken[Int($0)] }
  }

  /// The valid afspraken with a party in the organisation among their own parties (see
  /// ``party(_:isIn:)``), in model order.
  /// - Complexity: O(*k*) in the number of such afspraken.
  func validAfspraken(withOwnPartyIn organisation: ElementID) -> [Afspraak] {
    afsprakenByOwnOrganisation[organisation].map { validAfspraken[Int($0)] }
  }

  /// The valid afspraken with a party that may include the unit, in model order.
  ///
  /// A candidate has a party that is the unit or lies above it, or a person with a function
  /// there. Every afspraak with a party that includes the unit (see ``party(_:includes:)``) is
  /// among them; callers still test ``party(_:includes:)``.
  /// - Complexity: O(depth + *k* log *k*) in the number *k* of such afspraken.
  func validAfspraken(withPartyIncluding unit: ElementID) -> [Afspraak] {
    var positions = Array(afsprakenByParty[unit])
    for ancestor in index.ancestors(of: unit) {
      positions += afsprakenByParty[ancestor]
    }
    return Set(positions).sorted().map { validAfspraken[Int($0)] }
  }
}
