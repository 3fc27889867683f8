import DriehoekDiagram
import Testing

@Suite struct DOTEscapingTests {
  @Test func quotedStringsEscapeQuotesAndBackslashes() {
    #expect(DOTEscaping.quoted(#"Team\Noord"#) == #""Team\\Noord""#)
    #expect(DOTEscaping.quoted(#"zeg "ja""#) == #""zeg \"ja\"""#)
    #expect(DOTEscaping.quoted("twee\nregels") == #""twee\nregels""#)
  }

  @Test func attributeTextSurvivesGraphvizDoubleEscapeProcessing() {
    #expect(DOTEscaping.quotedAttributeText(#"Team\Noord"#) == #""Team\\\\Noord""#)
    #expect(DOTEscaping.quotedAttributeText("a=1&b=2") == #""a=1&amp;b=2""#)
    #expect(DOTEscaping.quotedAttributeText(#"""#) == #""\"""#)
  }

  @Test func htmlTextIsXMLEscapedAndBackslashesDoubled() {
    #expect(
      DOTEscaping.html(#"<script>alert('x') & "y"</script>\N"#)
        == #"&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;\\N"#)
  }

  @Test func controlCharactersBecomeSpaces() {
    #expect(DOTEscaping.html("a\u{07}b\u{0}c") == "a b c")
    #expect(DOTEscaping.quoted("a\r\nb") == #""a\nb""#)
  }

  /// C1 controls (U+0080–U+009F, `C2 80`–`C2 9F` in UTF-8) become spaces; the other scalars
  /// with lead byte `C2`, such as the no-break space and `·` that labels use, stay as they are,
  /// also next to a C1 control or a tab.
  @Test func c1ControlsBecomeSpacesButNoBreakSpacesAndMiddleDotsStay() {
    #expect(DOTEscaping.html("a\u{80}b\u{85}c\u{9F}d") == "a b c d")
    #expect(
      DOTEscaping.html("4\u{A0}fte\u{A0}·\u{A0}2\u{A0}opdrachten")
        == "4\u{A0}fte\u{A0}·\u{A0}2\u{A0}opdrachten")
    #expect(DOTEscaping.html("§\u{A0}1\u{85}·\tx") == "§\u{A0}1 · x")
    #expect(DOTEscaping.quoted("é\u{9F}€\u{1F600}") == "\"é €\u{1F600}\"")
  }

  @Test func rightToLeftOverridesAreClosedAtTheEndOfEachText() {
    #expect(DOTEscaping.html("x\u{202E}abc") == "x\u{202E}abc\u{202C}")
    #expect(DOTEscaping.html("x\u{202E}abc\u{202C}") == "x\u{202E}abc\u{202C}")
    #expect(DOTEscaping.html("x\u{2067}abc") == "x\u{2067}abc\u{2069}")
    #expect(DOTEscaping.html("gewoon") == "gewoon")
  }

  /// A quote, backslash or `<` followed by a combining mark is one `Character` that equals
  /// none of them, yet Graphviz reads the byte all the same: it must be escaped.
  @Test func metacharactersFollowedByCombiningMarksAreEscaped() {
    let text = "a\"\u{301}b\\\u{301}<\u{301}&\u{301}"
    #expect(DOTEscaping.quoted(text) == "\"a\\\"\u{301}b\\\\\u{301}<\u{301}&\u{301}\"")
    #expect(
      DOTEscaping.quotedAttributeText(text)
        == "\"a\\\"\u{301}b\\\\\\\\\u{301}<\u{301}&amp;\u{301}\"")
    #expect(
      DOTEscaping.html(text) == "a&quot;\u{301}b\\\\\u{301}&lt;\u{301}&amp;\u{301}")
  }

  /// Escaping works on runs between the bytes it replaces: replacements at the start, at the
  /// end, side by side and between multi-byte characters all land in the right place.
  @Test func replacementsBetweenRunsKeepEveryOtherByte() {
    #expect(DOTEscaping.quoted(#""é\ë""#) == #""\"é\\ë\"""#)
    #expect(DOTEscaping.quoted("\"\"") == #""\"\"""#)
    #expect(DOTEscaping.html("ü<>ü · &") == "ü&lt;&gt;ü · &amp;")
    #expect(DOTEscaping.html("regel\nregel") == "regel regel")
    #expect(DOTEscaping.quotedAttributeText("é&\\") == #""é&amp;\\\\""#)
    #expect(DOTEscaping.html("Zeeuws-Vlaanderen ·") == "Zeeuws-Vlaanderen ·")
  }

  @Test func identifiersKeepOnlySafeCharacters() {
    #expect(DOTEscaping.identifier("szw-dgsz.1_a") == "szw-dgsz.1_a")
    #expect(DOTEscaping.identifier("a b\"<c>") == "a_b__c_")
    #expect(DOTEscaping.identifier("") == "_")
    #expect(DOTEscaping.identifier("café-é") == "caf_-_")
  }
}
