import DriehoekAnalysis
import DriehoekLoading
import DriehoekModel
import Foundation
import Testing

/// At most `FindingLimit.perExecutor` findings of one rule per executor (issue 25), and SD02
/// without comparing every pair of eigenaar roles.
@Suite struct FindingLimitTests {
  /// `count` external organisations `p0`… and text for each (roles, opdrachten).
  private func organisations(_ count: Int) -> String {
    (0..<count).map { "  - {id: p\($0), naam: P\($0), soort: extern}\n" }.joined()
  }

  @Test func sd12PairsBeyondTheLimitBecomeOneSummary() throws {
    let principals = 2000
    var rest = "rollen:\n" + agentschapRoles
    rest += (0..<principals).map { "  - {rol: opdrachtgever, houder: p\($0), van: ag}\n" }
      .joined()
    rest += "opdrachten:\n"
    rest += (0..<principals).map {
      "  - {id: o\($0), naam: O\($0), opdrachtgever: p\($0), opdrachtnemer: ag, "
        + "prioriteit: hoogste}\n"
    }.joined()
    let start = Date()
    let report = try analyse(
      organisations: organisations(principals), rest, rules: [Prioriteitsconflict()])
    let seconds = Date().timeIntervalSince(start)
    let found = report.findings("SD12")
    #expect(found.count == FindingLimit.perExecutor + 1)
    let summaries = found.filter { $0.summarisedCount != nil }
    #expect(summaries.count == 1)
    let pairs = principals * (principals - 1) / 2
    #expect(summaries.first?.summarisedCount == pairs - FindingLimit.perExecutor)
    #expect(summaries.first?.message.contains("\(pairs - FindingLimit.perExecutor)") == true)
    #expect(summaries.first?.betreft.map(\.rawValue) == ["ag"])
    // Two million findings took minutes and gigabytes before the limit.
    #expect(seconds < 60, "\(seconds) s")
  }

  @Test func belowTheLimitEveryPairIsItsOwnFinding() throws {
    let principals = 20  // 190 pairs, below the limit
    var rest = "rollen:\n" + agentschapRoles
    rest += (0..<principals).map { "  - {rol: opdrachtgever, houder: p\($0), van: ag}\n" }
      .joined()
    rest += "opdrachten:\n"
    rest += (0..<principals).map {
      "  - {id: o\($0), naam: O\($0), opdrachtgever: p\($0), opdrachtnemer: ag, "
        + "prioriteit: hoogste}\n"
    }.joined()
    let report = try analyse(
      organisations: organisations(principals), rest, rules: [Prioriteitsconflict()])
    #expect(report.findings("SD12").count == 190)
    #expect(report.findings("SD12").allSatisfy { $0.summarisedCount == nil })
  }

  @Test func theGenericLimitCutsAnyRule() throws {
    // 300 eigenaren beside the SG: SD05 (rol-op-verkeerd-niveau) finds each, for one executor.
    let owners = 300
    var rest = "rollen:\n" + agentschapRoles
    rest += (0..<owners).map { "  - {rol: eigenaar, houder: p\($0), van: ag}\n" }.joined()
    let report = try analyse(organisations: organisations(owners), rest)
    var byRuleAndExecutor: [String: Int] = [:]
    for finding in report.findings where finding.summarisedCount == nil {
      byRuleAndExecutor["\(finding.code) \(finding.executor?.rawValue ?? "-")", default: 0] += 1
    }
    #expect(byRuleAndExecutor.values.allSatisfy { $0 <= FindingLimit.perExecutor })
    let summaries = report.findings.filter { $0.summarisedCount != nil }
    #expect(!summaries.isEmpty)
    for summary in summaries {
      let kept = byRuleAndExecutor["\(summary.code) \(summary.executor?.rawValue ?? "-")"]
      #expect(kept == FindingLimit.perExecutor)
    }
  }

  /// The pairwise SD02 this replaces, for comparison: holders, first shared day, anchor.
  private func bruteForce(_ periods: [(holder: Int, start: Int?, end: Int?)]) -> (
    holders: Set<Int>, firstDay: Int?, anchor: Int?
  ) {
    var holders = Set<Int>()
    var firstDay: Int?
    var anchor: Int?
    for (offset, role) in periods.enumerated() {
      for other in periods[..<offset] where other.holder != role.holder {
        let start = [role.start, other.start].compactMap { $0 }.max()
        let end = [role.end, other.end].compactMap { $0 }.min()
        let reversed = { (s: Int?, e: Int?) -> Bool in
          guard let s, let e else { return false }
          return e < s
        }
        if reversed(role.start, role.end) || reversed(other.start, other.end) { continue }
        if let start, let end, end < start { continue }
        holders.formUnion([role.holder, other.holder])
        anchor = anchor ?? offset
        if let start { firstDay = min(firstDay ?? start, start) }
      }
    }
    return (holders, firstDay, anchor)
  }

  @Test func sd02AgreesWithThePairwiseDefinition() throws {
    var generator = SystemRandomNumberGenerator()
    for round in 0..<60 {
      let count = Int.random(in: 2...9, using: &generator)
      var periods: [(holder: Int, start: Int?, end: Int?)] = []
      var rolesText = "rollen:\n"
      for _ in 0..<count {
        let holder = Int.random(in: 0..<3, using: &generator)
        let start: Int? =
          Bool.random(using: &generator) ? Int.random(in: 1...28, using: &generator) : nil
        let end: Int? =
          Bool.random(using: &generator) ? Int.random(in: 1...28, using: &generator) : nil
        periods.append((holder, start, end))
        var geldig = ""
        let parts =
          (start.map { ["van: " + String(format: "2026-02-%02d", $0)] } ?? [])
          + (end.map { ["tot: " + String(format: "2026-02-%02d", $0)] } ?? [])
        if !parts.isEmpty { geldig = ", geldig: {" + parts.joined(separator: ", ") + "}" }
        rolesText += "  - {rol: eigenaar, houder: p\(holder), van: ag\(geldig)}\n"
      }
      let expected = bruteForce(periods)
      let result = ModelLoader().load(
        text: "naam: T\n" + baseOrganisations + organisations(3) + rolesText, file: "t.yaml")
      let model = try #require(result.model)
      let report = Analyzer(rules: [MeerdereEigenaren()]).analyse(
        model, peildatum: try #require(Day(iso: "2026-02-01")))
      let found = report.findings("SD02")
      if expected.holders.isEmpty {
        #expect(found.isEmpty, "round \(round): \(periods)")
        continue
      }
      let finding = try #require(found.first, "round \(round): \(periods)")
      #expect(
        finding.betreft.map(\.rawValue)
          == ["ag"] + expected.holders.sorted().map { "p\($0)" }, "round \(round): \(periods)")
      let day = expected.firstDay.map { String(format: "2026-02-%02d", $0) }
      #expect(
        (day.map { finding.message.contains("vanaf \($0)") } ?? !finding.message.contains("vanaf")),
        "round \(round): \(periods) \(finding.message)")
      let before = "naam: T\n" + baseOrganisations + organisations(3) + "rollen:\n"
      let firstRoleLine = before.split(separator: "\n").count + 1
      let anchor = try #require(expected.anchor)
      #expect(finding.location?.line == firstRoleLine + anchor, "round \(round): \(periods)")
    }
  }

  @Test func sd02OnTwentyThousandOwnersIsNotQuadratic() throws {
    let owners = 20_000
    var rest = "rollen:\n"
    rest += (0..<owners).map { "  - {rol: eigenaar, houder: p\($0), van: ag}\n" }.joined()
    let text = "naam: T\n" + baseOrganisations + organisations(owners) + rest
    let model = try #require(ModelLoader().load(text: text, file: "t.yaml").model)
    let start = Date()
    let report = Analyzer(rules: [MeerdereEigenaren()]).analyse(
      model, peildatum: try #require(Day(iso: "2026-01-01")))
    let seconds = Date().timeIntervalSince(start)
    #expect(report.findings("SD02").count == 1)
    #expect(report.findings("SD02").first?.betreft.count == owners + 1)
    // The pairwise loop took minutes here (debug build).
    #expect(seconds < 60, "\(seconds) s")
  }
}
