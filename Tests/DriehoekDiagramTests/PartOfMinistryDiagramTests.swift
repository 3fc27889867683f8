import DriehoekDiagram
import DriehoekLoading
import DriehoekModel
import Testing

/// An organisation with `onderdeel-van` is drawn inside its ministry's frame, in the landscape
/// and in that ministry's view.
@Suite struct PartOfMinistryDiagramTests {
  private let yaml = """
    naam: Financiën
    peildatum: 2026-06-01
    organisaties:
      - id: fin
        naam: Ministerie van Financiën
        soort: ministerie
        onderdelen:
          - {id: fin-sg, naam: SG Financiën, soort: sg}
          - {id: fin-dg, naam: DG Fiscale Zaken, soort: dg}
      - {id: bzk, naam: Ministerie van BZK, soort: ministerie}
      - id: bd
        naam: Belastingdienst
        soort: dienst
        onderdeel-van: fin
        onderdelen: [{id: bd-dg, naam: DG Belastingdienst, soort: bestuur}]
      - {id: los, naam: Losse dienst, soort: dienst}
      - {id: ag, naam: Logius, soort: agentschap, onderdeel-van: bzk}
    rollen:
      - {rol: eigenaar, houder: fin-sg, van: bd}
      - {rol: opdrachtgever, houder: fin-dg, van: bd}
      - {rol: opdrachtnemer, houder: bd-dg, van: bd}
      - {rol: eigenaar, houder: fin-sg, van: los}
      - {rol: opdrachtnemer, houder: ag, van: ag}
    """

  private func diagram(_ view: View) throws -> Diagram {
    let model = try #require(ModelLoader().load(text: yaml, file: "fin.yaml").model)
    let day = try #require(model.peildatum)
    return try DiagramBuilder(model: model, peildatum: day).build(view)
  }

  private func frame(_ name: String, in diagram: Diagram) -> [String]? {
    diagram.allClusters.first { $0.name == "organisatie_" + name }?.nodes.map(\.name).sorted()
  }

  @Test func theLandscapeDrawsPartsInsideTheirMinistry() throws {
    let landscape = try diagram(.landschap)
    #expect(frame("fin", in: landscape) == ["bd", "fin-dg", "fin-sg"])
    // BZK has no unit cards: it becomes a frame around Logius instead of a bare card.
    #expect(frame("bzk", in: landscape) == ["ag"])
    #expect(!landscape.allNodes.contains { $0.name == "bzk" })
    // An executor without onderdeel-van stays outside every frame (in its eigenaar's block).
    #expect(landscape.allNodes.contains { $0.name == "los" })
    #expect(
      !landscape.allClusters.contains {
        $0.svgClasses.contains("kader") && $0.nodes.contains { $0.name == "los" }
      })
  }

  @Test func theMinistryViewShowsItsPartsInItsFrame() throws {
    let view = try diagram(.ministerie("fin"))
    #expect(frame("fin", in: view) == ["bd", "fin-dg", "fin-sg"])
    #expect(view.allNodes.filter { $0.name == "bd" }.count == 1)
    let bzk = try diagram(.ministerie("bzk"))
    #expect(frame("bzk", in: bzk) == ["ag"])
  }
}
