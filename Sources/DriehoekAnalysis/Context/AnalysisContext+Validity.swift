public import DriehoekModel

extension AnalysisContext {
  /// Whether an element exists and is valid on the peildatum; a unit is valid when it and every
  /// unit and organisation above it are.
  /// - Complexity: O(1); the context works out every id once when it is created.
  public func isValid(_ id: ElementID) -> Bool {
    index.handle(of: id).map { validHandles[$0] } ?? false
  }

  /// Whether a role holds on the peildatum: the role itself and its holder are valid.
  public func isValid(_ role: Role) -> Bool {
    role.validity.contains(peildatum) && isValid(role.holder)
  }

  /// Every role over an executor, valid or not, in model order.
  public func roles(of executor: ElementID) -> ElementList<Role> {
    ElementList(model.roles, positions: rolesByExecutor[executor])
  }

  /// The kind of the organisation with this id, read where the organisation is (it is not
  /// copied out); `nil` when the id names no organisation.
  /// - Complexity: O(1).
  func organisationKind(of id: ElementID) -> OrganisationKind? {
    guard let place = index.modelPosition(of: id), place.kind == .organisation else { return nil }
    return model.organisations[place.position].kind
  }

  /// The positions in `model.opdrachten` of the opdrachten whose opdrachtnemer is the executor,
  /// whatever their period, in model order (see ``opdrachten(of:)``).
  func opdrachtPositions(of executor: ElementID) -> ArraySlice<Int32> {
    opdrachtenByExecutor[executor]
  }

  /// Every opdracht whose opdrachtnemer is the executor, whatever its period, in model order.
  public func opdrachten(of executor: ElementID) -> ElementList<Opdracht> {
    ElementList(model.opdrachten, positions: opdrachtenByExecutor[executor])
  }

  /// The roles of a kind over an executor that are valid on the peildatum, in model order.
  public func validRoles(_ kind: RoleKind, of executor: ElementID) -> ElementList<Role> {
    validRolesByExecutor.roles(kind, of: executor)
  }

  /// The distinct holders of the valid roles of a kind over an executor, sorted by id.
  public func validHolders(_ kind: RoleKind, of executor: ElementID) -> [ElementID] {
    validRolesByExecutor.holders(kind, of: executor)
  }

  /// The days on which an element exists: its own validity intersected with that of everything
  /// above it; `nil` when the element is always valid, `.some` with a reversed period when never.
  public func effectivePeriod(of id: ElementID) -> Period? {
    ([id] + index.ancestors(of: id)).reduce(Period?.none) { result, next in
      Period.intersection(result, index.validity(of: next))
    }
  }
}

extension Period {
  /// The days two optional periods share; `nil` (always) is neutral.
  static func intersection(_ lhs: Period?, _ rhs: Period?) -> Period? {
    guard let lhs else { return rhs }
    guard let rhs else { return lhs }
    // The later start and the earlier end, an open end giving way to a closed one; without
    // building lists (SD11 asks this for every opdracht of every executor).
    let start: Day? =
      switch (lhs.start, rhs.start) {
      case (.some(let left), .some(let right)): max(left, right)
      case (.some(let day), .none), (.none, .some(let day)): day
      case (.none, .none): nil
      }
    let end: Day? =
      switch (lhs.end, rhs.end) {
      case (.some(let left), .some(let right)): min(left, right)
      case (.some(let day), .none), (.none, .some(let day)): day
      case (.none, .none): nil
      }
    return Period(start: start, end: end)
  }

  /// The first day the two periods share, or `nil` when they share none or the first shared day
  /// is unbounded.
  static func firstSharedDay(_ lhs: Period?, _ rhs: Period?) -> Day? {
    guard let shared = intersection(lhs, rhs), !shared.isReversed else { return nil }
    return shared.start
  }

  /// Whether two optional periods (`nil` = always) share at least one day.
  static func overlap(_ lhs: Period?, _ rhs: Period?) -> Bool {
    guard let lhs, let rhs else {
      return !(lhs?.isReversed ?? false) && !(rhs?.isReversed ?? false)
    }
    return lhs.overlaps(rhs) && !lhs.isReversed && !rhs.isReversed
  }
}
