import DriehoekAnalysis
public import DriehoekModel

/// The triangle of one executor before and after, drawn as one overlay in SVG: the executor at
/// the foot, its eigenaren on the left, its opdrachtgevers on the right, its opdrachtnemers
/// below, each role a line to the executor.
///
/// Added, removed and changed parties and roles carry the classes `wijziging-toegevoegd`,
/// `wijziging-verwijderd` and `wijziging-gewijzigd`, and are told apart without colour too:
/// added is drawn solid and thick with a `+`, removed dashed with its name struck through and a
/// `−`, changed with a double outline and a `~`. A legend explains the marks. The SVG is pure
/// text, the same for the same input, with no script and no external reference.
public struct DiffDiagram: Sendable {
  /// The executor.
  public var executor: ElementID
  /// The parties in the diagram, the executor first.
  public var parties: [Party]
  /// The roles, each from a party to the executor.
  public var roles: [Line]
  /// The language of the legend and titles.
  public var language: Language

  /// A party: the executor or a holder of a role over it.
  public struct Party: Hashable, Sendable {
    /// Its id.
    public var id: ElementID
    /// Its name.
    public var naam: String
    /// Where it is drawn.
    public var column: Column
    /// Its mark; `nil` when unchanged.
    public var mark: WijzigingsSoort?
  }

  /// A role drawn as a line from its holder to the executor.
  public struct Line: Hashable, Sendable {
    /// The role.
    public var rol: RoleKind
    /// Its holder.
    public var houder: ElementID
    /// Its mark; `nil` when unchanged.
    public var mark: WijzigingsSoort?
  }

  /// Where a party is drawn.
  public enum Column: Int, Hashable, Sendable {
    case eigenaar
    case opdrachtgever
    case opdrachtnemer
    case executor
  }

  /// The diagram of one executor in a comparison.
  public init(executor: ElementID, in vergelijking: Vergelijking, language: Language = .nl) {
    self.executor = executor
    self.language = language
    let marks = vergelijking.marks
    // Each side's roles in force on its peildatum, and every role that changed: a role that
    // ended long ago and stayed so is history, not part of either triangle.
    let inForce = { (role: Role, side: VergelijkingsKant) in
      role.executor == executor
        && (role.validity.contains(side.peildatum)
          || marks[.rol(role.kind, houder: role.holder, van: role.executor)] != nil)
    }
    let oudRoles = (vergelijking.roles.oud[executor] ?? []).filter {
      inForce($0, vergelijking.oud)
    }
    let nieuwRoles = (vergelijking.roles.nieuw[executor] ?? []).filter {
      inForce($0, vergelijking.nieuw)
    }
    var lines: [Line] = []
    for role in nieuwRoles + oudRoles {
      let line = Line(
        rol: role.kind, houder: role.holder,
        mark: marks[.rol(role.kind, houder: role.holder, van: executor)])
      if !lines.contains(where: { $0.rol == line.rol && $0.houder == line.houder }) {
        lines.append(line)
      }
    }
    roles = lines.sorted { ($0.rol, $0.houder) < ($1.rol, $1.houder) }
    let names = { (id: ElementID) -> String in
      vergelijking.nieuw.report.elements[id]?.name ?? vergelijking.oud.report.elements[id]?.name
        ?? id.rawValue
    }
    var parties = [
      Party(
        id: executor, naam: names(executor), column: .executor, mark: marks[.id(executor)])
    ]
    for line in roles where !parties.contains(where: { $0.id == line.houder }) {
      let inNieuw = nieuwRoles.contains { $0.holder == line.houder }
      let inOud = oudRoles.contains { $0.holder == line.houder }
      let mark: WijzigingsSoort? =
        inNieuw && !inOud ? .toegevoegd : inOud && !inNieuw ? .verwijderd : marks[.id(line.houder)]
      let column: Column =
        switch line.rol {
        case .eigenaar: .eigenaar
        case .opdrachtgever: .opdrachtgever
        case .opdrachtnemer: .opdrachtnemer
        }
      parties.append(Party(id: line.houder, naam: names(line.houder), column: column, mark: mark))
    }
    self.parties = parties
  }

  /// Whether anything in the diagram is marked.
  public var hasChanges: Bool {
    parties.contains { $0.mark != nil } || roles.contains { $0.mark != nil }
  }
}
