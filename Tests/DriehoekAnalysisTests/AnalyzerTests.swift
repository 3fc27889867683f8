import DriehoekAnalysis
import DriehoekModel
import Testing

@Suite struct AnalyzerTests {
  private let messy =
    """
    rollen:
      - {rol: eigenaar, houder: szw-dg, van: ag}
      - {rol: eigenaar, houder: vws-sg, van: ag}
      - {rol: opdrachtgever, houder: vws-dg, van: zbo}
    ketens:
      - {id: k, naam: Keten, leden: [ag, zbo]}
    afwijkingen:
      - {regel: SD05, betreft: [ag], reden: Bewust., verantwoordelijke: szw-sg}
    """

  @Test func ordersFindingsByExecutorThenCodeThenBetreft() throws {
    let report = try analyse(messy)
    let keys = report.findings.map { ($0.executor?.rawValue ?? "~", $0.code) }
    #expect(keys.map(\.0) == keys.map(\.0).sorted())
    let executors = report.findings.compactMap(\.executor)
    #expect(report.findings.prefix(executors.count).allSatisfy { $0.executor != nil })
    #expect(report.findings.last?.code == "SD15")
    for pair in zip(report.findings, report.findings.dropFirst())
    where pair.0.executor == pair.1.executor {
      #expect(pair.0.code <= pair.1.code)
    }
  }

  @Test func isDeterministic() throws {
    #expect(try analyse(messy).findings == (try analyse(messy).findings))
  }

  @Test func reportsTrianglesAndNamesForTheFindings() throws {
    let report = try analyse(messy)
    let triangle = try #require(report.triangles.first { $0.executor == "ag" })
    #expect(triangle.eigenaren.map(\.id) == ["szw-dg", "vws-sg"])
    #expect(triangle.kind == .agentschap)
    #expect(report.label("ag") == "Agentschap Test (ag)")
    #expect(report.elements["k"]?.kind == .keten)
    #expect(report.summary.accepted == 1)
    #expect(report.highestOpenSeverity == .fout)
  }

  @Test func filtersByRuleCode() throws {
    let report = try analyse(messy).filtered(codes: ["SD02"])
    #expect(report.findings.map(\.code) == ["SD02"])
    #expect(report.rules.map(\.code) == ["SD02"])
  }

  @Test func analysesAModelBuiltInCodeWithoutLocations() throws {
    let model = Model(
      name: "Code",
      organisations: [Organisation(id: "x", name: "X", kind: .zboPubliek)],
      roles: [Role(kind: .opdrachtnemer, holder: "x", executor: "x")])
    let day = try #require(Day(iso: "2026-01-01"))
    let report = Analyzer().analyse(model, peildatum: day)
    #expect(report.findings.map(\.code) == ["SD01", "SD04"])
    #expect(report.findings.allSatisfy { $0.location == nil })
  }
}
