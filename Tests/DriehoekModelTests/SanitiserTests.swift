import DriehoekModel
import Testing

/// The one sanitiser per output language (issue 25): XML/HTML and terminal text, on scalars.
@Suite struct SanitiserTests {
  @Test func xmlTextRefusesWhatXML10AndHTMLRefuse() {
    let refused: [UInt32] = [
      0x00, 0x08, 0x0B, 0x0D, 0x1B, 0x7F, 0x85, 0x9B, 0xFDD0, 0xFFFE, 0xFFFF, 0x1FFFE, 0x10FFFF,
    ]
    for value in refused {
      let scalar = Unicode.Scalar(value).map { String($0) } ?? ""
      #expect(XMLText.escaped("a" + scalar + "b") == "a b", "U+\(String(value, radix: 16))")
      #expect(XMLText.cleaned("a" + scalar + "b") == "a b")
    }
    #expect(XMLText.escaped("a\tb\nc é 🏛\u{200B}") == "a\tb\nc é 🏛\u{200B}")
    #expect(XMLText.escaped("<&\"'>") == "&lt;&amp;&quot;&#39;&gt;")
    // A metacharacter followed by a combining mark is still escaped (scalars, not Characters).
    #expect(XMLText.escaped("<\u{0301}") == "&lt;\u{0301}")
  }

  @Test func terminalTextKeepsOnlyTheReportsOwnColours() {
    let conceal = "zicht \u{1B}[8mverborgen\u{1B}[0m"
    #expect(!TerminalText.sanitized(conceal).contains("\u{1B}"))
    // Even when colour codes may stay, conceal (8) is not one of the report's.
    let kept = TerminalText.sanitized(conceal, keepingColourCodes: true)
    #expect(!kept.contains("\u{1B}[8m"))
    #expect(kept.contains("\u{1B}[0m"))
    #expect(
      TerminalText.sanitized("\u{1B}[1;31mfout\u{1B}[0m", keepingColourCodes: true)
        == "\u{1B}[1;31mfout\u{1B}[0m")
    #expect(TerminalText.sanitized("a\u{9B}31mb\u{7F}") == "a\u{FFFD}31mb\u{FFFD}")
  }
}
