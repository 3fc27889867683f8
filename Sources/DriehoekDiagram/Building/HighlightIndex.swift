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
    var positions = Set<Int>()
    for id in subject { positions.formUnion(byElement[id] ?? []) }
    return positions.sorted().map { highlights[$0] }
  }

  /// The highlights that concern the relation (see ``ModelScope/matches(_:_:)``), in order.
  func matching(_ relation: Relation) -> [DiagramHighlight] {
    var candidates = Set<Int>()
    for id in relation.elementIDs { candidates.formUnion(byElement[id] ?? []) }
    switch relation.kind {
    case .eigenaar, .opdrachtgever, .opdrachtnemer:
      candidates.formUnion(byCard[relation.from] ?? [])
    case .afspraak, .regisseur:
      break
    }
    return candidates.sorted().filter { matches(relation, $0) }.map { highlights[$0] }
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
