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
  ///
  /// One pass over two fields of each finding, read in place, and the table made once at the
  /// end: a summary line of 130,000 findings costs a few instructions a finding.
  /// - Complexity: O(*n*) in the number of findings.
  public init(_ findings: [Finding]) {
    var fout = 0
    var waarschuwing = 0
    var info = 0
    var accepted = 0
    findings.withUnsafeBufferPointer { findings in
      for index in findings.indices {
        guard findings[index].isOpen else {
          accepted += 1
          continue
        }
        switch findings[index].severity {
        case .fout: fout += 1
        case .waarschuwing: waarschuwing += 1
        case .info: info += 1
        }
      }
    }
    self.openBySeverity = [.fout: fout, .waarschuwing: waarschuwing, .info: info]
    self.open = fout + waarschuwing + info
    self.accepted = accepted
  }

  /// The number of all findings, open and accepted.
  public var total: Int { open + accepted }

  /// The number of open findings of a severity.
  public func open(_ severity: Severity) -> Int { openBySeverity[severity] ?? 0 }
}
