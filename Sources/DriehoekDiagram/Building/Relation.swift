import DriehoekModel

/// One drawable relation between parties, resolved to card ids, valid on the peildatum.
struct Relation: Hashable, Sendable {
  /// What the relation is.
  enum Kind: Int, Hashable, Sendable, Comparable, CaseIterable {
    case eigenaar
    case opdrachtgever
    case opdrachtnemer
    case afspraak
    case regisseur

    static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
  }

  var kind: Kind
  /// The card the relation starts at (the role holder, the regisseur).
  var from: ElementID
  /// The card it points at (the executor) or, for a regisseur, the keten.
  var to: ElementID
  /// For an afspraak: every card it binds, sorted.
  var parties: [ElementID] = []
  /// Whether the role is the coordinating opdrachtgever.
  var isCoordinating = false
  /// Whether an opdracht was given by a party that neither holds the opdrachtgever role over the
  /// executor nor lies inside a unit that does.
  var lacksRole = false
  /// The units holding the opdrachtgever role inside which the opdrachtgever of an opdracht
  /// without a role of its own lies (delegation), sorted.
  var delegatedVia: [ElementID] = []
  /// The opdrachten carried by an opdrachtgever relation, sorted by id.
  var opdrachten: [Opdracht] = []
  /// The afspraak drawn.
  var afspraak: Afspraak?
  /// The model ids the relation stands for, to match findings: opdracht and afspraak ids.
  var elementIDs: [ElementID] = []
  /// The `bronnen` of the roles, opdrachten, afspraak or keten behind it, without repeats.
  var sources: [String] = []

  /// The canonical order: by kind, then the ends, then the afspraak's id.
  static func precedes(_ lhs: Relation, _ rhs: Relation) -> Bool {
    if lhs.kind != rhs.kind { return lhs.kind < rhs.kind }
    if lhs.from != rhs.from { return lhs.from < rhs.from }
    if lhs.to != rhs.to { return lhs.to < rhs.to }
    return (lhs.afspraak?.id.rawValue ?? "") < (rhs.afspraak?.id.rawValue ?? "")
  }

  /// Adds bronnen that are not there yet, keeping the order of first mention.
  mutating func cite(_ items: [String]) {
    for item in items where !sources.contains(item) { sources.append(item) }
  }
}
