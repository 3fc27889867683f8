extension Analyzer {
  /// The rules that do the most work on a large model (each walks every opdracht or role of
  /// every executor, with a search per item), heaviest first, as measured on the stress model
  /// of `driehoek genereer` (docs/scale.md).
  static let heavyRuleCodes = ["SD19", "SD09", "SD11", "SD13"]

  /// The order in which the rules start: the heavy rules first, the rest in catalogue order.
  ///
  /// The cores take the next rule as soon as they are free, so a heavy rule that starts last
  /// leaves one core working alone; started first, the light rules fill the gaps. Only the
  /// scheduling follows this order: the findings are put back in catalogue order.
  /// - Returns: Positions in `rules`, each once.
  static func schedule(_ rules: [any Rule]) -> [Int] {
    let rank = { (position: Int) -> Int in
      heavyRuleCodes.firstIndex(of: rules[position].code) ?? heavyRuleCodes.count
    }
    return rules.indices.sorted { lhs, rhs in
      (rank(lhs), lhs) < (rank(rhs), rhs)
    }
  }
}
