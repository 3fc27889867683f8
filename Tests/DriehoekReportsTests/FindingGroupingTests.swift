import DriehoekAnalysis
import DriehoekLoading
import DriehoekModel
import DriehoekReports
import Foundation
import Testing

/// Findings about an agreement or opdracht stand under every executor that is party to it.
@Suite struct FindingGroupingTests {
  /// Two diensten of Financiën share an opdrachtgeversoverleg with a directie that moved away
  /// (SD16 on the afspraak); Toeslagen gives the Belastingdienst an opdracht without agreement.
  private let model = """
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

  private func report() throws -> (Model, AnalysisReport) {
    let result = ModelLoader().load(text: model, file: "groep.yaml")
    let loaded = try #require(result.model, "\(result.diagnostics)")
    let day = try #require(loaded.peildatum)
    return (loaded, Analyzer().analyse(loaded, peildatum: day))
  }

  @Test func findingsAboutAnAfspraakOrOpdrachtBelongToEveryExecutorParty() throws {
    let (_, analysis) = try report()
    let stale = try #require(analysis.findings.first { $0.code == "SD16" })
    #expect(stale.betreft == ["overleg", "bzk-dir"])
    #expect(stale.executors == ["bd", "toes"])
    let uncovered = try #require(analysis.findings.first { $0.code == "SD09" })
    #expect(uncovered.betreft == ["inning", "toes-dg", "bd"])
    #expect(uncovered.executors == ["bd", "toes"])
  }

  @Test func textAndMarkdownListThemUnderEachExecutorNotUnderOtherFindings() throws {
    let (_, analysis) = try report()
    let text = TextReportWriter().write(analysis)
    #expect(!text.contains("Overige bevindingen"))
    let sections = text.components(separatedBy: "== ").dropFirst()
    let toeslagen = try #require(sections.first { $0.hasPrefix("Toeslagen (toes)") })
    let belastingdienst = try #require(sections.first { $0.hasPrefix("Belastingdienst (bd)") })
    for section in [toeslagen, belastingdienst] {
      #expect(section.contains("SD16 verlopen-verwijzing"))
      #expect(section.contains("SD09 opdracht-zonder-afspraak"))
    }
    // Counted once in the summary all the same.
    #expect(analysis.summary.open(.fout) == 2)
    let markdown = MarkdownReportWriter().write(analysis)
    #expect(!markdown.contains("Overige bevindingen"))
    #expect(markdown.components(separatedBy: "SD16 verlopen-verwijzing").count == 4)
  }

  @Test func theDocumentOverviewCountsThemForEachExecutor() throws {
    let (loaded, analysis) = try report()
    let outline = ReportOutline(model: loaded, report: analysis)
    #expect(outline.otherFindings.isEmpty)
    for executor in outline.executors {
      #expect(executor.openFindings.contains { $0.code == "SD16" }, "\(executor.id)")
    }
  }

  @Test func aFindingAboutTheTriangleStaysWithItsOwnExecutor() throws {
    let (_, analysis) = try report()
    let staleRole = try #require(
      analysis.findings.first { $0.code == "SD16" && $0.betreft.first == "toes" })
    #expect(staleRole.betreft == ["toes", "bzk-dir"])
    #expect(staleRole.executors == ["toes"])
  }
}
