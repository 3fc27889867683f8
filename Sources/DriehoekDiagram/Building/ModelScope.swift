import DriehoekModel

/// The part of a model valid on one day, with parties resolved to the cards that draw them.
///
/// A unit inside an executing organisation is drawn on that organisation's card (its board is
/// the opdrachtnemer) unless it is an eigenaar or opdrachtgever itself; a unit elsewhere gets its
/// own card; a person is drawn on the card of every function they hold (findings and afspraken
/// that name a person resolve to the card of their first function).
struct ModelScope: Sendable {
  let model: Model
  let index: ModelIndex
  let day: Day
  /// The executing organisations valid on the day, sorted.
  let executors: [ElementID]
  /// The ministries valid on the day, sorted.
  let ministries: [ElementID]
  /// Every relation valid on the day, in canonical order.
  let relations: [Relation]

  init(model: Model, day: Day, index: ModelIndex) {
    self.model = model
    self.day = day
    self.index = index
    // Valid on the day with everything above it, by the id's handle in the index.
    let validity = index.validity(on: day)
    let valid: @Sendable (ElementID) -> Bool = { id in
      guard let handle = index.handle(of: id) else { return false }
      return validity[handle]
    }
    let roles = model.roles.filter {
      $0.validity.contains(day) && valid($0.holder) && index.kind(of: $0.executor) == .organisation
        && valid($0.executor)
    }
    let opdrachten = model.opdrachten.filter { opdracht in
      guard opdracht.period.contains(day), let executor = opdracht.opdrachtnemer,
        index.kind(of: executor) == .organisation, valid(executor)
      else { return false }
      return opdracht.opdrachtgever.map(valid) ?? false
    }
    var executorSet = Set(roles.map(\.executor))
    executorSet.formUnion(opdrachten.compactMap(\.opdrachtnemer))
    executors = executorSet.sorted()
    ministries = model.organisations.filter { $0.kind == .ministerie && valid($0.id) }.map(\.id)
      .sorted()
    // A unit inside an executor is drawn on the executor's card, unless it holds an eigenaar or
    // opdrachtgever role itself: then it gets its own card, so the role stays visible.
    var principals = Set(roles.filter { $0.kind != .opdrachtnemer }.map(\.holder))
    principals.formUnion(opdrachten.compactMap(\.opdrachtgever))
    let resolver = PartyResolver(
      index: index, executors: executorSet, principals: principals, isValid: valid)
    let relations = ModelScope.relations(
      model: model, roles: roles, opdrachten: opdrachten, day: day, resolver: resolver)
    self.relations = relations
    self.resolver = resolver
    var from: [ElementID: [Int]] = [:]
    var to: [ElementID: [Int]] = [:]
    for (position, relation) in relations.enumerated() {
      from[relation.from, default: []].append(position)
      to[relation.to, default: []].append(position)
    }
    positionsFrom = from
    positionsTo = to
    afspraakIndex = AfspraakIndex(relations: relations, index: index)
    rolesByExecutor = Dictionary(grouping: model.roles, by: \.executor)
    var persons: [ElementID: [Person]] = [:]
    for person in model.persons where resolver.isValid(person.id) {
      var cards: [ElementID] = []
      for function in person.functions {
        switch index.entry(function) {
        case .organisation, .unit:
          if let card = resolver.card(for: function), !cards.contains(card) { cards.append(card) }
        default: continue
        }
      }
      for card in cards { persons[card, default: []].append(person) }
    }
    personsByCard = persons
  }

  private let resolver: PartyResolver
  /// The positions in `relations` of the relations from and to each card.
  private let positionsFrom: [ElementID: [Int]]
  private let positionsTo: [ElementID: [Int]]
  /// The afspraak relations by the ids they name (see ``AfspraakIndex``).
  private let afspraakIndex: AfspraakIndex
  /// Every role (valid or not) by executor, in model order.
  private let rolesByExecutor: [ElementID: [Role]]
  /// The valid persons drawn on each card, in model order.
  private let personsByCard: [ElementID: [Person]]

  /// The relations from a card, in order.
  func relations(from card: ElementID) -> [Relation] {
    (positionsFrom[card] ?? []).map { relations[$0] }
  }

  /// The relations from a card, in order, each read as it is needed.
  func lazyRelations(from card: ElementID) -> LazyMapSequence<[Int], Relation> {
    (positionsFrom[card] ?? []).lazy.map { [relations] in relations[$0] }
  }

  /// The relations to a card, in order.
  func relations(to card: ElementID) -> [Relation] {
    (positionsTo[card] ?? []).map { relations[$0] }
  }

  /// The positions in `relations` of the afspraken whose cards include `id`, or that name as a
  /// party `id` or an element inside it (a unit of it, at any depth).
  func afspraakPositions(bindingOrNaming id: ElementID) -> [Int] {
    (afspraakIndex.byCard[id] ?? []) + (afspraakIndex.byPartyOrAncestor[id] ?? [])
  }

  /// The positions in `relations` of the afspraken with a party that is `id` or lies above it.
  func afspraakPositions(withPartyAbove id: ElementID) -> [Int] {
    ([id] + index.ancestors(of: id)).flatMap { afspraakIndex.byParty[$0] ?? [] }
  }

  /// The position in `relations` of the afspraak with this id, if it is drawn.
  func afspraakPositions(of afspraak: ElementID) -> [Int] {
    afspraakIndex.byID[afspraak].map { [$0] } ?? []
  }

  /// Every role over an executor, valid or not, in model order.
  func roles(of executor: ElementID) -> [Role] { rolesByExecutor[executor] ?? [] }

  /// The valid persons drawn on a card (see ``card(for:)``), in model order.
  func persons(onCard card: ElementID) -> [Person] { personsByCard[card] ?? [] }

  /// The card that draws an element, or `nil` when it is not drawn on a card (or not valid).
  func card(for id: ElementID) -> ElementID? { resolver.card(for: id) }

  /// Whether the element and everything above it is valid on the day.
  func isValid(_ id: ElementID) -> Bool { resolver.isValid(id) }

  /// Whether the card is an executing organisation.
  func isExecutor(_ card: ElementID) -> Bool { resolver.executors.contains(card) }

  private static func relations(
    model: Model, roles: [Role], opdrachten: [Opdracht], day: Day, resolver: PartyResolver
  ) -> [Relation] {
    var byKey: [RelationKey: Relation] = [:]
    func add(_ relation: Relation, merge: (inout Relation) -> Void = { _ in }) {
      let key = RelationKey(kind: relation.kind, from: relation.from, to: relation.to)
      if var existing = byKey.removeValue(forKey: key) {
        merge(&existing)
        byKey[key] = existing
      } else {
        var fresh = relation
        merge(&fresh)
        byKey[key] = fresh
      }
    }
    // The opdrachtgever relations that stand on a role, and the holders of the role by executor.
    var roleKeys = Set<RelationKey>()
    var holders: [ElementID: [ElementID]] = [:]
    for role in roles {
      guard let holder = resolver.card(for: role.holder) else { continue }
      let executor = role.executor
      switch role.kind {
      case .eigenaar:
        add(Relation(kind: .eigenaar, from: holder, to: executor)) { $0.cite(role.sources) }
      case .opdrachtgever:
        roleKeys.insert(RelationKey(kind: .opdrachtgever, from: holder, to: executor))
        holders[executor, default: []].append(role.holder)
        add(Relation(kind: .opdrachtgever, from: holder, to: executor)) {
          $0.isCoordinating = $0.isCoordinating || role.isCoordinating
          $0.cite(role.sources)
        }
      case .opdrachtnemer:
        guard holder != executor else { continue }
        add(Relation(kind: .opdrachtnemer, from: holder, to: executor)) { $0.cite(role.sources) }
      }
    }
    // An opdracht without a role of its own is delegated when its opdrachtgever is, or lies
    // inside, a unit that holds the opdrachtgever role over the executor; else it lacks the role.
    for opdracht in opdrachten {
      guard let given = opdracht.opdrachtgever, let principal = resolver.card(for: given),
        let executor = opdracht.opdrachtnemer
      else { continue }
      let key = RelationKey(kind: .opdrachtgever, from: principal, to: executor)
      let delegators =
        roleKeys.contains(key)
        ? []
        : (holders[executor] ?? []).filter { resolver.index.isSelfOrDescendant(given, of: $0) }
      add(Relation(kind: .opdrachtgever, from: principal, to: executor)) {
        if !roleKeys.contains(key) {
          if delegators.isEmpty {
            $0.lacksRole = true
          } else {
            $0.delegatedVia = Set($0.delegatedVia + delegators).sorted()
          }
        }
        $0.opdrachten.append(opdracht)
        $0.elementIDs.append(opdracht.id)
        $0.cite(opdracht.sources)
      }
    }
    for afspraak in model.afspraken where afspraak.period.contains(day) {
      let parties = Set(afspraak.parties.compactMap(resolver.card(for:))).sorted()
      guard parties.count >= 2 else { continue }
      var relation = Relation(kind: .afspraak, from: parties[0], to: parties[1])
      relation.parties = parties
      relation.afspraak = afspraak
      relation.elementIDs = [afspraak.id]
      relation.cite(afspraak.sources)
      byKey[RelationKey(kind: .afspraak, from: afspraak.id, to: nil)] = relation
    }
    for keten in model.ketens {
      guard let regisseur = keten.regisseur.flatMap(resolver.card(for:)) else { continue }
      var relation = Relation(kind: .regisseur, from: regisseur, to: keten.id)
      relation.elementIDs = [keten.id]
      relation.cite(keten.sources)
      byKey[RelationKey(kind: .regisseur, from: keten.id, to: nil)] = relation
    }
    return byKey.values.map { relation in
      var sorted = relation
      sorted.opdrachten.sort { $0.id < $1.id }
      sorted.elementIDs.sort()
      return sorted
    }.sorted(by: Relation.precedes)
  }
}

/// What makes a relation one: its kind and ends, or for an afspraak or regisseur the id of the
/// afspraak or keten (`to` is then `nil`).
private struct RelationKey: Hashable {
  var kind: Relation.Kind
  var from: ElementID
  var to: ElementID?
}

/// Resolves model ids to the cards that draw them.
private struct PartyResolver: Sendable {
  let index: ModelIndex
  let executors: Set<ElementID>
  let principals: Set<ElementID>
  let isValid: @Sendable (ElementID) -> Bool

  func card(for id: ElementID) -> ElementID? {
    guard isValid(id) else { return nil }
    switch index.entry(id) {
    case .organisation: return id
    case .unit(_, let organisation, _):
      return executors.contains(organisation) && !principals.contains(id) ? organisation : id
    case .person(let person):
      for function in person.functions {
        switch index.entry(function) {
        case .organisation, .unit:
          if let card = card(for: function) { return card }
        default: continue
        }
      }
      return nil
    default: return nil
    }
  }
}

/// The afspraak relations of a scope indexed by what a triangle looks them up by, so that a
/// triangle does not test every afspraak of the model.
private struct AfspraakIndex: Sendable {
  /// By each card among the relation's parties.
  var byCard: [ElementID: [Int]] = [:]
  /// By each party as the afspraak names it.
  var byParty: [ElementID: [Int]] = [:]
  /// By each party as named and every unit and organisation above it.
  var byPartyOrAncestor: [ElementID: [Int]] = [:]
  /// By the afspraak's id.
  var byID: [ElementID: Int] = [:]

  init(relations: [Relation], index: ModelIndex) {
    for (position, relation) in relations.enumerated() {
      guard relation.kind == .afspraak, let afspraak = relation.afspraak else { continue }
      byID[afspraak.id] = position
      for card in Set(relation.parties) { byCard[card, default: []].append(position) }
      var above = Set<ElementID>()
      for party in Set(afspraak.parties) {
        byParty[party, default: []].append(position)
        above.insert(party)
        above.formUnion(index.ancestors(of: party))
      }
      for id in above { byPartyOrAncestor[id, default: []].append(position) }
    }
  }
}
