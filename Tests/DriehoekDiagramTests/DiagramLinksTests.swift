import DriehoekDiagram
import DriehoekModel
import Testing

@Suite struct DiagramLinksTests {
  private let model = Model(
    name: "m", peildatum: Day(iso: "2026-01-01"),
    organisations: [
      Organisation(
        id: "min", name: "Ministerie", kind: .ministerie,
        units: [Unit(id: "min-sg", name: "SG", kind: .sg)]),
      Organisation(id: "uitv", name: "Uitvoerder", kind: .agentschap, url: "https://x.nl"),
    ],
    roles: [Role(kind: .eigenaar, holder: "min-sg", executor: "uitv")])

  @Test func cardsGetTheLinkAndOtherNodesKeepTheirs() throws {
    let builder = DiagramBuilder(model: model, peildatum: try #require(model.peildatum))
    let diagram = try builder.build(.driehoek("uitv"))
    let linked = diagram.linkingCards { id in id == "uitv" ? "#uitvoerder-uitv&x" : nil }
    let cards = linked.allNodes.filter { $0.svgClasses.contains("kaart") }
    #expect(cards.first { $0.name == "uitv" }?.url == "#uitvoerder-uitv&x")
    #expect(cards.first { $0.name == "min-sg" }?.url == nil)
    let dot = DOTWriter().write(linked)
    #expect(dot.contains("URL=\"#uitvoerder-uitv&amp;x\""))
    // Without links the DOT is what it was: the web address stays.
    let plain = DOTWriter().write(diagram)
    #expect(plain.contains("URL=\"https://x.nl\""))
    #expect(!plain.contains("#uitvoerder"))
    #expect(diagram.linkingCards { _ in nil } == diagram)
  }
}
