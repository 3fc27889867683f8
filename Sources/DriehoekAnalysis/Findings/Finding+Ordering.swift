extension Finding {
  /// The deterministic report order: findings with an executor first (by executor id), then the
  /// rest; within that by code, then by `betreft`, then by message.
  public static func reportOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
    switch (lhs.executor, rhs.executor) {
    case (.some(let left), .some(let right)) where left != right: return left < right
    case (.some, .none): return true
    case (.none, .some): return false
    default: break
    }
    if lhs.code != rhs.code { return lhs.code < rhs.code }
    if lhs.betreft != rhs.betreft {
      return lhs.betreft.lexicographicallyPrecedes(rhs.betreft)
    }
    return lhs.message < rhs.message
  }
}
