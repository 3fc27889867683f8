public import DriehoekModel

/// Which findings a view shows, and on what: findings scoped to the subject of the view.
///
/// Every view has a subject. A triangle is about its executor, a `ministerie:` view about that
/// ministry (its units included), a `keten:` view about that keten (its members included), and
/// the landscape and `bevindingen` about the whole model. A finding is *about* the subject when
/// its `betreft` names one of the subject's ids (for the whole model: always). A card shows a
/// finding only when the finding is about the subject and names the card: the card's id is in
/// its `betreft`. A finding that concerns a card but is about something else is only counted,
/// neutrally (see ``placement(of:onCard:)``).
///
/// This is a pure function of plain values: the ids of the subject and the findings as
/// ``DiagramHighlight``s. ``DiagramBuilder/findingScope(for:)`` gives the scope of a view.
///
/// ```swift
/// let scope = FindingScope(subject: ["belastingdienst"])
/// scope.shows(sd14AboutDouane, onCard: "fin-sg")  // false: not about Belastingdienst
/// ```
public struct FindingScope: Hashable, Sendable {
  /// The ids of which a finding must name at least one to be about the subject; `nil` for the
  /// whole model.
  public var subject: Set<ElementID>?

  /// Creates a scope; `nil` is the whole model.
  public init(subject: Set<ElementID>?) {
    self.subject = subject
  }

  /// The scope of a view about the whole model: every finding is about it.
  public static let wholeModel = FindingScope(subject: nil)

  /// Whether the finding is about the subject: its `betreft` names one of the subject's ids.
  public func isAbout(_ highlight: DiagramHighlight) -> Bool {
    guard let subject else { return true }
    return highlight.betreft.contains(where: subject.contains)
  }

  /// Whether a card shows the finding: it is about the subject and its `betreft` holds the card's
  /// id.
  public func shows(_ highlight: DiagramHighlight, onCard card: ElementID) -> Bool {
    highlight.betreft.contains(card) && isAbout(highlight)
  }

  /// Whether a relation (an edge or an afspraak) that the finding concerns shows it: the finding
  /// is about the subject, or it names the relation's own opdracht, afspraak or keten, which the
  /// view draws.
  public func shows(_ highlight: DiagramHighlight, onRelationOf elements: [ElementID]) -> Bool {
    isAbout(highlight) || elements.contains(where: highlight.betreft.contains)
  }

  /// Sorts the findings that concern a card into those it shows and those it only counts.
  ///
  /// It counts the open findings about another subject. Both keep the order given.
  public func placement(
    of highlights: [DiagramHighlight], onCard card: ElementID
  ) -> (shown: [DiagramHighlight], elsewhere: [DiagramHighlight]) {
    var shown: [DiagramHighlight] = []
    var elsewhere: [DiagramHighlight] = []
    for highlight in highlights {
      if shows(highlight, onCard: card) {
        shown.append(highlight)
      } else if !highlight.isAccepted && !isAbout(highlight) {
        elsewhere.append(highlight)
      }
    }
    return (shown, elsewhere)
  }
}
