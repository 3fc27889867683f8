extension Organisation {
  /// Whether two values have the same content; where they were written (``origin``) does not
  /// count.
  public static func == (lhs: Organisation, rhs: Organisation) -> Bool {
    lhs.id == rhs.id
      && lhs.name == rhs.name
      && lhs.kind == rhs.kind
      && lhs.capacity == rhs.capacity
      && lhs.validity == rhs.validity
      && lhs.description == rhs.description
      && lhs.url == rhs.url
      && lhs.partOf == rhs.partOf
      && lhs.units == rhs.units
      && lhs.sources == rhs.sources
  }

  /// Hashes the content, not the ``origin``, consistent with ``==(_:_:)``.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(id)
    hasher.combine(name)
    hasher.combine(kind)
    hasher.combine(capacity)
    hasher.combine(validity)
    hasher.combine(description)
    hasher.combine(url)
    hasher.combine(partOf)
    hasher.combine(units)
    hasher.combine(sources)
  }
}
