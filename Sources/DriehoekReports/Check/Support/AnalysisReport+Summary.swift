public import DriehoekAnalysis
import DriehoekModel

extension AnalysisReport {
  /// One line with the counts: open findings per severity, then the accepted ones.
  public var summaryLine: String {
    let summary = self.summary
    let language = self.language
    let counts = [Severity.fout, .waarschuwing, .info].map { severity in
      let count = summary.open(severity)
      return "\(count) \(severity.countWord(count, in: language))"
    }
    .joined(separator: ", ")
    return language.pick(
      "\(model) (peildatum \(peildatum)): \(counts) open; \(summary.accepted) geaccepteerd",
      "\(model) (reference date \(peildatum)): \(counts) open; \(summary.accepted) accepted")
  }

  /// The findings grouped by executor (by id), each group in the order of code and `betreft`;
  /// a finding stands under every executor it belongs to (``Finding/executors``), and findings
  /// without one come last under `nil`.
  var groupedByExecutor: [(executor: ElementID?, findings: [Finding])] {
    var byExecutor: [ElementID: [Finding]] = [:]
    var rest: [Finding] = []
    for finding in findings {
      if finding.executors.isEmpty { rest.append(finding) }
      for executor in finding.executors { byExecutor[executor, default: []].append(finding) }
    }
    var groups: [(executor: ElementID?, findings: [Finding])] = byExecutor.keys.sorted().map {
      executor in
      // Report order puts a finding under its first executor; under another one it is put in
      // its place by code and `betreft` again (a stable sort keeps the rest as they were).
      let members = byExecutor[executor] ?? []
      return (
        executor,
        members.enumerated().sorted { lhs, rhs in
          if lhs.element.code != rhs.element.code { return lhs.element.code < rhs.element.code }
          if lhs.element.betreft != rhs.element.betreft {
            return lhs.element.betreft.lexicographicallyPrecedes(rhs.element.betreft)
          }
          return lhs.offset < rhs.offset
        }.map(\.element)
      )
    }
    if !rest.isEmpty { groups.append((nil, rest)) }
    return groups
  }
}
