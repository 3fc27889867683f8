import DriehoekAnalysis
import DriehoekModel
import DriehoekReports
import Testing

@Suite struct TextAndMarkdownReportWriterTests {
  @Test func textWritesOneCompilerStyleLinePerFindingGroupedPerExecutor() throws {
    let text = TextReportWriter().write(try svbReport())
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines.first == "== Sociale Verzekeringsbank (svb) ==")
    #expect(
      lines.contains(
        "svb.yaml:29:17: waarschuwing SD11 capaciteit-overschreden: opdrachten aan Sociale "
          + "Verzekeringsbank (svb) vragen op het drukst 3.300 fte, 110 % van de capaciteit van "
          + "3.000 fte (van 2026-01-01 tot en met 2026-12-31) [svb, aow, pgb]"))
    let findingLines = lines.filter { $0.hasPrefix("svb.yaml:") }
    #expect(findingLines.count == 4)
    #expect(lines.contains { $0.hasPrefix("    waarom: ") })
    #expect(lines.contains { $0.hasPrefix("    oplossing: ") })
    #expect(
      lines.contains(
        "    geaccepteerd: VWS vult het tekort aan bij de voorjaarsnota. (verantwoordelijke: "
          + "Secretaris-generaal SZW (szw-sg), tot en met 2026-12-31)"))
    #expect(
      lines.dropLast().last
        == "Sturing Sociale Verzekeringsbank (peildatum 2026-01-01): 0 fouten, "
        + "3 waarschuwingen, 0 info open; 1 geaccepteerd")
    #expect(!text.contains("\u{1B}["))
  }

  @Test func textColoursOnlyWhenAsked() throws {
    let text = TextReportWriter(usesColour: true).write(try svbReport())
    #expect(text.contains("\u{1B}[1;33mwaarschuwing\u{1B}[0m"))
  }

  @Test func textIsEnglishWithLangEn() throws {
    let text = TextReportWriter().write(try svbReport(language: .en))
    #expect(text.contains(": warning SD14 opdrachtgever-buiten-eigenaarsministerie: principal"))
    #expect(text.contains("    why: "))
    #expect(text.contains("    accepted: "))
  }

  @Test func markdownDescribesEachTriangleAndItsFindings() throws {
    let markdown = MarkdownReportWriter().write(try svbReport())
    #expect(markdown.hasPrefix("# Analyse sturingsdriehoek: Sturing Sociale Verzekeringsbank\n"))
    #expect(markdown.contains("## Sociale Verzekeringsbank (svb)"))
    #expect(
      markdown.contains(
        "Opdrachtgevers: DG Sociale Zekerheid en Integratie (szw-dgsz) (coördinerend); "
          + "DG Langdurige Zorg (vws-dglz)."))
    #expect(markdown.contains("Eigenaar: Secretaris-generaal SZW (szw-sg)."))
    #expect(markdown.contains("- **waarschuwing SD14 opdrachtgever-buiten-eigenaarsministerie**"))
    #expect(markdown.contains("  - *Waarom:* "))
    #expect(markdown.contains("## Geaccepteerde risico's"))
    #expect(markdown.contains("| SD13 financieringstekort | pgb, vws-dglz |"))
  }
}
