extension Afwijking {
  /// Whether two values have the same content; where they were written (``origin``) does not
  /// count.
  public static func == (lhs: Afwijking, rhs: Afwijking) -> Bool {
    lhs.rule == rhs.rule
      && lhs.betreft == rhs.betreft
      && lhs.reason == rhs.reason
      && lhs.verantwoordelijke == rhs.verantwoordelijke
      && lhs.until == rhs.until
      && lhs.sources == rhs.sources
  }

  /// Hashes the content, not the ``origin``, consistent with ``==(_:_:)``.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(rule)
    hasher.combine(betreft)
    hasher.combine(reason)
    hasher.combine(verantwoordelijke)
    hasher.combine(until)
    hasher.combine(sources)
  }
}
