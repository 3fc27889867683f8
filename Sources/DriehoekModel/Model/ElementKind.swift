/// What kind of element an ``ElementID`` names.
public enum ElementKind: String, Hashable, Sendable, CaseIterable, Codable {
  case organisation
  case unit
  case person
  case opdracht
  case afspraak
  case keten

  /// The Dutch word for the kind, as diagnostics print it.
  public var dutchName: String {
    switch self {
    case .organisation: "organisatie"
    case .unit: "onderdeel"
    case .person: "persoon"
    case .opdracht: "opdracht"
    case .afspraak: "afspraak"
    case .keten: "keten"
    }
  }

  /// The English word for the kind.
  public var englishName: String {
    switch self {
    case .organisation: "organisation"
    case .unit: "unit"
    case .person: "person"
    case .opdracht: "assignment"
    case .afspraak: "agreement"
    case .keten: "chain"
    }
  }
}
