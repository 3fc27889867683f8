import Testing

@testable import DriehoekDiagram

@Suite struct TextWrappingTests {
  @Test func linesBreakAtSpacesWithinTheColumn() {
    #expect(
      wrapped("Dienst Uitvoering Onderwijs", column: 12) == ["Dienst", "Uitvoering", "Onderwijs"])
    #expect(wrapped("een twee drie", column: 8) == ["een twee", "drie"])
    #expect(wrapped("  veel   ruimte  ", column: 40) == ["veel ruimte"])
  }

  @Test func longWordsStayWholeAndEmptyTextIsOneEmptyLine() {
    #expect(
      wrapped("Uitvoeringsinstituut werknemersverzekeringen", column: 10)
        == ["Uitvoeringsinstituut", "werknemersverzekeringen"])
    #expect(wrapped("", column: 10) == [""])
    #expect(wrapped("   ", column: 10) == [""])
  }

  /// Characters, not bytes, count: the ASCII path and the general path give the same lines.
  @Test func nonASCIITextCountsCharacters() {
    #expect(wrapped("één twee", column: 8) == ["één twee"])
    #expect(wrapped("ééé ééé ééé", column: 7) == ["ééé ééé", "ééé"])
    // CR LF is one character.
    #expect(wrapped("a\r\nb cd", column: 6) == ["a\r\nb cd"])
    // A combining mark after a space joins it: that space is no place to break.
    #expect(wrapped("ab \u{301}cd", column: 2) == ["ab \u{301}cd"])
  }
}
