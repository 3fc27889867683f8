extension Keten {
  /// Whether two values have the same content; where they were written (``origin``) does not
  /// count.
  public static func == (lhs: Keten, rhs: Keten) -> Bool {
    lhs.id == rhs.id
      && lhs.name == rhs.name
      && lhs.members == rhs.members
      && lhs.regisseur == rhs.regisseur
      && lhs.description == rhs.description
      && lhs.sources == rhs.sources
  }

  /// Hashes the content, not the ``origin``, consistent with ``==(_:_:)``.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(id)
    hasher.combine(name)
    hasher.combine(members)
    hasher.combine(regisseur)
    hasher.combine(description)
    hasher.combine(sources)
  }
}
