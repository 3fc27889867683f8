public import DriehoekModel

/// What identifies an element across the two sides: its id; for a role its `rol`, `houder` and
/// `van`; for an accepted risk, which has no id, its `regel` and `betreft` (as a set).
public enum ElementSleutel: Hashable, Sendable, Comparable {
  /// An element with an id.
  case id(ElementID)
  /// A role.
  case rol(RoleKind, houder: ElementID, van: ElementID)
  /// An accepted risk.
  case afwijking(regel: String, betreft: [ElementID])

  /// A short text for sorting and for messages: the id, `eigenaar szw-sg → svb`, or
  /// `SD13 [pgb]`.
  public var written: String {
    switch self {
    case .id(let id): id.rawValue
    case .rol(let kind, let houder, let van):
      "\(kind.rawValue) \(houder.rawValue) → \(van.rawValue)"
    case .afwijking(let regel, let betreft):
      "\(regel) [\(betreft.map(\.rawValue).joined(separator: ", "))]"
    }
  }

  /// Orders by the written text.
  public static func < (lhs: ElementSleutel, rhs: ElementSleutel) -> Bool {
    lhs.written < rhs.written
  }
}
