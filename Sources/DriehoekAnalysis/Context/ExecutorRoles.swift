import DriehoekModel

/// The roles over one executor that are valid on the peildatum, split by kind once, with the
/// distinct holders of each kind sorted by id; built with the context so that rules asking for
/// them again and again neither filter nor sort.
struct ExecutorRoles: Sendable {
  private var eigenaar: [Role] = []
  private var opdrachtgever: [Role] = []
  private var opdrachtnemer: [Role] = []
  private var eigenaarHolders: [ElementID] = []
  private var opdrachtgeverHolders: [ElementID] = []
  private var opdrachtnemerHolders: [ElementID] = []

  /// Adds a role at the end of its kind's list (so each list keeps model order).
  mutating func append(_ role: Role) {
    switch role.kind {
    case .eigenaar: eigenaar.append(role)
    case .opdrachtgever: opdrachtgever.append(role)
    case .opdrachtnemer: opdrachtnemer.append(role)
    }
  }

  /// Fills in the distinct holders of each kind, sorted by id; call once after the last role.
  mutating func finish() {
    eigenaarHolders = Array(Set(eigenaar.map(\.holder))).sorted()
    opdrachtgeverHolders = Array(Set(opdrachtgever.map(\.holder))).sorted()
    opdrachtnemerHolders = Array(Set(opdrachtnemer.map(\.holder))).sorted()
  }

  /// The roles of a kind, in model order.
  func roles(_ kind: RoleKind) -> [Role] {
    switch kind {
    case .eigenaar: eigenaar
    case .opdrachtgever: opdrachtgever
    case .opdrachtnemer: opdrachtnemer
    }
  }

  /// The distinct holders of the roles of a kind, sorted by id.
  func holders(_ kind: RoleKind) -> [ElementID] {
    switch kind {
    case .eigenaar: eigenaarHolders
    case .opdrachtgever: opdrachtgeverHolders
    case .opdrachtnemer: opdrachtnemerHolders
    }
  }
}
