extension Role {
  /// Whether two values have the same content; where they were written (``origin``) does not
  /// count.
  public static func == (lhs: Role, rhs: Role) -> Bool {
    lhs.kind == rhs.kind
      && lhs.holder == rhs.holder
      && lhs.executor == rhs.executor
      && lhs.isCoordinating == rhs.isCoordinating
      && lhs.validity == rhs.validity
      && lhs.description == rhs.description
      && lhs.sources == rhs.sources
  }

  /// Hashes the content, not the ``origin``, consistent with ``==(_:_:)``.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(kind)
    hasher.combine(holder)
    hasher.combine(executor)
    hasher.combine(isCoordinating)
    hasher.combine(validity)
    hasher.combine(description)
    hasher.combine(sources)
  }
}
