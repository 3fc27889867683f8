import DriehoekDiagram
import DriehoekModel
import DriehoekPipeline
import Foundation
import GraphvizRendering
import Testing

/// The SVG the `render` command writes: well-formed, with ids, accessible, deterministic.
@Suite struct SVGTests {
  private func pipeline(_ name: String, highlights: [DiagramHighlight] = []) throws -> Drawing {
    let model = try Fixtures.model(name)
    return Fixtures.drawing(
      model, peildatum: try #require(model.peildatum), highlights: highlights)
  }

  @Test func everyViewIsWellFormedWithIdsAndScreenReaderText() throws {
    let pipeline = try pipeline("kaartenset", highlights: Fixtures.highlights)
    for view in pipeline.views {
      let bytes = try pipeline.document(for: view).bytes
      let svg = try #require(SVGInspector.inspect(bytes), "\(view) is geen goed gevormde XML")
      #expect(!svg.elements.contains("script"))
      #expect(svg.attributes["role"] == ["img"])
      #expect(svg.elements.contains("desc"))
      #expect(svg.attributes["aria-label"]?.first?.hasPrefix("Kaartenset voorbeeld: ") == true)
      if view == .driehoek("svb") {
        #expect(
          svg.ids.isSuperset(of: [
            "kaart-svb", "kaart-szw-sg", "eigenaar-szw-sg-svb", "opdrachtgever-szw-dgsz-svb",
          ]))
        #expect(
          svg.attributes["class"]?.contains("node kaart soort-zbo-publiek rol-opdrachtnemer")
            == true)
        // Tooltips carry the details.
        #expect(
          svg.attributes["xlink:title"]?.contains { $0.contains("capaciteit 3000 fte") } == true)
        // The link's & stays well-formed.
        #expect(
          svg.attributes["xlink:href"]?.contains("https://www.svb.nl/?taal=nl&bron=driehoek")
            == true)
      }
    }
  }

  @Test func difficultNamesPrintAsWritten() throws {
    let pipeline = try pipeline("lastige-namen")
    for view in pipeline.views {
      let bytes = try pipeline.document(for: view).bytes
      let svg = try #require(SVGInspector.inspect(bytes), "\(view) is geen goed gevormde XML")
      #expect(!svg.elements.contains("script"))
      let text = svg.allText
      #expect(text.contains(#"Lastige namen: "aanhalingstekens" & <script>alert(1)</script>"#))
      if view == .driehoek("uitv") {
        #expect(svg.texts.contains { $0.contains(#"Team\Noord"#) })
        #expect(text.contains("Directie \u{202E}omgekeerd en verder\u{202C}"))
        #expect(text.contains(#"Uitvoering 'enkel' & \N \G"#))
        #expect(text.contains("<script>alert('x')</script> &"))
        #expect(svg.attributes["xlink:title"]?.contains { $0.contains(#"Team\Noord"#) } == true)
        #expect(svg.attributes["xlink:href"]?.contains("https://example.org/?a=1&b=2") == true)
      }
    }
  }

  @Test func twoRendersGiveIdenticalSVG() throws {
    let model = try Fixtures.model("kaartenset")
    let peildatum = try #require(model.peildatum)
    let pipeline = LoadedModel(model: model).analysis(on: peildatum).drawing(format: .svg)
    let first = try pipeline.document(for: .driehoek("svb")).bytes
    let second = try pipeline.document(for: .driehoek("svb")).bytes
    #expect(!first.isEmpty)
    #expect(first == second)
  }

  @Test func allViewsAreListedInTheOrderTheyAreWritten() throws {
    let pipeline = try pipeline("kaartenset")
    #expect(
      pipeline.views.map(pipeline.fileName(for:)) == [
        "landschap.svg", "matrix.svg", "driehoek-svb.svg", "driehoek-uwv.svg",
        "ministerie-szw.svg", "ministerie-vws.svg", "keten-werk-en-inkomen.svg", "tijdlijn-svb.svg",
        "tijdlijn-uwv.svg", "bevindingen.svg",
      ])
  }
}
