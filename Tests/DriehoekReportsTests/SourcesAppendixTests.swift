import DriehoekAnalysis
import DriehoekDiagram
import DriehoekModel
import DriehoekReports
import Testing

/// The report's appendix of sources: every `bronnen` item once, numbered, with the elements that
/// cite it; only addresses ``URLPolicy`` accepts become links; no appendix without bronnen.
@Suite struct SourcesAppendixTests {
  private func outline(_ model: Model) throws -> ReportOutline {
    let day = try #require(model.peildatum)
    return ReportOutline(model: model, report: Analyzer().analyse(model, peildatum: day))
  }

  private func model(roleSources: [String], organisationSources: [String]) -> Model {
    Model(
      name: "m", peildatum: Day(iso: "2026-01-01"),
      organisations: [
        Organisation(
          id: "min", name: "Ministerie", kind: .ministerie,
          units: [Unit(id: "min-sg", name: "SG", kind: .sg)]),
        Organisation(
          id: "uitv", name: "Uitvoerder", kind: .agentschap,
          units: [Unit(id: "uitv-dir", name: "Directeur", kind: .bestuur)],
          sources: organisationSources),
      ],
      roles: [
        Role(kind: .eigenaar, holder: "min-sg", executor: "uitv", sources: roleSources),
        Role(kind: .opdrachtnemer, holder: "uitv-dir", executor: "uitv", sources: roleSources),
      ])
  }

  @Test func outlineListsEachSourceOnceWithWhoCitesIt() throws {
    let outline = try outline(
      model(
        roleSources: ["https://wetten.overheid.nl/BWBR0050264", "Kamerstuk 1 <b>"],
        organisationSources: ["Kamerstuk 1 <b>"]))
    #expect(
      outline.sources.map(\.text) == ["Kamerstuk 1 <b>", "https://wetten.overheid.nl/BWBR0050264"])
    #expect(outline.sources.map(\.isLink) == [false, true])
    #expect(
      outline.sources[0].citedBy == [
        "Uitvoerder (uitv)", "eigenaar van Uitvoerder: SG",
        "opdrachtnemer van Uitvoerder: Directeur",
      ])
  }

  @Test func htmlLinksOnlyAcceptedAddresses() throws {
    // Built in code, past validation: an address the policy refuses must still not be linked.
    let outline = try outline(
      model(
        roleSources: ["https://wetten.overheid.nl/BWBR0050264?a=1&b=2", "javascript:alert(1)"],
        organisationSources: ["Kamerstuk <script>"]))
    let html = HTMLDocumentWriter(generated: Day(ordinal: 0)).write(outline, diagrams: [:])
    #expect(html.contains("<section id=\"bronnen\""))
    #expect(html.contains("<a href=\"#bronnen\">Bronnen</a>"))
    #expect(
      html.contains(
        "<a href=\"https://wetten.overheid.nl/BWBR0050264?a=1&amp;b=2\">"
          + "https://wetten.overheid.nl/BWBR0050264?a=1&amp;b=2</a>"))
    #expect(!html.contains("href=\"javascript"))
    #expect(html.contains("<li>javascript:alert(1)<br>"))
    #expect(html.contains("Kamerstuk &lt;script&gt;"))
    #expect(!html.contains("<script"))
  }

  @Test func markdownUsesAutolinksAndEscapesCitations() throws {
    let outline = try outline(
      model(
        roleSources: ["https://wetten.overheid.nl/BWBR0050264", "javascript:alert(1)"],
        organisationSources: ["Kamerstuk *1* [x](y)"]))
    let text = MarkdownDocumentWriter(generated: Day(ordinal: 0)).write(outline, diagramFiles: [:])
    #expect(text.contains("## Bronnen"))
    #expect(text.contains("1. Kamerstuk \\*1\\* \\[x\\](y)  "))
    #expect(text.contains("2. <https://wetten.overheid.nl/BWBR0050264>  "))
    #expect(text.contains("3. javascript:alert(1)  "))
    #expect(!text.contains("<javascript"))
  }

  @Test func noSourcesNoAppendix() throws {
    let outline = try outline(model(roleSources: [], organisationSources: []))
    #expect(outline.sources.isEmpty)
    let html = HTMLDocumentWriter(generated: Day(ordinal: 0)).write(outline, diagrams: [:])
    #expect(!html.contains("bronnen"))
    let text = MarkdownDocumentWriter(generated: Day(ordinal: 0)).write(outline, diagramFiles: [:])
    #expect(!text.contains("Bronnen"))
  }
}
