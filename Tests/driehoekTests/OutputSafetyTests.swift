import Foundation
import Testing

/// Names and descriptions never become markup, script or terminal commands: in the text and
/// Markdown reports, in diagnostics, and in JSON (where they stay data).
@Suite struct OutputSafetyTests {
  /// A valid model whose names hold terminal escapes, HTML and Markdown.
  static let model = """
    naam: "Model \\e]0;gekaapt\\a\\e[2J"
    peildatum: 2026-01-01
    organisaties:
      - id: bzk
        naam: "<script>alert(1)</script> **vet** [link](javascript:alert(1))"
        soort: ministerie
        onderdelen:
          - {id: bzk-sg, naam: "SG \\e[31mrood\\e[0m \\u009b31m", soort: sg}
          - {id: bzk-dgo, naam: "DG\\nregel\\r\\u0085", soort: dg}
      - id: uitv
        naam: "Uitvoerder ` <img src=x onerror=alert(1)> \\b\\b"
        soort: agentschap
        onderdelen:
          - {id: uitv-dir, naam: Directie, soort: bestuur}
    rollen:
      - {rol: eigenaar, houder: bzk-sg, van: uitv}
      - {rol: opdrachtgever, houder: bzk-dgo, van: uitv}
      - {rol: opdrachtgever, houder: bzk, van: uitv}
    opdrachten:
      - {id: o1, naam: "<b>o1</b>", opdrachtgever: bzk-dgo, opdrachtnemer: uitv, capaciteit: 5}

    """

  private func write(_ text: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "veilig-\(UUID().uuidString).yaml")
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url
  }

  private func controls(in text: String) -> [UInt32] {
    text.unicodeScalars.map(\.value).filter {
      ($0 < 0x20 && $0 != 0x0A && $0 != 0x09) || (0x7F...0x9F).contains($0)
    }
  }

  @Test func textReportHasNoTerminalControls() throws {
    let url = try write(Self.model)
    defer { try? FileManager.default.removeItem(at: url) }
    let run = try CommandRun.driehoek(["check", url.path, "--fail-on", "nooit"])
    #expect(run.status == 0)
    #expect(run.output.contains("Uitvoerder"))
    #expect(controls(in: run.output).isEmpty, "\(controls(in: run.output))")
    #expect(run.output.contains("\u{FFFD}"))
  }

  @Test func diagnosticsHaveNoTerminalControls() throws {
    let url = try write(Self.model + "onbekend: \"\\e]0;x\\a\"\n")
    defer { try? FileManager.default.removeItem(at: url) }
    let run = try CommandRun.driehoek(["check", url.path])
    #expect(run.status == 2)
    #expect(controls(in: run.errors).isEmpty, "\(controls(in: run.errors))")
  }

  @Test func markdownReportEscapesMarkup() throws {
    let url = try write(Self.model)
    defer { try? FileManager.default.removeItem(at: url) }
    let run = try CommandRun.driehoek([
      "check", url.path, "--format", "markdown", "--fail-on", "nooit",
    ])
    #expect(run.status == 0)
    #expect(run.output.contains("\\<script\\>"))
    // Outside the code spans that name a place, every `<`, `[`, `]` and backtick from a name
    // is escaped, so nothing becomes HTML, a link or a code span.
    let text = run.output.replacingOccurrences(
      of: "\\(`[^`\\n]*:[0-9]+:[0-9]+`\\)", with: "", options: .regularExpression)
    var previous: Character = " "
    for character in text {
      if "<[]`".contains(character) {
        #expect(previous == "\\", "unescaped \(character) in the Markdown report")
      }
      previous = character
    }
    #expect(controls(in: run.output).isEmpty)
  }

  @Test func jsonReportKeepsNamesAsData() throws {
    let url = try write(Self.model)
    defer { try? FileManager.default.removeItem(at: url) }
    let run = try CommandRun.driehoek(["check", url.path, "--format", "json", "--fail-on", "nooit"])
    #expect(run.status == 0)
    let object = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any]
    #expect((object?["model"] as? String)?.contains("\u{1B}]0;gekaapt") == true)
  }
}
