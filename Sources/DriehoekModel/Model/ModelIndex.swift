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

  /// Where an id's element sits: its position in the model's list of that kind, or in `units`.
  private enum Slot: Sendable {
    case organisation(Int)
    case unit(Int)
    case person(Int)
    case opdracht(Int)
    case afspraak(Int)
    case keten(Int)
  }

  /// A unit with the organisation it belongs to and the unit or organisation directly above it.
  private struct UnitEntry: Sendable {
    let unit: Unit
    let organisation: ElementID
    let parent: ElementID
    /// The position of `parent` in `orderedIDs`.
    let parentOrder: Int
  }

  /// The indexed model; entries point into its lists rather than copying the elements.
  public let model: Model
  /// Every unit of every organisation, depth first in model order.
  private var units: [UnitEntry] = []
  /// The position of every id in `orderedIDs`: one hash lookup finds an id's handle, and
  /// everything else about it is read from arrays.
  private var orders = IDTable(capacity: 0)
  /// The place of each id, by its position in `orderedIDs`.
  private var orderedSlots: [Slot] = []
  /// Every id in the order it was defined.
  public private(set) var orderedIDs: [ElementID] = []

  /// Every entry, by id.
  ///
  /// Built on each access from the index's compact form: prefer ``entry(_:)`` and the lookups
  /// by kind for single ids.
  /// - Complexity: O(*n*) in the number of elements.
  public var entries: [ElementID: Entry] {
    var result: [ElementID: Entry] = [:]
    result.reserveCapacity(orderedIDs.count)
    for id in orderedIDs {
      if let entry = entry(id) { result[id] = entry }
    }
    return result
  }

  /// Indexes a model.
  /// - Complexity: O(*n*) in the number of elements.
  public init(_ model: Model) {
    Self.buildObserver?.record()
    self.model = model
    let expected =
      model.organisations.count * 4 + model.persons.count + model.opdrachten.count
      + model.afspraken.count + model.ketens.count
    orders = IDTable(capacity: expected)
    orderedSlots.reserveCapacity(expected)
    orderedIDs.reserveCapacity(expected)
    // By position, reading only the id: a `for element in list` would copy every element.
    for position in model.organisations.indices {
      let id = model.organisations[position].id
      add(id, .organisation(position))
      addUnits(
        model.organisations[position].units, organisation: id, parent: id,
        parentOrder: orders.position(of: id, in: orderedIDs) ?? 0)
    }
    for position in model.persons.indices { add(model.persons[position].id, .person(position)) }
    for position in model.opdrachten.indices {
      add(model.opdrachten[position].id, .opdracht(position))
    }
    for position in model.afspraken.indices {
      add(model.afspraken[position].id, .afspraak(position))
    }
    for position in model.ketens.indices { add(model.ketens[position].id, .keten(position)) }
  }

  /// Adds an id that is not yet indexed; returns whether it was new.
  @discardableResult
  private mutating func add(_ id: ElementID, _ slot: Slot) -> Bool {
    orderedIDs.append(id)
    guard orders.insert(id, at: orderedIDs.count - 1, in: orderedIDs) else {
      orderedIDs.removeLast()
      return false
    }
    orderedSlots.append(slot)
    return true
  }

  private mutating func addUnits(
    _ units: [Unit], organisation: ElementID, parent: ElementID, parentOrder: Int
  ) {
    for unit in units {
      let order = orderedIDs.count
      let entry = UnitEntry(
        unit: unit, organisation: organisation, parent: parent, parentOrder: parentOrder)
      if add(unit.id, .unit(self.units.count)) { self.units.append(entry) }
      addUnits(
        unit.units, organisation: organisation, parent: unit.id,
        parentOrder: orders.position(of: unit.id, in: orderedIDs) ?? order)
    }
  }

  /// The place of an id, in one hash lookup.
  private func slot(_ id: ElementID) -> Slot? {
    orders.position(of: id, in: orderedIDs).map { orderedSlots[$0] }
  }

  /// The position of an id in ``orderedIDs``: a handle that tables built over the index can use
  /// instead of hashing the id again.
  /// - Complexity: O(1).
  package func handle(of id: ElementID) -> Int? {
    orders.position(of: id, in: orderedIDs)
  }

  /// The kind of element an id names and its position in the model's list of that kind.
  ///
  /// The list is `model.opdrachten` for an opdracht, and so on; one hash lookup, so that the
  /// analysis reads the fields it needs there instead of copying the element out. `nil` for a
  /// unit (its list is the index's own) and for an id that names nothing.
  /// - Complexity: O(1).
  package func modelPosition(of id: ElementID) -> (kind: ElementKind, position: Int)? {
    switch slot(id) {
    case .organisation(let position): (.organisation, position)
    case .person(let position): (.person, position)
    case .opdracht(let position): (.opdracht, position)
    case .afspraak(let position): (.afspraak, position)
    case .keten(let position): (.keten, position)
    case .unit, nil: nil
    }
  }

  /// For each position in ``orderedIDs``, whether the element is valid on the day and so is
  /// everything above it (see ``validity(of:)`` and ``parent(of:)``).
  ///
  /// One pass in the order the ids were defined: the index adds a unit after the unit or
  /// organisation directly above it (or after the first definition of that parent's id), so the
  /// parent's answer is known when the child's is needed, and a child is valid when it is and
  /// its parent is.
  /// - Complexity: O(*n*) in the number of ids, without hashing.
  package func validity(on day: Day) -> [Bool] {
    var result = [Bool](repeating: false, count: orderedSlots.count)
    for (order, slot) in orderedSlots.enumerated() {
      let period: Period?
      var parentOrder: Int?
      switch slot {
      case .organisation(let position): period = model.organisations[position].validity
      case .unit(let position):
        period = units[position].unit.validity
        parentOrder = units[position].parentOrder
      case .person(let position): period = model.persons[position].validity
      case .opdracht(let position): period = model.opdrachten[position].period
      case .afspraak(let position): period = model.afspraken[position].period
      case .keten: period = nil
      }
      guard period.contains(day) else { continue }
      if let parentOrder, !result[parentOrder] { continue }
      result[order] = true
    }
    return result
  }

  /// What the id names, with its place in the model, or `nil` when it names nothing.
  /// - Complexity: O(1).
  public func entry(_ id: ElementID) -> Entry? {
    switch slot(id) {
    case .organisation(let position): .organisation(model.organisations[position])
    case .unit(let position):
      .unit(
        units[position].unit, organisation: units[position].organisation,
        parent: units[position].parent)
    case .person(let position): .person(model.persons[position])
    case .opdracht(let position): .opdracht(model.opdrachten[position])
    case .afspraak(let position): .afspraak(model.afspraken[position])
    case .keten(let position): .keten(model.ketens[position])
    case nil: nil
    }
  }

  /// What kind of element the id names, or `nil` when it names nothing.
  public func kind(of id: ElementID) -> ElementKind? {
    switch slot(id) {
    case .organisation: .organisation
    case .unit: .unit
    case .person: .person
    case .opdracht: .opdracht
    case .afspraak: .afspraak
    case .keten: .keten
    case nil: nil
    }
  }

  /// The organisation with this id.
  public func organisation(_ id: ElementID) -> Organisation? {
    if case .organisation(let position) = slot(id) { return model.organisations[position] }
    return nil
  }

  /// The unit with this id.
  public func unit(_ id: ElementID) -> Unit? {
    if case .unit(let position) = slot(id) { return units[position].unit }
    return nil
  }

  /// The person with this id.
  public func person(_ id: ElementID) -> Person? {
    if case .person(let position) = slot(id) { return model.persons[position] }
    return nil
  }

  /// The opdracht with this id.
  public func opdracht(_ id: ElementID) -> Opdracht? {
    if case .opdracht(let position) = slot(id) { return model.opdrachten[position] }
    return nil
  }

  /// The afspraak with this id.
  public func afspraak(_ id: ElementID) -> Afspraak? {
    if case .afspraak(let position) = slot(id) { return model.afspraken[position] }
    return nil
  }

  /// The keten with this id.
  public func keten(_ id: ElementID) -> Keten? {
    if case .keten(let position) = slot(id) { return model.ketens[position] }
    return nil
  }

  /// The organisation an id belongs to: itself for an organisation, the owning organisation for a
  /// unit, `nil` for anything else.
  public func owningOrganisation(of id: ElementID) -> ElementID? {
    switch slot(id) {
    case .organisation: id
    case .unit(let position): units[position].organisation
    default: nil
    }
  }

  /// The unit or organisation directly above a unit, or `nil` for anything else.
  public func parent(of id: ElementID) -> ElementID? {
    if case .unit(let position) = slot(id) { return units[position].parent }
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
    if id == ancestor { return true }
    var current = parent(of: id)
    var steps = 0
    while let next = current, steps < 10_000 {
      if next == ancestor { return true }
      current = parent(of: next)
      steps += 1
    }
    return false
  }

  /// The display name of an id: the element's name, or the id itself.
  public func name(of id: ElementID) -> String {
    switch slot(id) {
    case .organisation(let position): model.organisations[position].name
    case .unit(let position): units[position].unit.name
    case .person(let position): model.persons[position].name
    case .opdracht(let position): model.opdrachten[position].name
    case .afspraak(let position): model.afspraken[position].name ?? id.rawValue
    case .keten(let position): model.ketens[position].name
    case nil: id.rawValue
    }
  }

  /// Where the element an id names was written, when it was read from a file.
  public func origin(of id: ElementID) -> Origin? {
    switch slot(id) {
    case .organisation(let position): model.organisations[position].origin
    case .unit(let position): units[position].unit.origin
    case .person(let position): model.persons[position].origin
    case .opdracht(let position): model.opdrachten[position].origin
    case .afspraak(let position): model.afspraken[position].origin
    case .keten(let position): model.ketens[position].origin
    case nil: nil
    }
  }

  /// The display name (see ``name(of:)``) and the kind (see ``kind(of:)``) of an id, in one
  /// lookup.
  public func nameAndKind(of id: ElementID) -> (name: String, kind: ElementKind?) {
    switch slot(id) {
    case .organisation(let position): (model.organisations[position].name, .organisation)
    case .unit(let position): (units[position].unit.name, .unit)
    case .person(let position): (model.persons[position].name, .person)
    case .opdracht(let position): (model.opdrachten[position].name, .opdracht)
    case .afspraak(let position): (model.afspraken[position].name ?? id.rawValue, .afspraak)
    case .keten(let position): (model.ketens[position].name, .keten)
    case nil: (id.rawValue, nil)
    }
  }

  /// The display name and kind of the id at a handle (see ``handle(of:)``), without hashing.
  package func nameAndKind(handle: Int) -> (name: String, kind: ElementKind) {
    switch orderedSlots[handle] {
    case .organisation(let position): (model.organisations[position].name, .organisation)
    case .unit(let position): (units[position].unit.name, .unit)
    case .person(let position): (model.persons[position].name, .person)
    case .opdracht(let position): (model.opdrachten[position].name, .opdracht)
    case .afspraak(let position):
      (model.afspraken[position].name ?? orderedIDs[handle].rawValue, .afspraak)
    case .keten(let position): (model.ketens[position].name, .keten)
    }
  }

  /// The validity of an element that has one (organisation, unit, person, opdracht, afspraak).
  public func validity(of id: ElementID) -> Period? {
    switch slot(id) {
    case .organisation(let position): model.organisations[position].validity
    case .unit(let position): units[position].unit.validity
    case .person(let position): model.persons[position].validity
    case .opdracht(let position): model.opdrachten[position].period
    case .afspraak(let position): model.afspraken[position].period
    case .keten, nil: nil
    }
  }
}
