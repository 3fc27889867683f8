public import DriehoekModel

/// A role badge on a card, as the diagrams print them.
public enum KaartRol: String, Hashable, Sendable, CaseIterable, Comparable {
  case eigenaar
  case opdrachtgever
  case coordinerend
  case opdrachtnemer

  /// The badge text, in capitals.
  public func word(in language: Language) -> String {
    switch self {
    case .eigenaar: language.pick("EIGENAAR", "OWNER")
    case .opdrachtgever: language.pick("OPDRACHTGEVER", "PRINCIPAL")
    case .coordinerend: language.pick("COÖRDINEREND", "COORDINATING")
    case .opdrachtnemer: language.pick("OPDRACHTNEMER", "EXECUTOR")
    }
  }

  private var order: Int {
    switch self {
    case .eigenaar: 0
    case .opdrachtgever: 1
    case .coordinerend: 2
    case .opdrachtnemer: 3
    }
  }

  public static func < (lhs: KaartRol, rhs: KaartRol) -> Bool { lhs.order < rhs.order }
}
