import DriehoekAnalysis
import DriehoekComparison
import DriehoekModel
import Testing

/// Findings are matched by code and `betreft`, not by message or line.
@Suite struct FindingComparisonTests {
  private func finding(
    _ code: String, _ betreft: [ElementID], message: String = "m", line: Int = 1,
    accepted: Bool = false
  ) -> Finding {
    Finding(
      code: code, slug: "s", severity: .waarschuwing, message: message, betreft: betreft,
      location: SourceLocation(file: "f.yaml", line: line, column: 1), waarom: "w", oplossing: "o",
      acceptance: accepted ? Acceptance(reden: "r", verantwoordelijke: "x", tot: nil) : nil)
  }

  private func report(_ findings: [Finding]) -> AnalysisReport {
    AnalysisReport(model: "m", peildatum: Day(ordinal: 0), findings: findings)
  }

  @Test func matchedByCodeAndBetreftNotByMessageOrLine() {
    let oud = report([
      finding("SD01", ["a"], message: "oud", line: 3),
      finding("SD02", ["a", "x", "y"]),
      finding("SD06", ["b", "p"]),
      finding("SD13", ["c"]),
      finding("SD13", ["c"]),
    ])
    let nieuw = report([
      finding("SD01", ["a"], message: "nieuw", line: 90),
      // Same set of others, other order: the same finding.
      finding("SD02", ["a", "y", "x"]),
      // Another subject: not the same finding.
      finding("SD06", ["p", "b"]),
      // One of two equal findings stays.
      finding("SD13", ["c"]),
      // Accepted findings are not open and take no part.
      finding("SD09", ["d"], accepted: true),
    ])
    let comparison = BevindingenVergelijking(oud: oud, nieuw: nieuw)
    #expect(comparison.ongewijzigd == 3)
    #expect(comparison.nieuw.map(\.betreft) == [["p", "b"]])
    #expect(comparison.opgelost.map(\.code) == ["SD06", "SD13"])
  }

  @Test func anAcceptedFindingThatOpensIsNew() {
    let oud = report([finding("SD13", ["c"], accepted: true)])
    let nieuw = report([finding("SD13", ["c"])])
    let comparison = BevindingenVergelijking(oud: oud, nieuw: nieuw)
    #expect(comparison.nieuw.count == 1)
    #expect(comparison.opgelost.isEmpty)
    #expect(comparison.ongewijzigd == 0)
  }
}
