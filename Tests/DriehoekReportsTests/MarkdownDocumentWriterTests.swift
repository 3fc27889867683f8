import DriehoekDiagram
import DriehoekModel
import Foundation
import Testing

@testable import DriehoekReports

@Suite struct MarkdownDocumentWriterTests {
  private func markdown(_ outline: ReportOutline) -> String {
    let files = Dictionary(
      uniqueKeysWithValues: outline.diagramViews.map { ($0, "rapport-\($0.fileStem).svg") })
    return MarkdownDocumentWriter(generated: Day(ordinal: 20_454)).write(
      outline, diagramFiles: files)
  }

  @Test func namesWithMarkupAreEscaped() throws {
    let text = markdown(try documentOutline(hostileModel))
    #expect(!text.contains("<script>"))
    #expect(!text.contains("<b>"))
    #expect(text.contains("Ministerie van \\<script\\>alert(\"naam\")\\</script\\>"))
    #expect(text.contains("Dienst \\<b\\>Vet\\</b\\> \\& \"Co\" 'x'"))
    // A pipe in a name cannot split a table cell.
    #expect(text.contains("Directie \\| pijp \\| \\*ster\\*"))
    #expect(!text.contains("[link](javascript"))
  }

  @Test func markupFollowedByACombiningMarkIsEscapedToo() {
    #expect(MarkdownText.escaped("<\u{301}b>*\u{301}") == "\\<\u{301}b\\>\\*\u{301}")
  }

  @Test func sectionsFollowSeverityAndReferenceTheirDiagrams() throws {
    let text = markdown(try documentOutline("Models/svb.yaml"))
    let headings = text.split(separator: "\n").filter { $0.hasPrefix("## ") }.map(String.init)
    #expect(
      headings == [
        "## Uitvoerders naar ernst", "## De sturingsmatrix", "## Het landschap",
        "## Sociale Verzekeringsbank", "## CAK",
        // SD20: DG Langdurige Zorg accepted its own funding gap; it stands with no executor.
        "## Uitvoeringsinstituut Werknemersverzekeringen", "## Overige bevindingen",
        "## Geaccepteerde risico's", "## Partijen",
      ])
    #expect(
      text.contains(
        "![Landschap van Sturing SVB (SZW, VWS en gemeenten)](rapport-landschap.svg)"))
    #expect(text.contains("](rapport-driehoek-svb.svg)"))
    #expect(
      text.contains(
        "![Sturingsmatrix van Sturing SVB (SZW, VWS en gemeenten)](rapport-matrix.svg)"))
    #expect(text.contains("*Uitvoerder 1 van 3 · zbo-publiek*"))
    #expect(text.contains("| SD11 capaciteit-overschreden | "))
    #expect(text.contains("*Uitvoerder 3 van 3 · zbo-publiek*"))
    #expect(text.contains("  - *Waarom:* "))
    #expect(text.contains("  - *Oplossing:* "))
  }

  @Test func expiredRisksAreMarked() throws {
    let text = markdown(try documentOutline(hostileModel))
    let risks = try #require(text.components(separatedBy: "## Geaccepteerde risico's").last)
    let rows = risks.split(separator: "\n").filter { $0.hasPrefix("| SD1") }
    #expect(rows.count == 2)
    #expect(rows.filter { $0.contains("**VERLOPEN**") }.count == 1)
    #expect(
      rows.first { $0.hasPrefix("| SD13") }?.contains("**VERLOPEN**: 1 bevinding weer open") == true
    )
    #expect(rows.first { $0.hasPrefix("| SD11") }?.contains("geldig; dekt 1 bevinding") == true)
  }
}
