import DriehoekModel

// The parts of an `AnalysisContext`, built in two rounds: first the index and the lists that need
// no index, side by side; then, side by side again, the validity tables and the party tables,
// which both need the index.

/// A result of the first round.
enum FirstRound: Sendable {
  case index(ModelIndex)
  case lists(ModelLists)
}

/// A result of the second round.
enum SecondRound: Sendable {
  case validity(ValidityTables)
  case parties(PartyTables)
}

/// What the context derives from the model's lists alone.
struct ModelLists: Sendable {
  var validAfspraken: [Afspraak] = []
  var validPersons: [Person] = []
  /// The positions of the valid persons in `model.persons`.
  var validPersonPositions: [Int] = []
  var rolesByExecutor = PositionGroups()
  var opdrachtenByExecutor = PositionGroups()
  var afwijkingenByRule: [String: [ElementID?: [Int]]] = [:]

  init() {}

  init(model: Model, peildatum: Day) {
    validAfspraken = model.afspraken.filter { $0.period.contains(peildatum) }
    validPersonPositions = model.persons.indices.filter {
      model.persons[$0].validity.contains(peildatum)
    }
    validPersons = validPersonPositions.map { model.persons[$0] }
    rolesByExecutor = PositionGroups(
      model.roles.indices.lazy.map { (key: model.roles[$0].executor, position: $0) })
    opdrachtenByExecutor = PositionGroups(
      model.opdrachten.indices.lazy.compactMap { position in
        model.opdrachten[position].opdrachtnemer.map { (key: $0, position: position) }
      })
    for (position, afwijking) in model.afwijkingen.enumerated()
    where afwijking.until.map({ $0 >= peildatum }) ?? true {
      afwijkingenByRule[afwijking.rule, default: [:]][afwijking.betreft.first, default: []]
        .append(position)
    }
  }
}

/// Which ids and roles are valid on the peildatum, and the executors.
struct ValidityTables: Sendable {
  var handles: [Bool] = []
  var roles = ExecutorRoles(roles: [], including: { _ in false })
  var executors: [Organisation] = []
  var executorEntries: [ExecutorEntry] = []

  init() {}

  init(model: Model, index: ModelIndex, peildatum: Day, lists: ModelLists) {
    let handles = index.validity(on: peildatum)
    self.handles = handles
    roles = ExecutorRoles(roles: model.roles) { position in
      model.roles[position].validity.contains(peildatum)
        && (index.handle(of: model.roles[position].holder).map { handles[$0] } ?? false)
    }
    executors = lists.rolesByExecutor.keys.sorted().compactMap { id in
      guard let organisation = index.organisation(id), organisation.validity.contains(peildatum)
      else { return nil }
      return organisation
    }
    executorEntries = executors.map(ExecutorEntry.init)
  }
}

/// The persons by the units they work in, and the valid afspraken by their parties.
struct PartyTables: Sendable {
  var personsByScope = PositionGroups()
  var partyOrganisations: [ElementID: Set<ElementID>] = [:]
  var afsprakenByOrganisation = PositionGroups()
  var afsprakenByOwnOrganisation = PositionGroups()
  var afsprakenByParty = PositionGroups()

  init() {}

  init(model: Model, index: ModelIndex, lists: ModelLists) {
    var scopes: [(key: ElementID, position: Int)] = []
    for position in lists.validPersonPositions {
      var seen: [ElementID] = []
      for function in model.persons[position].functions {
        for scope in [function] + index.ancestors(of: function) where !seen.contains(scope) {
          seen.append(scope)
          scopes.append((scope, position))
        }
      }
    }
    personsByScope = PositionGroups(scopes)
    var organisations: [ElementID: Set<ElementID>] = [:]
    var byParty: [(key: ElementID, position: Int)] = []
    var byOwnOrganisation: [(key: ElementID, position: Int)] = []
    var sharesAnID = false
    for (position, afspraak) in lists.validAfspraken.enumerated() {
      // Parties are few: small arrays keep them distinct, in the order they are written.
      var keys: [ElementID] = []
      var result: [ElementID] = []
      func addOrganisation(of id: ElementID) {
        if let organisation = index.owningOrganisation(of: id), !result.contains(organisation) {
          result.append(organisation)
        }
      }
      for party in afspraak.parties {
        if !keys.contains(party) { keys.append(party) }
        addOrganisation(of: party)
        for function in index.person(party)?.functions ?? [] {
          if !keys.contains(function) { keys.append(function) }
          addOrganisation(of: function)
        }
      }
      for key in keys { byParty.append((key, position)) }
      for organisation in result { byOwnOrganisation.append((organisation, position)) }
      if organisations.updateValue(Set(result), forKey: afspraak.id) != nil {
        sharesAnID = true
      }
    }
    // By position, through the lookup by id (which keeps the last of two afspraken with one id);
    // when no two valid afspraken share an id, that is the list by their own parties.
    var byOrganisation = byOwnOrganisation
    if sharesAnID {
      byOrganisation = []
      for (position, afspraak) in lists.validAfspraken.enumerated() {
        for organisation in organisations[afspraak.id] ?? [] {
          byOrganisation.append((organisation, position))
        }
      }
    }
    partyOrganisations = organisations
    afsprakenByOwnOrganisation = PositionGroups(byOwnOrganisation)
    afsprakenByOrganisation =
      sharesAnID ? PositionGroups(byOrganisation) : afsprakenByOwnOrganisation
    afsprakenByParty = PositionGroups(byParty)
  }
}
