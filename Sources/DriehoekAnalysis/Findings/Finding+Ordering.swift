import DriehoekModel

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

extension Finding {
  /// The findings sorted by ``reportOrder(_:_:)``, stably.
  /// - Complexity: O(*n* log *n*) in the number of findings.
  static func inReportOrder(_ findings: [Finding]) -> [Finding] {
    reportOrderPositions(findings).map { findings[$0] }
  }

  /// The positions of the findings in ``reportOrder(_:_:)``, stably: the finding at position
  /// `result[0]` comes first.
  ///
  /// The same order as `findings.sorted(by: Finding.reportOrder)`, reached with fewer string
  /// comparisons: the executors and codes are ranked once, so most comparisons compare two
  /// integers, and only findings of one executor and one rule compare their `betreft` and
  /// message. Positions are sorted rather than the findings themselves.
  /// - Complexity: O(*n* log *n*) in the number of findings.
  static func reportOrderPositions(_ findings: [Finding]) -> [Int] {
    // The findings come rule after rule, and a rule's findings mostly executor after executor:
    // a run of one code or one executor is hashed once, not once per finding.
    var executorRanks: [ElementID: Int] = [:]
    var codeRanks: [String: Int] = [:]
    var lastExecutor: ElementID?
    var lastCode: String?
    for finding in findings {
      let executor = finding.executor
      if let executor, executor != lastExecutor {
        executorRanks[executor] = 0
        lastExecutor = executor
      }
      let code = finding.code
      if code != lastCode {
        codeRanks[code] = 0
        lastCode = code
      }
    }
    for (rank, executor) in executorRanks.keys.sorted().enumerated() {
      executorRanks[executor] = rank
    }
    for (rank, code) in codeRanks.keys.sorted().enumerated() { codeRanks[code] = rank }
    // A finding without an executor sorts after every finding with one.
    let withoutExecutor = executorRanks.count
    var keys: [(executor: Int, code: Int)] = []
    keys.reserveCapacity(findings.count)
    var previous: (executor: ElementID?, code: String, key: (executor: Int, code: Int))?
    for finding in findings {
      let executor = finding.executor
      let code = finding.code
      if let previous, previous.executor == executor, previous.code == code {
        keys.append(previous.key)
        continue
      }
      let key = (
        executor: executor.flatMap { executorRanks[$0] } ?? withoutExecutor,
        code: codeRanks[code] ?? 0
      )
      previous = (executor, code, key)
      keys.append(key)
    }
    let order = findings.indices.sorted { left, right in
      let lhs = keys[left]
      let rhs = keys[right]
      if lhs.executor != rhs.executor { return lhs.executor < rhs.executor }
      if lhs.code != rhs.code { return lhs.code < rhs.code }
      if findings[left].betreft != findings[right].betreft {
        return findings[left].betreft.lexicographicallyPrecedes(findings[right].betreft)
      }
      return findings[left].message < findings[right].message
    }
    return order
  }
}

extension Array {
  /// Rearranges the elements in place so that the element at `order[i]` ends up at `i`.
  ///
  /// `order` is a permutation of the indices. Elements are swapped, never copied.
  /// - Complexity: O(*n*).
  mutating func permute(to order: [Int]) {
    guard order.count == count else { return }
    var placed = [Bool](repeating: false, count: count)
    // Through the buffer: a swap there moves the two elements, with no reference counting.
    withUnsafeMutableBufferPointer { elements in
      for start in elements.indices where !placed[start] {
        // Follow the cycle through `start`: each swap puts one element in its final place.
        var current = start
        while true {
          placed[current] = true
          let next = order[current]
          if next == start { break }
          elements.swapAt(current, next)
          current = next
        }
      }
    }
  }
}
