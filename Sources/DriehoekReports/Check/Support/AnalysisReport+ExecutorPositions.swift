import DriehoekAnalysis
import DriehoekModel

extension AnalysisReport {
  /// An executor's group of findings (`nil`: the findings without one), as positions in
  /// ``findings``.
  typealias ExecutorGroup = (executor: ElementID?, positions: [Int])

  /// The positions in ``findings`` of each executor's group, in the order of
  /// ``groupedByExecutor``: the same groups, without copying a finding.
  ///
  /// A report of 130,000 findings would otherwise be held twice while it is written. Findings
  /// in report order (as ``Analyzer`` gives them) are grouped in one pass
  /// (``groupsInReportOrder``); others are sorted per group.
  /// - Complexity: O(*n*) for findings in report order, else O(*n* log *n*).
  var positionsByExecutor: [ExecutorGroup] {
    groupsInReportOrder ?? groupsBySorting
  }

  /// The groups by sorting each executor's findings by code and `betreft`: any order of
  /// findings.
  var groupsBySorting: [ExecutorGroup] {
    var byExecutor: [ElementID: [Int]] = [:]
    var rest: [Int] = []
    for (position, finding) in findings.enumerated() {
      if finding.executors.isEmpty { rest.append(position) }
      for executor in finding.executors { byExecutor[executor, default: []].append(position) }
    }
    let findings = self.findings
    var groups: [ExecutorGroup] = byExecutor.keys.sorted().map { executor in
      (executor, Self.sorted(byExecutor[executor] ?? [], in: findings))
    }
    if !rest.isEmpty { groups.append((nil, rest)) }
    return groups
  }

  /// The positions by code and `betreft`, stably (positions rise in a group), as in
  /// `groupedByExecutor`.
  private static func sorted(_ positions: [Int], in findings: [Finding]) -> [Int] {
    positions.sorted { lhs, rhs in
      Self.precedes(findings[lhs], findings[rhs])
        || (!Self.precedes(findings[rhs], findings[lhs]) && lhs < rhs)
    }
  }

  /// Whether a finding comes before another in its executor's group: by code, then `betreft`.
  private static func precedes(_ left: Finding, _ right: Finding) -> Bool {
    if left.code != right.code { return left.code < right.code }
    return left.betreft.lexicographicallyPrecedes(right.betreft)
  }

  /// The groups in one pass, when the findings are in report order.
  ///
  /// Each executor's own findings (``Finding/executor``) stand together, the executors rising, each run already
  /// ordered by code and `betreft`. Only the findings that also stand under another executor
  /// (about an afspraak or opdracht) are put into that group, which is then sorted.
  ///
  /// `nil` when the findings are in another order: the same groups as ``groupsBySorting``
  /// otherwise.
  var groupsInReportOrder: [ExecutorGroup]? {
    let findings = self.findings
    var runs: [ExecutorGroup] = []
    var others: [ElementID: [Int]] = [:]
    var rest: [Int] = []
    for position in findings.indices {
      let executors = findings[position].executors
      guard let primary = findings[position].executor, !executors.isEmpty else {
        if !executors.isEmpty { return nil }
        rest.append(position)
        continue
      }
      guard executors.contains(primary) else { return nil }
      if let last = runs.indices.last, runs[last].executor == primary {
        // In the run: it must not come before the finding ahead of it.
        guard let previous = runs[last].positions.last,
          !Self.precedes(findings[position], findings[previous])
        else { return nil }
        runs[last].positions.append(position)
      } else {
        // A new run: its executor after the last one's.
        if let last = runs.last?.executor, !(last < primary) { return nil }
        runs.append((primary, [position]))
      }
      for executor in executors where executor != primary {
        others[executor, default: []].append(position)
      }
    }
    guard !others.isEmpty else {
      if !rest.isEmpty { runs.append((nil, rest)) }
      return runs
    }
    // Merge the runs with the executors that only others name, by id; a group with others is
    // sorted again.
    var groups: [ExecutorGroup] = []
    groups.reserveCapacity(runs.count + others.count + 1)
    let extra = others.keys.sorted()
    var next = 0
    for run in runs {
      guard let executor = run.executor else { continue }
      while next < extra.count, extra[next] < executor {
        groups.append((extra[next], Self.sorted(others[extra[next]] ?? [], in: findings)))
        next += 1
      }
      if next < extra.count, extra[next] == executor {
        let members = run.positions + (others[executor] ?? [])
        groups.append((executor, Self.sorted(members, in: findings)))
        next += 1
      } else {
        groups.append(run)
      }
    }
    while next < extra.count {
      groups.append((extra[next], Self.sorted(others[extra[next]] ?? [], in: findings)))
      next += 1
    }
    if !rest.isEmpty { groups.append((nil, rest)) }
    return groups
  }
}
