extension Array where Element: Comparable {
  /// The elements sorted, each once: the same as `Array(Set(self)).sorted()`.
  ///
  /// Without a set: a finding's executors are one to three ids, and 130,000 findings are
  /// grouped, so hashing them into a set for each costs more than sorting the few.
  /// - Complexity: O(*n* log *n*).
  func sortedUnique() -> [Element] {
    guard count > 1 else { return self }
    let sorted = self.sorted()
    var result: [Element] = []
    result.reserveCapacity(sorted.count)
    for element in sorted where result.last != element {
      result.append(element)
    }
    return result
  }

  /// Whether every element is less than the next: sorted, each once.
  /// - Complexity: O(*n*).
  var isStrictlyAscending: Bool {
    zip(self, dropFirst()).allSatisfy { $0 < $1 }
  }
}
