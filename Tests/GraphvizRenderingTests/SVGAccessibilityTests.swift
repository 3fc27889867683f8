import Testing

@testable import GraphvizRendering

@Suite struct SVGAccessibilityTests {
  private func cleaned(_ text: String) -> String {
    String(decoding: SVGAccessibility.cleaned(Array(text.utf8)), as: UTF8.self)
  }

  @Test func commentsGoWithTheNewlineAfterThem() {
    #expect(cleaned("<g>\n<!-- a -->\n<text/><!--b-->x") == "<g>\n<text/>x")
    #expect(cleaned("<!-- a --><!-- b -->\n\n") == "\n")
  }

  @Test func anUnterminatedCommentEndsTheDocument() {
    #expect(cleaned("<svg/>\n<!-- open <g/>") == "<svg/>\n")
  }

  @Test func hyphenEntitiesAndTheFontFamilyAreReplacedEverywhere() {
    #expect(cleaned("a&#45;&#45;b&#45;") == "a--b-")
    #expect(
      cleaned("<text font-family=\"Helvetica,sans-Serif\">") == "<text font-family=\""
        + "Helvetica,Arial,Liberation Sans,sans-serif\">")
  }

  @Test func partialPatternsStayAsTheyAre() {
    #expect(cleaned("&#4") == "&#4")
    #expect(cleaned("a <!- b &#46; font-family=\"Arial\"") == "a <!- b &#46; font-family=\"Arial\"")
    #expect(cleaned("font-family=\"Helvetica,sans-Serif") == "font-family=\"Helvetica,sans-Serif")
    #expect(cleaned("") == "")
  }

  @Test func textInsideACommentIsNotReplaced() {
    #expect(cleaned("<!-- &#45; -->x&#45;") == "x-")
  }
}
