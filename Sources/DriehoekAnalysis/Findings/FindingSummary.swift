public import DriehoekModel

/// Counts of the findings in a report.
public struct FindingSummary: Hashable, Sendable {
  /// Open findings by severity.
  public var openBySeverity: [Severity: Int]
  /// The number of open findings.
  public var open: Int
  /// The number of findings covered by a valid accepted risk.
  public var accepted: Int

  /// Counts the findings.
  /// - Complexity: O(*n*) in the number of findings.
  public init(_ findings: [Finding]) {
    var bySeverity: [Severity: Int] = [.fout: 0, .waarschuwing: 0, .info: 0]
    var open = 0
    var accepted = 0
    for finding in findings {
      if finding.isOpen {
        open += 1
        bySeverity[finding.severity, default: 0] += 1
      } else {
        accepted += 1
      }
    }
    self.openBySeverity = bySeverity
    self.open = open
    self.accepted = accepted
  }

  /// The number of all findings, open and accepted.
  public var total: Int { open + accepted }

  /// The number of open findings of a severity.
  public func open(_ severity: Severity) -> Int { openBySeverity[severity] ?? 0 }
}
