import DriehoekDiagram
import DriehoekModel
import Foundation
import Testing

@testable import DriehoekReports

@Suite struct InlineSVGAndPaletteTests {
  @Test func inliningDropsThePrologAndPrefixesEveryId() throws {
    let inline = try #require(InlineSVG.prepare(sampleSVG(), idPrefix: "d1"))
    #expect(inline.hasPrefix("<svg "))
    #expect(inline.hasSuffix("</svg>"))
    #expect(!inline.contains("<!--"))
    #expect(!inline.contains("<?xml"))
    #expect(inline.contains("<title id=\"d1-titel\">Diagram &lt;x&gt;</title>"))
    #expect(inline.contains("aria-describedby=\"d1-beschrijving\""))
    #expect(inline.contains("<g id=\"d1-kaart-svb\" class=\"node kaart\">"))
    #expect(inline.contains("xlink:href=\"#uitvoerder-svb\" xlink:title=\"SVB &amp; co\""))
    #expect(InlineSVG.size(of: sampleSVG())?.width == 200)
  }

  @Test func inliningRefusesWhatCouldRunOrLoad() {
    for element in ["script", "foreignObject", "image", "iframe", "style", "use"] {
      let svg = sampleSVG().replacingOccurrences(
        of: "<desc", with: "<\(element) x=\"1\">y</\(element)><desc")
      #expect(InlineSVG.prepare(svg, idPrefix: "d") == nil, "\(element)")
    }
    #expect(InlineSVG.prepare("<p>no svg</p>", idPrefix: "d") == nil)
    #expect(InlineSVG.prepare("<svg><g></svg>", idPrefix: "d") == nil)
    #expect(InlineSVG.prepare("<svg><![CDATA[x]]></svg>", idPrefix: "d") == nil)
  }

  @Test func inliningDropsHandlersAndUnsafeLinks() throws {
    let svg = sampleSVG(href: "javascript:alert(1)").replacingOccurrences(
      of: "<polygon ", with: "<polygon onclick=\"alert(1)\" ")
    let inline = try #require(InlineSVG.prepare(svg, idPrefix: "d"))
    #expect(!inline.contains("javascript"))
    #expect(!inline.contains("onclick"))
    #expect(inline.contains("<a xlink:title=\"SVB &amp; co\">"))
    let web = try #require(InlineSVG.prepare(sampleSVG(href: "https://www.svb.nl"), idPrefix: "d"))
    #expect(web.contains("xlink:href=\"https://www.svb.nl\""))
  }

  /// Names in any case mean the same (`ONCLICK` is a handler, `ID` an id), and a value quoted
  /// with `'` that holds a `"` comes out double-quoted with `&quot;`.
  @Test func inliningReadsAttributeNamesInAnyCase() throws {
    let svg = """
      <svg ID='root' Aria-DescribedBy="a b" viewBox="0 0 10 10"><g ONCLICK="x()" \
      title='zeg "ja"'><a XLINK:HREF="javascript:x()" Xlink:Href="#k">t</a></g></svg>
      """
    let inline = try #require(InlineSVG.prepare(svg, idPrefix: "p"))
    #expect(
      inline
        == "<svg ID=\"p-root\" Aria-DescribedBy=\"p-a p-b\" viewBox=\"0 0 10 10\">"
        + "<g title=\"zeg &quot;ja&quot;\"><a Xlink:Href=\"#k\">t</a></g></svg>")
    #expect(InlineSVG.prepare("<svg><SCRIPT>x</SCRIPT></svg>", idPrefix: "p") == nil)
  }

  @Test func htmlTextEscapesEverythingThatCouldBeMarkup() {
    #expect(
      XMLText.escaped("<a href=\"x\">'&'</a>")
        == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
    #expect(XMLText.escaped("a\u{0}b\u{7F}c\u{FFFE}") == "a b c ")
    let element = HTMLFragment.element("td", [("title", "\"><script>"), ("id", nil)], text: "<i>")
    #expect(element.markup == "<td title=\"&quot;&gt;&lt;script&gt;\">&lt;i&gt;</td>")
  }

  @Test func everyTextColourMeetsWCAGAAOnItsBackground() {
    #expect(DocumentPalette.contrastRatio(.black, .white) > 20.9)
    #expect(abs(DocumentPalette.contrastRatio(Color(hex: 0x767676), .white) - 4.54) < 0.01)
    for pair in DocumentPalette.textPairs {
      let ratio = DocumentPalette.contrastRatio(pair.text, pair.background)
      #expect(ratio >= 4.5, "\(pair.name): \(pair.text) on \(pair.background) is \(ratio):1")
    }
  }

  @Test func theStyleSheetUsesThePaletteColours() {
    let css = DocumentStyleSheet.css
    for color in [
      DocumentPalette.lintblauw, DocumentPalette.rood, DocumentPalette.donkergeel,
      DocumentPalette.hemelblauw, DocumentPalette.lichtrood, DocumentPalette.donkerrood,
    ] {
      #expect(css.contains(color.description), "\(color)")
    }
  }
}
