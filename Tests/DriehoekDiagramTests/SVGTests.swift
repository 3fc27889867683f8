import DriehoekDiagram
import DriehoekModel
import Foundation
import GraphvizRendering
import Testing

@testable import driehoek

/// The SVG the `render` command writes: well-formed, with ids, accessible, deterministic.
@Suite struct SVGTests {
  private func pipeline(_ name: String, highlights: [DiagramHighlight] = []) throws
    -> RenderPipeline
  {
    let model = try Fixtures.model(name)
    return RenderPipeline(
      model: model, peildatum: try #require(model.peildatum), highlights: highlights, format: .svg)
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

  @Test func twoRendersAndTwoProcessesGiveIdenticalSVG() throws {
    let model = try Fixtures.model("kaartenset")
    let peildatum = try #require(model.peildatum)
    // The same findings the command marks, so the in-process and the CLI pictures compare.
    let pipeline = RenderPipeline(
      model: model, peildatum: peildatum,
      highlights: Render.highlights(for: model, peildatum: peildatum), format: .svg)
    let first = try pipeline.document(for: .driehoek("svb")).bytes
    let second = try pipeline.document(for: .driehoek("svb")).bytes
    #expect(first == second)
    let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("driehoek")
    guard FileManager.default.isExecutableFile(atPath: binary.path) else {
      // The test bundle sits next to the tool in .build/<config>; elsewhere find it beside the
      // package's build products.
      Issue.record("driehoek niet gevonden naast \(CommandLine.arguments[0])")
      return
    }
    var outputs: [[UInt8]] = []
    for _ in 0..<2 {
      let process = Process()
      process.executableURL = binary
      process.arguments = ["render", Fixtures.path("kaartenset"), "--view", "driehoek:svb"]
      let pipe = Pipe()
      process.standardOutput = pipe
      try process.run()
      let data = pipe.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      #expect(process.terminationStatus == 0)
      outputs.append(Array(data))
    }
    #expect(outputs[0] == outputs[1])
    #expect(outputs[0] == first)
  }

  @Test func writingAllViewsIsAtomicAndPredictable() throws {
    let pipeline = try pipeline("kaartenset")
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("driehoek-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: directory) }
    let written = try pipeline.writeAll(into: directory.path, with: OutputWriter(inputs: []))
    #expect(
      written.map { URL(fileURLWithPath: $0.path).lastPathComponent } == [
        "landschap.svg", "matrix.svg", "driehoek-svb.svg", "driehoek-uwv.svg",
        "ministerie-szw.svg", "ministerie-vws.svg", "keten-werk-en-inkomen.svg", "tijdlijn-svb.svg",
        "tijdlijn-uwv.svg", "bevindingen.svg",
      ])
    let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    #expect(files.count == 10)
    #expect(!files.contains { $0.hasPrefix(".") })
    // A failed write leaves the good file in place.
    let good = directory.appendingPathComponent("landschap.svg")
    let before = try Data(contentsOf: good)
    #expect(throws: (any Error).self) {
      try OutputWriter(inputs: []).write(
        [1, 2, 3], to: directory.appendingPathComponent("landschap.svg/x.svg").path)
    }
    #expect(try Data(contentsOf: good) == before)
  }
}
