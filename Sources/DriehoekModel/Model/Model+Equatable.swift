extension Model {
  /// Whether two values have the same content; where they were written (``origin``) does not
  /// count.
  public static func == (lhs: Model, rhs: Model) -> Bool {
    lhs.name == rhs.name
      && lhs.peildatum == rhs.peildatum
      && lhs.description == rhs.description
      && lhs.organisations == rhs.organisations
      && lhs.persons == rhs.persons
      && lhs.roles == rhs.roles
      && lhs.opdrachten == rhs.opdrachten
      && lhs.afspraken == rhs.afspraken
      && lhs.ketens == rhs.ketens
      && lhs.afwijkingen == rhs.afwijkingen
  }

  /// Hashes the content, not the ``origin``, consistent with ``==(_:_:)``.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(name)
    hasher.combine(peildatum)
    hasher.combine(description)
    hasher.combine(organisations)
    hasher.combine(persons)
    hasher.combine(roles)
    hasher.combine(opdrachten)
    hasher.combine(afspraken)
    hasher.combine(ketens)
    hasher.combine(afwijkingen)
  }
}
