extension Afspraak {
  /// Whether two values have the same content; where they were written (``origin``) does not
  /// count.
  public static func == (lhs: Afspraak, rhs: Afspraak) -> Bool {
    lhs.id == rhs.id
      && lhs.kind == rhs.kind
      && lhs.name == rhs.name
      && lhs.parties == rhs.parties
      && lhs.period == rhs.period
      && lhs.description == rhs.description
      && lhs.sources == rhs.sources
  }

  /// Hashes the content, not the ``origin``, consistent with ``==(_:_:)``.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(id)
    hasher.combine(kind)
    hasher.combine(name)
    hasher.combine(parties)
    hasher.combine(period)
    hasher.combine(description)
    hasher.combine(sources)
  }
}
