/// The kinds of element a comparison matches, named as the model file's lists name them
/// (singular): the `soort` of a ``Wijziging``.
public enum ElementSoort: String, Hashable, Sendable, CaseIterable, Comparable {
  case organisatie
  case onderdeel
  case persoon
  case rol
  case opdracht
  case afspraak
  case keten
  case afwijking

  /// The English word, for `--lang en`.
  public var englishName: String {
    switch self {
    case .organisatie: "organisation"
    case .onderdeel: "unit"
    case .persoon: "person"
    case .rol: "role"
    case .opdracht: "assignment"
    case .afspraak: "agreement"
    case .keten: "chain"
    case .afwijking: "accepted risk"
    }
  }

  /// The order of the model file: organisations first, accepted risks last.
  public static func < (lhs: ElementSoort, rhs: ElementSoort) -> Bool {
    allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
  }
}

/// What happened to an element between the two sides.
public enum WijzigingsSoort: String, Hashable, Sendable, CaseIterable {
  /// Only in NIEUW (or only active on the new date).
  case toegevoegd
  /// Only in OUD (or only active on the old date).
  case verwijderd
  /// In both, with at least one key of different meaning.
  case gewijzigd
}
