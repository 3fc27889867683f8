public import DriehoekAnalysis
import DriehoekModel

/// The findings side of a comparison: the open findings new in NIEUW, those resolved (open in
/// OUD, gone in NIEUW), and how many stay.
///
/// Findings are matched by code and `betreft`, not by message or line: the first id of
/// `betreft` (what the finding is about) must be the same, the other ids the same set, so that
/// moving elements around in the file does not resolve a finding and raise it again. Several
/// findings with the same code and `betreft` are matched one to one. Accepted findings
/// (`afwijkingen`) are not open and take no part.
public struct BevindingenVergelijking: Sendable {
  /// Open in NIEUW, not open in OUD; in NIEUW's order.
  public var nieuw: [Finding]
  /// Open in OUD, not open in NIEUW; in OUD's order.
  public var opgelost: [Finding]
  /// Open on both sides.
  public var ongewijzigd: Int

  /// Compares the open findings of two analyses.
  public init(oud: AnalysisReport, nieuw: AnalysisReport) {
    let oudOpen = oud.openFindings
    let nieuwOpen = nieuw.openFindings
    var oudCounts: [Key: Int] = [:]
    for finding in oudOpen { oudCounts[Key(finding), default: 0] += 1 }
    var nieuwCounts: [Key: Int] = [:]
    for finding in nieuwOpen { nieuwCounts[Key(finding), default: 0] += 1 }
    var added: [Finding] = []
    var remaining = oudCounts
    var unchanged = 0
    for finding in nieuwOpen {
      let key = Key(finding)
      if let count = remaining[key], count > 0 {
        remaining[key] = count - 1
        unchanged += 1
      } else {
        added.append(finding)
      }
    }
    var resolved: [Finding] = []
    var stillOpen = nieuwCounts
    for finding in oudOpen {
      let key = Key(finding)
      if let count = stillOpen[key], count > 0 {
        stillOpen[key] = count - 1
      } else {
        resolved.append(finding)
      }
    }
    self.nieuw = added
    self.opgelost = resolved
    self.ongewijzigd = unchanged
  }

  /// What a finding is matched on.
  struct Key: Hashable {
    var code: String
    var subject: ElementID?
    var others: [ElementID]

    init(_ finding: Finding) {
      code = finding.code
      subject = finding.betreft.first
      others = finding.betreft.dropFirst().sorted()
    }
  }
}
