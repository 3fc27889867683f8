/// The priority of an opdracht (`prioriteit`).
public enum Priority: String, Hashable, Sendable, CaseIterable, Codable, Comparable {
  case laag
  case normaal
  case hoog
  case hoogste

  private var rank: Int {
    switch self {
    case .laag: 0
    case .normaal: 1
    case .hoog: 2
    case .hoogste: 3
    }
  }

  public static func < (lhs: Priority, rhs: Priority) -> Bool { lhs.rank < rhs.rank }
}
