import DriehoekLoading
import DriehoekModel
import Foundation
import Testing

@testable import DriehoekDiagram

/// Issue 25: a name of a million characters is cut before it reaches Graphviz, whose DOT scanner
/// is quadratic in the length of one string (72 s for one such name in the release build).
@Suite struct LongTextTests {
  @Test func longTextsAreCutWithAnEllipsis() {
    let long = String(repeating: "x", count: 1_000_000)
    let cut = DOTEscaping.truncated(long)
    #expect(cut.unicodeScalars.count == DOTEscaping.maximumTextLength)
    #expect(cut.hasSuffix("…"))
    #expect(DOTEscaping.truncated("kort") == "kort")
    let words = String(repeating: "ab cd ef ", count: 200_000)
    #expect(
      wrapped(words, column: 24).joined(separator: " ").count <= DOTEscaping.maximumTextLength)
    // Escaped, the longest text stays under `dot`'s limit of 16,384 bytes for one string.
    let quotes = String(repeating: "\"", count: 100_000)
    #expect(DOTEscaping.html(quotes).utf8.count < 16_384)
  }

  /// The cut counts scalars, not bytes or characters: a text of two- and three-byte scalars and
  /// combining marks keeps exactly its first scalars.
  @Test func aCutKeepsTheFirstScalarsOfMultiByteText() {
    let long = String(repeating: "e\u{301}€·", count: 1_000)
    let cut = DOTEscaping.truncated(long)
    #expect(cut.unicodeScalars.count == DOTEscaping.maximumTextLength)
    #expect(
      Array(cut.unicodeScalars.dropLast())
        == Array(long.unicodeScalars.prefix(DOTEscaping.maximumTextLength - 1)))
    #expect(cut.unicodeScalars.last == "…")
  }

  @Test func aMillionCharacterNameGivesABoundedDiagram() throws {
    let name = String(repeating: "x", count: 1_000_000)
    let text = """
      naam: lang
      organisaties:
        - {id: u, naam: "\(name)", soort: agentschap}
        - {id: m, naam: M, soort: ministerie}
      rollen:
        - {rol: eigenaar, houder: m, van: u}

      """
    let model = try #require(ModelLoader().load(text: text, file: "lang.yaml").model)
    let builder = DiagramBuilder(
      model: model, peildatum: try #require(Day(iso: "2026-01-01")), highlights: [])
    for view in builder.views {
      let dot = DOTWriter().write(try builder.build(view))
      #expect(dot.utf8.count < 200_000, "\(view): \(dot.utf8.count) bytes of DOT")
    }
  }
}
