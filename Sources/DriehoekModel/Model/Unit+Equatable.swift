extension Unit {
  /// Whether two values have the same content; where they were written (``origin``) does not
  /// count.
  public static func == (lhs: Unit, rhs: Unit) -> Bool {
    lhs.id == rhs.id
      && lhs.name == rhs.name
      && lhs.kind == rhs.kind
      && lhs.validity == rhs.validity
      && lhs.description == rhs.description
      && lhs.units == rhs.units
      && lhs.sources == rhs.sources
  }

  /// Hashes the content, not the ``origin``, consistent with ``==(_:_:)``.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(id)
    hasher.combine(name)
    hasher.combine(kind)
    hasher.combine(validity)
    hasher.combine(description)
    hasher.combine(units)
    hasher.combine(sources)
  }
}
