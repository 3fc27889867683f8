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

  /// The findings grouped by executor in report order; findings without an executor come last
  /// under `nil`.
  var groupedByExecutor: [(executor: ElementID?, findings: [Finding])] {
    var groups: [(executor: ElementID?, findings: [Finding])] = []
    for finding in findings {
      if let last = groups.last, last.executor == finding.executor {
        groups[groups.count - 1].findings.append(finding)
      } else {
        groups.append((finding.executor, [finding]))
      }
    }
    return groups
  }
}
