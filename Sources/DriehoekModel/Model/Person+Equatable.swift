extension Person {
  /// Whether two values have the same content; where they were written (``origin``) does not
  /// count.
  public static func == (lhs: Person, rhs: Person) -> Bool {
    lhs.id == rhs.id
      && lhs.name == rhs.name
      && lhs.functions == rhs.functions
      && lhs.validity == rhs.validity
      && lhs.description == rhs.description
      && lhs.sources == rhs.sources
  }

  /// Hashes the content, not the ``origin``, consistent with ``==(_:_:)``.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(id)
    hasher.combine(name)
    hasher.combine(functions)
    hasher.combine(validity)
    hasher.combine(description)
    hasher.combine(sources)
  }
}
