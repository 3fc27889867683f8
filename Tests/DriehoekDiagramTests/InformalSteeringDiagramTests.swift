import DriehoekDiagram
import DriehoekLoading
import DriehoekModel
import Testing

/// An opdracht from a party without an opdrachtgever role (SD19) now loads; its edge keeps the
/// mark "zonder opdrachtgeversrol" (class `zonder-rol`). (Which other edges carry the mark, such
/// as a directie's under its role-holding DG, is the diagram builder's own affair.)
@Suite struct InformalSteeringDiagramTests {
  @Test func anOpdrachtWithoutRoleIsMarked() throws {
    let yaml = """
      naam: Informeel
      peildatum: 2026-06-01
      organisaties:
        - id: szw
          naam: SZW
          soort: ministerie
          onderdelen:
            - {id: szw-sg, naam: SG SZW, soort: sg}
            - {id: szw-dg, naam: DG SZW, soort: dg, onderdelen: [{id: szw-dir, naam: Directie SZW, soort: directie}]}
        - {id: vws, naam: VWS, soort: ministerie, onderdelen: [{id: vws-dg, naam: DG VWS, soort: dg}]}
        - {id: ag, naam: Agentschap, soort: agentschap, onderdelen: [{id: ag-dir, naam: Directie, soort: bestuur}]}
      rollen:
        - {rol: eigenaar, houder: szw-sg, van: ag}
        - {rol: opdrachtgever, houder: szw-dg, van: ag}
        - {rol: opdrachtnemer, houder: ag-dir, van: ag}
      opdrachten:
        - {id: informeel, naam: Informeel, opdrachtgever: vws-dg, opdrachtnemer: ag}
        - {id: gedelegeerd, naam: Gedelegeerd, opdrachtgever: szw-dir, opdrachtnemer: ag}
      """
    let result = ModelLoader().load(text: yaml, file: "informeel.yaml")
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    let model = try #require(result.model)
    let day = try #require(model.peildatum)
    let diagram = try DiagramBuilder(model: model, peildatum: day).build(.driehoek("ag"))
    let marked = diagram.edges.filter { $0.svgClasses.contains("zonder-rol") }
    #expect(marked.contains { $0.from == "vws-dg" && $0.to == "ag" })
    #expect(!marked.contains { $0.from == "szw-dg" })
  }
}
