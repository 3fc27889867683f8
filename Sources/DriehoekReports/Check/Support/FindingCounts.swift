import DriehoekAnalysis
import DriehoekModel

/// The counts of a report's findings as the check writers print them (open per severity, open,
/// accepted, all): the numbers of ``FindingSummary``, counted in one pass with no table.
///
/// A summary line or a JSON `samenvatting` of 130,000 findings needs only these numbers;
/// counting them costs a few instructions a finding.
struct FindingCounts: Hashable, Sendable {
  /// Open findings of severity fout.
  private var openFout = 0
  /// Open findings of severity waarschuwing.
  private var openWaarschuwing = 0
  /// Open findings of severity info.
  private var openInfo = 0
  /// The number of findings covered by a valid accepted risk.
  private(set) var accepted = 0

  /// Counts the findings.
  /// - Complexity: O(*n*) in the number of findings.
  init(_ findings: [Finding]) {
    // Each finding's two fields read in place: no finding is copied.
    findings.withUnsafeBufferPointer { findings in
      for index in findings.indices {
        guard findings[index].acceptance == nil else {
          accepted += 1
          continue
        }
        switch findings[index].severity {
        case .fout: openFout += 1
        case .waarschuwing: openWaarschuwing += 1
        case .info: openInfo += 1
        }
      }
    }
  }

  /// The number of open findings of a severity.
  func open(_ severity: Severity) -> Int {
    switch severity {
    case .fout: openFout
    case .waarschuwing: openWaarschuwing
    case .info: openInfo
    }
  }

  /// The number of open findings.
  var open: Int { openFout + openWaarschuwing + openInfo }

  /// The number of all findings, open and accepted.
  var total: Int { open + accepted }
}

extension AnalysisReport {
  /// The counts of the findings (the numbers of ``summary``), counted in one pass.
  var counts: FindingCounts { FindingCounts(findings) }
}
