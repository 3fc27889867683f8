import DriehoekModel

/// The highlights of a diagram with the cards each one names, indexed by card and by element id,
/// so that finding the highlights of a card or a relation does not test every highlight.
///
/// Built once per builder (or per selection): O(*h* · *b*) in highlights and the ids they name.
struct HighlightIndex: Sendable {
  /// The highlights, in the order given.
  let highlights: [DiagramHighlight]
  /// ``ModelScope/cards(namedBy:)`` of each highlight.
  private let namedCards: [Set<ElementID>]
  /// The positions of the highlights naming each card, ascending.
  private let byCard: [ElementID: [Int]]
  /// The positions of the highlights whose `betreft` holds each id, ascending.
  private let byElement: [ElementID: [Int]]
  /// Per highlight, a number for its code and `betreft` together: equal numbers, equal both.
  private let keys: [Int]
  /// Per card, how many different codes and `betreft`s its open highlights have (see
  /// ``elsewhereCount(onCard:scope:)``).
  private let openKeyCounts: [ElementID: Int]

  init(_ highlights: [DiagramHighlight], scope: ModelScope) {
    self.highlights = highlights
    let named = highlights.map { scope.cards(namedBy: $0) }
    namedCards = named
    var byCard: [ElementID: [Int]] = [:]
    var byElement: [ElementID: [Int]] = [:]
    for (position, highlight) in highlights.enumerated() {
      for card in named[position] { byCard[card, default: []].append(position) }
      for id in Set(highlight.betreft) { byElement[id, default: []].append(position) }
    }
    self.byCard = byCard
    self.byElement = byElement
    var numbers: [HighlightKey: Int] = [:]
    keys = highlights.map { highlight in
      let key = HighlightKey(code: highlight.code, betreft: highlight.betreft)
      if let number = numbers[key] { return number }
      numbers[key] = numbers.count
      return numbers.count - 1
    }
    openKeyCounts = byCard.mapValues { [keys] positions in
      Set(positions.lazy.filter { !highlights[$0].isAccepted }.map { keys[$0] }).count
    }
  }

  /// The highlights that name the card (see ``ModelScope/cards(namedBy:)``), in order.
  func naming(card: ElementID) -> [DiagramHighlight] {
    (byCard[card] ?? []).map { highlights[$0] }
  }

  /// The highlights whose `betreft` holds the id, in order.
  func concerning(_ id: ElementID) -> [DiagramHighlight] {
    (byElement[id] ?? []).map { highlights[$0] }
  }

  /// The highlights about a scope's subject (``FindingScope/isAbout(_:)``), in order: every
  /// highlight for the whole model.
  func about(_ scope: FindingScope) -> [DiagramHighlight] {
    guard let subject = scope.subject else { return highlights }
    return positions(about: subject).map { highlights[$0] }
  }

  /// The highlights that concern the relation (see ``ModelScope/matches(_:_:)``), in order.
  ///
  /// A role matches a highlight that names both its ends, so only the highlights of the end
  /// named least are tested: a DG's relation to one executor does not test every highlight of
  /// the DG (which made a report of all triangles quadratic).
  func matching(_ relation: Relation) -> [DiagramHighlight] {
    var candidates = Set<Int>()
    for id in relation.elementIDs { candidates.formUnion(byElement[id] ?? []) }
    switch relation.kind {
    case .eigenaar, .opdrachtgever, .opdrachtnemer:
      let from = byCard[relation.from] ?? []
      let to = byCard[relation.to] ?? []
      candidates.formUnion(from.count <= to.count ? from : to)
    case .afspraak, .regisseur:
      break
    }
    return candidates.sorted().filter { matches(relation, $0) }.map { highlights[$0] }
  }

  /// The highlights a card shows in a view: those about the scope's subject whose `betreft`
  /// holds the card (``FindingScope/placement(of:onCard:)``'s `shown`), in order.
  ///
  /// In a view about a subject only the highlights about it are tested, not every highlight
  /// that names the card.
  func shown(onCard card: ElementID, scope: FindingScope) -> [DiagramHighlight] {
    guard let subject = scope.subject else {
      return (byCard[card] ?? []).map { highlights[$0] }.filter { $0.betreft.contains(card) }
    }
    return positions(about: subject).filter {
      namedCards[$0].contains(card) && highlights[$0].betreft.contains(card)
    }.map { highlights[$0] }
  }

  /// The open highlights that name a card but are not about the scope's subject
  /// (``FindingScope/placement(of:onCard:)``'s `elsewhere`), in order, found as they are read:
  /// a DG in a triangle has as many as the DG has executors, and a tooltip reads only the first.
  func elsewhere(
    onCard card: ElementID, scope: FindingScope
  ) -> LazyMapSequence<LazyFilterSequence<[Int]>, DiagramHighlight> {
    let positions = scope.subject == nil ? [] : byCard[card] ?? []
    return positions.lazy.filter { [highlights] in
      !highlights[$0].isAccepted && !scope.isAbout(highlights[$0])
    }.map { [highlights] in highlights[$0] }
  }

  /// How many different codes and `betreft`s ``elsewhere(onCard:scope:)`` has, counted from the
  /// highlights about the subject: all open ones of the card, less those about the subject (a
  /// code and `betreft` is about the subject or not as a whole, since `betreft` decides it).
  func elsewhereCount(onCard card: ElementID, scope: FindingScope) -> Int {
    guard let subject = scope.subject, let all = openKeyCounts[card] else { return 0 }
    let about = positions(about: subject).lazy.filter {
      !self.highlights[$0].isAccepted && self.namedCards[$0].contains(card)
    }.map { self.keys[$0] }
    return all - Set(about).count
  }

  /// The positions of the highlights about a subject, ascending.
  private func positions(about subject: Set<ElementID>) -> [Int] {
    var positions = Set<Int>()
    for id in subject { positions.formUnion(byElement[id] ?? []) }
    return positions.sorted()
  }

  /// ``ModelScope/matches(_:_:)`` for the highlight at a position, with its cards at hand.
  private func matches(_ relation: Relation, _ position: Int) -> Bool {
    let highlight = highlights[position]
    if relation.elementIDs.contains(where: highlight.betreft.contains) { return true }
    switch relation.kind {
    case .eigenaar, .opdrachtgever, .opdrachtnemer:
      let named = namedCards[position]
      return named.contains(relation.from) && named.contains(relation.to)
    case .afspraak, .regisseur:
      return false
    }
  }
}

/// What makes two highlights count as one on a card's `+N elders` badge: the code and `betreft`.
private struct HighlightKey: Hashable {
  var code: String
  var betreft: [ElementID]
}
