import Foundation
import GraphvizRendering
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite struct GraphvizRendererTests {
  let renderer = GraphvizRenderer()
  static let good = """
    digraph "proef" {
      a [id="kaart-a", class="kaart soort-ministerie", tooltip="Team\\\\\\\\Noord", label="A"];
      b [id="kaart-b", class="kaart", label=<<TABLE><TR><TD>B &amp; b</TD></TR></TABLE>>];
      a -> b [id="eigenaar-a-b", class="relatie rol-eigenaar"];
    }
    """

  private func svg(_ dot: String, metadata: DocumentMetadata? = nil) throws -> String {
    String(
      decoding: try renderer.render(dot: dot, format: .svg, metadata: metadata).bytes, as: UTF8.self
    )
  }

  @Test func rendersWellFormedSVGWithIdsAndClasses() throws {
    let text = try svg(Self.good)
    let parser = XMLParser(data: Data(text.utf8))
    #expect(parser.parse(), "\(String(describing: parser.parserError))")
    #expect(text.contains("id=\"kaart-a\""))
    #expect(text.contains("class=\"node kaart soort-ministerie\""))
    #expect(text.contains("id=\"eigenaar-a-b\""))
    #expect(text.contains("xlink:title=\"Team\\Noord\""))
    #expect(!text.contains("<!--"))
    #expect(!text.contains("<script"))
  }

  @Test func addsTitleDescriptionAndRoleForScreenReaders() throws {
    let text = try svg(
      Self.good, metadata: DocumentMetadata(title: "Model \"x\" & <y>", summary: "Twee kaarten."))
    #expect(text.contains("role=\"img\" aria-label=\"Model &quot;x&quot; &amp; &lt;y&gt;\""))
    #expect(text.contains("<title id=\"titel\">Model &quot;x&quot; &amp; &lt;y&gt;</title>"))
    #expect(text.contains("<desc id=\"beschrijving\">Twee kaarten.</desc>"))
    #expect(XMLParser(data: Data(text.utf8)).parse())
  }

  @Test func aBadGraphDoesNotBreakTheNextRender() throws {
    let before = try svg(Self.good)
    #expect {
      try renderer.render(dot: "digraph \"kapot\" { a -> ; }", format: .svg)
    } throws: { error in
      guard case RenderingError.invalidDOT(let message) = error else { return false }
      return message.contains("syntax error")
    }
    // An HTML label that is not well-formed fails too, and does not linger either.
    #expect(throws: RenderingError.self) {
      try renderer.render(dot: "digraph \"html\" { a [label=<<B>x & y</B>>]; }", format: .svg)
    }
    let after = try svg(Self.good)
    #expect(before == after)
  }

  /// What followed the previous text's closing brace does not become part of the next text.
  ///
  /// Graphviz's scanner keeps its buffer between reads (a newline, a second graph). Before the fix a syntax error came out one line too late after a text ending in a newline
  /// (as every DOT of ours does), and a second graph in a text was read in place of the next one.
  @Test(arguments: [
    "digraph { a }\n", "digraph {\n  a\n}\n\n  \n", "digraph { a } digraph { b }\n",
    "digraph { a }",
  ])
  func aSyntaxErrorIsReportedOnItsOwnLineWhateverWasReadBefore(before: String) {
    _ = try? renderer.render(dot: before, format: .svg)
    #expect {
      try renderer.render(dot: "digraph \"kapot\" { a -> ; }", format: .svg)
    } throws: { error in
      guard case RenderingError.invalidDOT(let message) = error else { return false }
      return message.contains("syntax error in line 1 near ';'")
    }
  }

  @Test func returnsWarningsWithTheResult() throws {
    let result = try renderer.render(dot: "digraph \"w\" { a [shape=wolk]; }", format: .svg)
    #expect(result.warnings.contains { $0.contains("wolk") })
    #expect(!result.bytes.isEmpty)
    let clean = try renderer.render(dot: Self.good, format: .svg)
    #expect(clean.warnings.isEmpty)
  }

  @Test func rendersAreByteIdenticalAlsoInParallel() async throws {
    let first = try renderer.render(dot: Self.good, format: .svg).bytes
    let results = try await withThrowingTaskGroup(of: [UInt8].self) { group in
      for _ in 0..<8 {
        group.addTask { try GraphvizRenderer().render(dot: Self.good, format: .svg).bytes }
      }
      return try await group.reduce(into: []) { $0.append($1) }
    }
    #expect(results.count == 8)
    #expect(results.allSatisfy { $0 == first })
  }

  @Test func rendersPNGAndPDFThroughCairo() throws {
    let cairoInstalled =
      FileManager.default.fileExists(
        atPath: "/usr/lib/x86_64-linux-gnu/graphviz/libgvplugin_pango.so.6")
      || FileManager.default.fileExists(
        atPath: "/usr/lib/aarch64-linux-gnu/graphviz/libgvplugin_pango.so.6")
    let png = Result { try renderer.render(dot: Self.good, format: .png).bytes }
    let pdf = Result { try renderer.render(dot: Self.good, format: .pdf).bytes }
    if cairoInstalled {
      #expect(Array(try png.get().prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
      #expect(Array(try pdf.get().prefix(4)) == Array("%PDF".utf8))
    } else {
      #expect(throws: RenderingError.self) { try png.get() }
    }
  }

  @Test func aMissingPluginIsAClearError() {
    let nowhere = GraphvizRenderer(pluginDirectories: ["/bestaat/niet"])
    #expect(
      throws: RenderingError.pluginUnavailable(
        library: "libgvplugin_core.so.6", searched: ["/bestaat/niet"])
    ) {
      try nowhere.render(dot: Self.good, format: .svg)
    }
    let message = RenderingError.pluginUnavailable(
      library: "libgvplugin_pango.so.6", searched: ["/x"]
    ).description
    #expect(message.contains("PNG en PDF vereisen de cairo-plugin"))
  }

  @Test func dotFormatReturnsTheTextUnchanged() throws {
    #expect(try renderer.render(dot: Self.good, format: .dot).bytes == Array(Self.good.utf8))
  }
}
