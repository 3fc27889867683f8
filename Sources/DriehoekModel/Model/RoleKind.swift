/// The three roles of the sturingsdriehoek.
///
/// The Regeling agentschappen 2024 names them continuïteitsverantwoordelijke,
/// beleidsverantwoordelijke and eindverantwoordelijke; ``init(word:)`` accepts both vocabularies.
public enum RoleKind: String, Hashable, Sendable, CaseIterable, Codable, Comparable {
  case eigenaar
  case opdrachtgever
  case opdrachtnemer

  /// The word the Regeling agentschappen 2024 uses for the role.
  public var regelingWord: String {
    switch self {
    case .eigenaar: "continuïteitsverantwoordelijke"
    case .opdrachtgever: "beleidsverantwoordelijke"
    case .opdrachtnemer: "eindverantwoordelijke"
    }
  }

  /// The English word for the role.
  public var englishWord: String {
    switch self {
    case .eigenaar: "owner"
    case .opdrachtgever: "principal"
    case .opdrachtnemer: "executor"
    }
  }

  /// Reads a role from either vocabulary (case-insensitive; the diaeresis may be left out).
  public init?(word: String) {
    if let kind = RoleKind(rawValue: word) {
      self = kind
      return
    }
    let folded = String(word.lowercased().map { $0 == "ï" ? "i" : $0 })
    switch folded {
    case "eigenaar", "continuiteitsverantwoordelijke": self = .eigenaar
    case "opdrachtgever", "beleidsverantwoordelijke": self = .opdrachtgever
    case "opdrachtnemer", "eindverantwoordelijke": self = .opdrachtnemer
    default: return nil
    }
  }

  /// Every word the model file accepts for a role.
  public static let acceptedWords: [String] = [
    "eigenaar", "opdrachtgever", "opdrachtnemer", "continuïteitsverantwoordelijke",
    "beleidsverantwoordelijke", "eindverantwoordelijke",
  ]

  private var order: Int {
    switch self {
    case .eigenaar: 0
    case .opdrachtgever: 1
    case .opdrachtnemer: 2
    }
  }

  public static func < (lhs: RoleKind, rhs: RoleKind) -> Bool { lhs.order < rhs.order }
}
