/// Lookups over a model by id: what an id names, where a unit sits, which organisation owns it.
///
/// Built once in O(*n*); every lookup is O(1) or O(depth). Where an id is defined twice, the first
/// definition wins (the duplicate is a validation error).
public struct ModelIndex: Sendable {
  /// What an id names, with its place in the model.
  public enum Entry: Sendable {
    case organisation(Organisation)
    case unit(Unit, organisation: ElementID, parent: ElementID)
    case person(Person)
    case opdracht(Opdracht)
    case afspraak(Afspraak)
    case keten(Keten)

    /// The kind of element.
    public var kind: ElementKind {
      switch self {
      case .organisation: .organisation
      case .unit: .unit
      case .person: .person
      case .opdracht: .opdracht
      case .afspraak: .afspraak
      case .keten: .keten
      }
    }
  }

  /// Every entry, by id.
  public private(set) var entries: [ElementID: Entry] = [:]
  /// Every id in the order it was defined.
  public private(set) var orderedIDs: [ElementID] = []

  /// Indexes a model.
  /// - Complexity: O(*n*) in the number of elements.
  public init(_ model: Model) {
    for organisation in model.organisations {
      add(organisation.id, .organisation(organisation))
      addUnits(organisation.units, organisation: organisation.id, parent: organisation.id)
    }
    for person in model.persons { add(person.id, .person(person)) }
    for opdracht in model.opdrachten { add(opdracht.id, .opdracht(opdracht)) }
    for afspraak in model.afspraken { add(afspraak.id, .afspraak(afspraak)) }
    for keten in model.ketens { add(keten.id, .keten(keten)) }
  }

  private mutating func add(_ id: ElementID, _ entry: Entry) {
    guard entries[id] == nil else { return }
    entries[id] = entry
    orderedIDs.append(id)
  }

  private mutating func addUnits(_ units: [Unit], organisation: ElementID, parent: ElementID) {
    for unit in units {
      add(unit.id, .unit(unit, organisation: organisation, parent: parent))
      addUnits(unit.units, organisation: organisation, parent: unit.id)
    }
  }

  /// What kind of element the id names, or `nil` when it names nothing.
  public func kind(of id: ElementID) -> ElementKind? { entries[id]?.kind }

  /// The organisation with this id.
  public func organisation(_ id: ElementID) -> Organisation? {
    if case .organisation(let organisation) = entries[id] { return organisation }
    return nil
  }

  /// The unit with this id.
  public func unit(_ id: ElementID) -> Unit? {
    if case .unit(let unit, _, _) = entries[id] { return unit }
    return nil
  }

  /// The person with this id.
  public func person(_ id: ElementID) -> Person? {
    if case .person(let person) = entries[id] { return person }
    return nil
  }

  /// The opdracht with this id.
  public func opdracht(_ id: ElementID) -> Opdracht? {
    if case .opdracht(let opdracht) = entries[id] { return opdracht }
    return nil
  }

  /// The afspraak with this id.
  public func afspraak(_ id: ElementID) -> Afspraak? {
    if case .afspraak(let afspraak) = entries[id] { return afspraak }
    return nil
  }

  /// The keten with this id.
  public func keten(_ id: ElementID) -> Keten? {
    if case .keten(let keten) = entries[id] { return keten }
    return nil
  }

  /// The organisation an id belongs to: itself for an organisation, the owning organisation for a
  /// unit, `nil` for anything else.
  public func owningOrganisation(of id: ElementID) -> ElementID? {
    switch entries[id] {
    case .organisation: id
    case .unit(_, let organisation, _): organisation
    default: nil
    }
  }

  /// The unit or organisation directly above a unit, or `nil` for anything else.
  public func parent(of id: ElementID) -> ElementID? {
    if case .unit(_, _, let parent) = entries[id] { return parent }
    return nil
  }

  /// The units and organisation above an id, nearest first.
  /// - Complexity: O(depth).
  public func ancestors(of id: ElementID) -> [ElementID] {
    var result: [ElementID] = []
    var current = parent(of: id)
    while let next = current, result.count < 10_000 {
      result.append(next)
      current = parent(of: next)
    }
    return result
  }

  /// Whether `id` is `ancestor` or lies inside it.
  public func isSelfOrDescendant(_ id: ElementID, of ancestor: ElementID) -> Bool {
    id == ancestor || ancestors(of: id).contains(ancestor)
  }

  /// The display name of an id: the element's name, or the id itself.
  public func name(of id: ElementID) -> String {
    switch entries[id] {
    case .organisation(let organisation): organisation.name
    case .unit(let unit, _, _): unit.name
    case .person(let person): person.name
    case .opdracht(let opdracht): opdracht.name
    case .afspraak(let afspraak): afspraak.name ?? id.rawValue
    case .keten(let keten): keten.name
    case nil: id.rawValue
    }
  }

  /// The validity of an element that has one (organisation, unit, person, opdracht, afspraak).
  public func validity(of id: ElementID) -> Period? {
    switch entries[id] {
    case .organisation(let organisation): organisation.validity
    case .unit(let unit, _, _): unit.validity
    case .person(let person): person.validity
    case .opdracht(let opdracht): opdracht.period
    case .afspraak(let afspraak): afspraak.period
    case .keten, nil: nil
    }
  }
}
