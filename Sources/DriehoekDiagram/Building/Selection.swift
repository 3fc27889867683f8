import DriehoekModel

/// What one view draws: its relations, its cards and its frames.
struct Selection: Sendable {
  var relations: [Relation] = []
  var cards: Set<ElementID> = []
  /// Organisations drawn as a frame around the cards of their units.
  var organisationFrames: [ElementID] = []
  /// Ketens drawn as a frame around their members.
  var ketenFrames: [ElementID] = []
  /// Whether eigenaar edges span two ranks, so opdrachtgevers sit beside, between owner and
  /// executor.
  var ownerAbove = false
  /// A note drawn when the view is empty.
  var emptyNote: String?
  /// The executor of a triangle.
  var executor: ElementID?
  /// The cards drawn compact (name and kind): parties of an afspraak outside the triangle.
  var compactCards: Set<ElementID> = []
  /// The relations already in `relations`, for adding each only once in O(1).
  private var included: Set<Relation> = []
  /// The positions in `relations` of the relations from each card.
  private var positionsFrom: [ElementID: [Int]] = [:]
  /// The cards with an opdrachtgever relation to each card.
  private var opdrachtgeversOf: [ElementID: Set<ElementID>] = [:]

  /// The relations from a card, in order.
  func relations(from card: ElementID) -> [Relation] {
    (positionsFrom[card] ?? []).map { relations[$0] }
  }

  /// Whether a card other than `other` has an opdrachtgever relation to `card`.
  func hasOpdrachtgever(of card: ElementID, besides other: ElementID) -> Bool {
    (opdrachtgeversOf[card] ?? []).contains { $0 != other }
  }

  /// Adds the relations and the cards at their ends.
  mutating func add(_ chosen: [Relation]) {
    for relation in chosen where included.insert(relation).inserted {
      positionsFrom[relation.from, default: []].append(relations.count)
      if relation.kind == .opdrachtgever {
        opdrachtgeversOf[relation.to, default: []].insert(relation.from)
      }
      relations.append(relation)
      switch relation.kind {
      case .afspraak: cards.formUnion(relation.parties)
      case .regisseur: cards.insert(relation.from)
      default:
        cards.insert(relation.from)
        cards.insert(relation.to)
      }
    }
  }
}

extension ModelScope {
  /// The selection for a view.
  func selection(for view: View, highlights: [DiagramHighlight]) throws(DiagramError) -> Selection {
    var selection = Selection()
    let roleKinds: Set<Relation.Kind> = [.eigenaar, .opdrachtgever, .opdrachtnemer]
    switch view {
    case .landschap:
      selection.add(relations)
      selection.cards.formUnion(executors)
      selection.ketenFrames = model.ketens.map(\.id).sorted()
      for keten in model.ketens {
        selection.cards.formUnion(
          keten.members.filter { isValid($0) && index.organisation($0) != nil })
      }
      // A ministry with an organisation that is part of it is drawn as the frame around it.
      let parents = Set(selection.cards.compactMap(partOfMinistry(of:)))
      for ministry in ministries
      where !parents.contains(ministry)
        && !selection.cards.contains(where: { owner(of: $0) == ministry })
      {
        selection.cards.insert(ministry)
      }
      selection.organisationFrames = Set(organisationFrames(for: selection.cards))
        .union(parents).sorted()
    case .driehoek(let executor):
      guard executors.contains(executor) else { throw .unknownExecutor(executor) }
      // The relations to the executor, by the index: a scan of every relation per triangle
      // made a report of all triangles quadratic.
      let triangle = relations(to: executor).filter { roleKinds.contains($0.kind) }
      selection.add(triangle)
      selection.cards.insert(executor)
      let inTriangle = selection.cards
      selection.add(afspraken(inTriangleOf: executor, roles: triangle, cards: inTriangle))
      selection.compactCards = selection.cards.subtracting(inTriangle)
      selection.executor = executor
      selection.ownerAbove = true
    case .ministerie(let ministry):
      guard ministries.contains(ministry) else { throw .unknownMinistry(ministry) }
      selection.add(
        relations.filter {
          ($0.kind == .eigenaar || $0.kind == .opdrachtgever) && owner(of: $0.from) == ministry
        })
      selection.add(
        relations.filter {
          $0.kind == .afspraak && $0.parties.contains { owner(of: $0) == ministry }
        })
      // The organisations that are part of the ministry stand inside its frame.
      selection.cards.formUnion(
        model.organisations.lazy.map(\.id).filter {
          self.isValid($0) && self.partOfMinistry(of: $0) == ministry
        })
      if selection.cards.isEmpty { selection.cards.insert(ministry) }
      selection.organisationFrames = [ministry]
    case .keten(let ketenID):
      guard let keten = index.keten(ketenID) else { throw .unknownKeten(ketenID) }
      let members = Set(keten.members.filter { isValid($0) && index.organisation($0) != nil })
      selection.add(relations.filter { roleKinds.contains($0.kind) && members.contains($0.to) })
      selection.add(relations.filter { $0.kind == .regisseur && $0.to == ketenID })
      selection.add(
        relations.filter { $0.kind == .afspraak && $0.parties.contains(where: members.contains) })
      selection.cards.formUnion(members)
      selection.ketenFrames = [ketenID]
    case .tijdlijn:
      throw .notADiagram(view)
    case .bevindingen:
      let open = highlights.filter { !$0.isAccepted }
      var involved = Set<ElementID>()
      for highlight in open { involved.formUnion(cards(involvedIn: highlight)) }
      let openIndex = HighlightIndex(open, scope: self)
      let matched = relations.filter { relation in
        !openIndex.matching(relation).isEmpty
          || (relation.kind != .afspraak && relation.kind != .regisseur
            && involved.contains(relation.from) && involved.contains(relation.to))
      }
      selection.add(matched)
      selection.cards.formUnion(involved)
      if selection.cards.isEmpty {
        selection.emptyNote = "Geen open bevindingen op \(day)."
      }
    case .matrix:
      throw .notAGraph(view)
    }
    return selection
  }

  /// The afspraken a triangle draws.
  ///
  /// Every afspraak valid on the day that binds the executor (the executor or one of its units is
  /// a party), the afspraken its opdrachten name, and every
  /// opdrachtgeversoverleg, -agenda or raamafspraak that includes all of its opdrachtgevers (two
  /// or more), whatever else the parties do elsewhere. A unit of the executor that has no card of
  /// its own in the triangle is drawn on the executor's card.
  private func afspraken(
    inTriangleOf executor: ElementID, roles triangle: [Relation], cards: Set<ElementID>
  ) -> [Relation] {
    let covering = Set(triangle.flatMap(\.opdrachten).compactMap(\.afspraak))
    let holders = Set(
      roles(of: executor).filter {
        $0.kind == .opdrachtgever && $0.validity.contains(day) && isValid($0.holder)
      }.map(\.holder))
    let coordinating: Set<AfspraakKind> = [
      .opdrachtgeversoverleg, .opdrachtgeversagenda, .raamafspraak,
    ]
    // Only the afspraken that can qualify, by the index, in the order of `relations`.
    var candidates = Set(afspraakPositions(bindingOrNaming: executor))
    if holders.count >= 2, let holder = holders.first {
      candidates.formUnion(afspraakPositions(withPartyAbove: holder))
    }
    for id in covering { candidates.formUnion(afspraakPositions(of: id)) }
    return candidates.sorted().compactMap { position -> Relation? in
      let relation = relations[position]
      guard relation.kind == .afspraak, let afspraak = relation.afspraak else { return nil }
      let binds =
        relation.parties.contains(executor)
        || afspraak.parties.contains { isValid($0) && index.isSelfOrDescendant($0, of: executor) }
      let coordinates =
        coordinating.contains(afspraak.kind) && holders.count >= 2
        && holders.allSatisfy { holder in
          afspraak.parties.contains { index.isSelfOrDescendant(holder, of: $0) }
        }
      guard binds || coordinates || covering.contains(afspraak.id) else { return nil }
      var drawn = relation
      drawn.parties = Set(
        relation.parties.map { card in
          !cards.contains(card) && owner(of: card) == executor ? executor : card
        }
      ).sorted()
      drawn.from = drawn.parties[0]
      drawn.to = drawn.parties.count > 1 ? drawn.parties[1] : drawn.parties[0]
      return drawn
    }
  }

  /// The organisation a card belongs to.
  func owner(of card: ElementID) -> ElementID? { index.owningOrganisation(of: card) }

  /// The valid ministry an organisation card is part of (`onderdeel-van`), if any.
  func partOfMinistry(of card: ElementID) -> ElementID? {
    guard let ministry = index.organisation(card)?.partOf, ministries.contains(ministry) else {
      return nil
    }
    return ministry
  }

  /// The non-executing organisations with at least one unit card: drawn as frames.
  func organisationFrames(for cards: Set<ElementID>) -> [ElementID] {
    Set(
      cards.compactMap { card -> ElementID? in
        guard index.unit(card) != nil, let organisation = owner(of: card), !isExecutor(organisation)
        else { return nil }
        return organisation
      }
    ).sorted()
  }

  /// The cards a highlight names directly (organisations, units, persons), plus both ends of
  /// its opdrachten, the parties of its afspraken and the members of its ketens.
  func cards(involvedIn highlight: DiagramHighlight) -> Set<ElementID> {
    var result = Set<ElementID>()
    for id in highlight.betreft {
      if let card = card(for: id) { result.insert(card) }
      if let opdracht = index.opdracht(id) {
        for end in [opdracht.opdrachtgever, opdracht.opdrachtnemer].compactMap({ $0 }) {
          if let card = card(for: end) { result.insert(card) }
        }
      }
      if let afspraak = index.afspraak(id) {
        result.formUnion(afspraak.parties.compactMap(card(for:)))
      }
      if let keten = index.keten(id) {
        result.formUnion(keten.members.compactMap(card(for:)))
        if let regisseur = keten.regisseur.flatMap(card(for:)) { result.insert(regisseur) }
      }
    }
    return result
  }

  /// The cards a highlight names directly: organisations, units and persons.
  func cards(namedBy highlight: DiagramHighlight) -> Set<ElementID> {
    Set(highlight.betreft.compactMap(card(for:)))
  }

  /// Whether a highlight concerns a relation: it names the relation's opdracht, afspraak or
  /// keten, or it names both ends of a role.
  func matches(_ relation: Relation, _ highlight: DiagramHighlight) -> Bool {
    if relation.elementIDs.contains(where: highlight.betreft.contains) { return true }
    switch relation.kind {
    case .eigenaar, .opdrachtgever, .opdrachtnemer:
      let named = cards(namedBy: highlight)
      return named.contains(relation.from) && named.contains(relation.to)
    case .afspraak, .regisseur:
      return false
    }
  }
}
