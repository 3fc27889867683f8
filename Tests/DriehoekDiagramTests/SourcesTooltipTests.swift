import DriehoekModel
import Testing

@testable import DriehoekDiagram

/// The `bronnen` of cards and relations show as one line in their tooltips; a model without
/// bronnen draws exactly as before.
@Suite struct SourcesTooltipTests {
  private func model(sources: Bool) -> Model {
    Model(
      name: "m", peildatum: Day(iso: "2026-01-01"),
      organisations: [
        Organisation(
          id: "min", name: "Ministerie", kind: .ministerie,
          units: [
            Unit(id: "min-sg", name: "SG", kind: .sg),
            Unit(id: "min-dg", name: "DG", kind: .dg),
          ]),
        Organisation(
          id: "uitv", name: "Uitvoerder", kind: .agentschap,
          units: [Unit(id: "uitv-dir", name: "Directeur", kind: .bestuur)],
          sources: sources ? ["Jaarverslag 2024"] : []),
      ],
      roles: [
        Role(
          kind: .eigenaar, holder: "min-sg", executor: "uitv",
          sources: sources ? ["https://wetten.overheid.nl/BWBR0050264", "Regeling, art. 1"] : []),
        Role(kind: .opdrachtgever, holder: "min-dg", executor: "uitv"),
        Role(kind: .opdrachtnemer, holder: "uitv-dir", executor: "uitv"),
      ])
  }

  private func diagram(sources: Bool) throws -> Diagram {
    let model = model(sources: sources)
    return try DiagramBuilder(model: model, peildatum: try #require(model.peildatum))
      .build(.driehoek("uitv"))
  }

  @Test func cardsAndEdgesNameTheirSources() throws {
    let diagram = try diagram(sources: true)
    let card = try #require(diagram.allNodes.first { $0.name == "uitv" })
    #expect(card.tooltip?.hasSuffix("\nbron: Jaarverslag 2024") == true, "\(card.tooltip ?? "")")
    let owner = try #require(diagram.edges.first { $0.tooltip?.hasPrefix("eigenaar") == true })
    #expect(
      owner.tooltip?.hasSuffix("\nbronnen: 2, eerste: https://wetten.overheid.nl/BWBR0050264")
        == true, "\(owner.tooltip ?? "")")
    let principal = try #require(
      diagram.edges.first { $0.tooltip?.hasPrefix("opdrachtgever") == true })
    #expect(principal.tooltip?.contains("bron") == false)
    #expect(DOTWriter().write(diagram).contains("bronnen: 2, eerste: https://wetten.overheid.nl"))
  }

  @Test func withoutSourcesTheDiagramIsUnchanged() throws {
    let plain = DOTWriter().write(try diagram(sources: false))
    #expect(!plain.contains("bron"))
    #expect(plain != DOTWriter().write(try diagram(sources: true)))
  }

  @Test func aLongSourceIsCut() {
    let long = "https://x.nl/" + String(repeating: "a", count: 200)
    let line = DiagramBuilder.sourcesLine([long])
    #expect(line?.unicodeScalars.count == "bron: ".count + 100)
    #expect(line?.hasSuffix("…") == true)
    #expect(DiagramBuilder.sourcesLine([]) == nil)
  }
}
