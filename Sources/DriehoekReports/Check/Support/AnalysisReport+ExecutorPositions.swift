import DriehoekAnalysis
import DriehoekModel

extension AnalysisReport {
  /// An executor's group of findings (`nil`: the findings without one), as positions in
  /// ``findings``.
  typealias ExecutorGroup = (executor: ElementID?, positions: [Int])

  /// The positions in ``findings`` of each executor's group, in the order of
  /// ``groupedByExecutor``: the same groups, without copying a finding.
  ///
  /// A report of 130,000 findings would otherwise be held twice while it is written.
  /// - Complexity: O(*n* log *n*) in the number of findings.
  var positionsByExecutor: [ExecutorGroup] {
    var byExecutor: [ElementID: [Int]] = [:]
    var rest: [Int] = []
    for (position, finding) in findings.enumerated() {
      if finding.executors.isEmpty { rest.append(position) }
      for executor in finding.executors { byExecutor[executor, default: []].append(position) }
    }
    let findings = self.findings
    var groups: [ExecutorGroup] = byExecutor.keys.sorted().map {
      executor in
      // As in `groupedByExecutor`: by code and `betreft`, stably (positions rise in a group).
      let members = byExecutor[executor] ?? []
      let sorted = members.sorted { lhs, rhs in
        let left = findings[lhs]
        let right = findings[rhs]
        if left.code != right.code { return left.code < right.code }
        if left.betreft != right.betreft {
          return left.betreft.lexicographicallyPrecedes(right.betreft)
        }
        return lhs < rhs
      }
      return (executor, sorted)
    }
    if !rest.isEmpty { groups.append((nil, rest)) }
    return groups
  }
}
