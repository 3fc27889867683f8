import DriehoekAnalysis
import DriehoekInterchange
import DriehoekModel
import Testing

@testable import DriehoekPipeline
@testable import DriehoekReports

/// The text report groups findings per executor in one pass when they are in report order;
/// the groups are those of sorting each executor's findings, for any order.
@Suite struct ExecutorGroupsTests {
  private static func generated() throws -> AnalysisReport {
    let yaml = ModelGenerator(executorCount: 120, seed: 7, informalAssignments: 5).yaml()
    let outcome = LoaderConfiguration().load(text: yaml, file: "gegenereerd.yaml")
    let loaded = try #require(outcome.model, "\(outcome.diagnosticText())")
    return loaded.analysis(on: loaded.peildatum(default: Day(ordinal: 20_454))).report
  }

  /// Two executors that share an afspraak and an opdracht (as in FindingGroupingTests).
  private static let shared = """
    naam: Groepering
    peildatum: 2026-06-01
    organisaties:
      - id: fin
        naam: Financiën
        soort: ministerie
        onderdelen:
          - {id: fin-sg, naam: SG Financiën, soort: sg}
          - {id: fin-dg, naam: DG Belastingdienst, soort: dg}
      - id: bzk
        naam: BZK
        soort: ministerie
        onderdelen:
          - {id: bzk-dir, naam: Directie Oud, soort: directie, geldig: {tot: 2025-12-31}}
      - id: bd
        naam: Belastingdienst
        soort: dienst
        onderdelen: [{id: bd-dg, naam: DG Belastingdienst uitvoering, soort: bestuur}]
      - id: toes
        naam: Toeslagen
        soort: dienst
        onderdelen: [{id: toes-dg, naam: DG Toeslagen, soort: bestuur}]
    rollen:
      - {rol: eigenaar, houder: fin-sg, van: bd}
      - {rol: opdrachtgever, houder: fin-dg, van: bd}
      - {rol: opdrachtgever, houder: toes-dg, van: bd}
      - {rol: opdrachtnemer, houder: bd-dg, van: bd}
      - {rol: eigenaar, houder: fin-sg, van: toes}
      - {rol: opdrachtgever, houder: fin-dg, van: toes}
      - {rol: opdrachtnemer, houder: toes-dg, van: toes}
      - {rol: opdrachtgever, houder: bzk-dir, van: toes}
    afspraken:
      - {id: overleg, soort: opdrachtgeversoverleg, partijen: [fin-dg, toes-dg, bd-dg, bzk-dir]}
    opdrachten:
      - {id: inning, naam: Inning, opdrachtgever: toes-dg, opdrachtnemer: bd}
    """

  private static func flat(_ groups: [AnalysisReport.ExecutorGroup]) -> [String] {
    groups.map { "\($0.executor?.rawValue ?? "-"): \($0.positions)" }
  }

  @Test func onePassGivesTheSortedGroups() throws {
    let outcome = LoaderConfiguration().load(text: Self.shared, file: "groep.yaml")
    let shared = try #require(outcome.model, "\(outcome.diagnosticText())")
    var reports = [
      try Self.generated(),
      shared.analysis(on: shared.peildatum(default: PipelineTests.fallback)).report,
    ]
    for file in ["svb.yaml", "rijk.yaml"] {
      let loaded = try #require(
        LoaderConfiguration().load(path: PipelineTests.modelPath(file)).model)
      reports.append(loaded.analysis(on: loaded.peildatum(default: PipelineTests.fallback)).report)
    }
    // Findings that stand under more than one executor, and findings without one, are there.
    #expect(reports[1].findings.contains { $0.executors.count > 1 })
    #expect(reports.contains { report in report.findings.contains { $0.executors.isEmpty } })
    for report in reports {
      let fast = try #require(report.groupsInReportOrder, "\(report.model) in report order")
      #expect(Self.flat(fast) == Self.flat(report.groupsBySorting))
      #expect(fast.count > 1)
    }
  }

  /// Findings in another order (reversed, rotated, one pair swapped) give the sorted groups
  /// too, by the one pass where it can tell or by sorting.
  @Test func anyOrderGivesTheSortedGroups() throws {
    let report = try Self.generated()
    let findings = report.findings
    let middle = findings.count / 2
    var swapped = findings
    swapped.swapAt(middle, middle + 1)
    // Executors in order, but each executor's findings backwards.
    let backwards = findings.indices.sorted { left, right in
      let lhs = findings[left].executor?.rawValue ?? "\u{10FFFF}"
      let rhs = findings[right].executor?.rawValue ?? "\u{10FFFF}"
      return lhs != rhs ? lhs < rhs : left > right
    }
    .map { findings[$0] }
    var inRuns = report
    inRuns.findings = backwards
    #expect(inRuns.groupsInReportOrder == nil)
    for order in [
      Array(findings.reversed()), Array(findings[7...] + findings[..<7]), swapped, backwards,
    ] {
      var shuffled = report
      shuffled.findings = order
      #expect(Self.flat(shuffled.positionsByExecutor) == Self.flat(shuffled.groupsBySorting))
    }
    var reversed = report
    reversed.findings = findings.reversed()
    #expect(reversed.groupsInReportOrder == nil)
  }
}
