extension Opdracht {
  /// Whether two values have the same content; where they were written (``origin``) does not
  /// count.
  public static func == (lhs: Opdracht, rhs: Opdracht) -> Bool {
    lhs.id == rhs.id
      && lhs.name == rhs.name
      && lhs.opdrachtgever == rhs.opdrachtgever
      && lhs.opdrachtnemer == rhs.opdrachtnemer
      && lhs.capacity == rhs.capacity
      && lhs.cost == rhs.cost
      && lhs.budget == rhs.budget
      && lhs.priority == rhs.priority
      && lhs.period == rhs.period
      && lhs.afspraak == rhs.afspraak
      && lhs.description == rhs.description
      && lhs.sources == rhs.sources
  }

  /// Hashes the content, not the ``origin``, consistent with ``==(_:_:)``.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(id)
    hasher.combine(name)
    hasher.combine(opdrachtgever)
    hasher.combine(opdrachtnemer)
    hasher.combine(capacity)
    hasher.combine(cost)
    hasher.combine(budget)
    hasher.combine(priority)
    hasher.combine(period)
    hasher.combine(afspraak)
    hasher.combine(description)
    hasher.combine(sources)
  }
}
