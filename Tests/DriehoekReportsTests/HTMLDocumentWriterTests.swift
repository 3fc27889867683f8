import DriehoekAnalysis
import DriehoekDiagram
import DriehoekModel
import DriehoekReports
import Foundation
import Testing

@Suite struct HTMLDocumentWriterTests {
  private let generated = Day(ordinal: 20_454)  // 2026-01-01

  private func html(_ outline: ReportOutline, diagrams: [View: String] = [:]) -> String {
    HTMLDocumentWriter(generated: generated, source: "model.yaml").write(
      outline, diagrams: diagrams)
  }

  @Test func namesWithMarkupAppearAsTextNeverAsMarkup() throws {
    let outline = try documentOutline(hostileModel)
    let text = html(outline)
    #expect(!text.contains("<script"))
    #expect(!text.contains("<b>"))
    #expect(!text.contains("<img"))
    #expect(!text.contains("<h1>kop"))
    #expect(text.contains("Ministerie van &lt;script&gt;alert(&quot;naam&quot;)&lt;/script&gt;"))
    #expect(text.contains("Dienst &lt;b&gt;Vet&lt;/b&gt; &amp; &quot;Co&quot; &#39;x&#39;"))
    #expect(text.contains("<title>Conflictrapportage sturingsdriehoek: Vijandig &lt;model&gt;"))
    // The description tries to close the style sheet; it stays text inside the cover.
    #expect(occurrences(of: "</style>", in: text) == 1)
    #expect(text.contains("&lt;/style&gt;&lt;script&gt;alert(&#39;beschrijving&#39;)"))
  }

  @Test func executorsAreOrderedBySeverityInTheTableAndTheSections() throws {
    // svb: SVB has open errors, CAK only a warning, UWV nothing.
    let outline = try documentOutline("Models/svb.yaml")
    #expect(outline.executors.map(\.id) == ["svb", "cak", "uwv"])
    // Within a section too: errors before warnings, in report order within a severity.
    #expect(
      outline.executors[0].openFindings.map(\.code) == ["SD02", "SD07", "SD11", "SD09", "SD12"])
    let text = html(outline)
    let sections = ["uitvoerder-svb", "uitvoerder-cak", "uitvoerder-uwv"].map { anchor in
      text.range(of: "<section class=\"uitvoerder\" id=\"\(anchor)\"")?.lowerBound
    }
    let found = sections.compactMap { $0 }
    #expect(found.count == 3)
    #expect(found == found.sorted())
    #expect(text.contains("<tr class=\"rij-fout\"><th scope=\"row\"><a href=\"#uitvoerder-svb\">"))
    #expect(
      text.contains("<tr class=\"rij-waarschuwing\"><th scope=\"row\"><a href=\"#uitvoerder-cak\">")
    )
    #expect(text.contains("<tr class=\"rij-geen\"><th scope=\"row\"><a href=\"#uitvoerder-uwv\">"))
  }

  @Test func severityOrderPutsErrorsBeforeWarningsBeforeNothingThenById() {
    func summary(_ id: ElementID, _ severities: [Severity]) -> ExecutorSummary {
      ExecutorSummary(
        organisation: Organisation(id: id, name: id.rawValue, kind: .agentschap),
        triangle: Triangle(
          executor: id, kind: .agentschap, eigenaren: [], opdrachtgevers: [], opdrachtnemers: []),
        opdrachten: [], activeOpdrachten: [], afspraken: [],
        openFindings: severities.map { severity in
          Finding(
            code: "SD01", slug: "x", severity: severity, message: "", betreft: [id],
            location: nil, waarom: "", oplossing: "", executor: id)
        },
        acceptedFindings: [])
    }
    let summaries = [
      summary("a-niets", []), summary("b-info", [.info, .info, .info]),
      summary("c-twee-waarschuwingen", [.waarschuwing, .waarschuwing]),
      summary("d-een-waarschuwing", [.waarschuwing, .info]), summary("e-fout", [.fout]),
      summary("f-fout-en-meer", [.fout, .waarschuwing]), summary("g-niets", []),
    ]
    #expect(
      summaries.sorted(by: ExecutorSummary.severityOrder).map(\.id.rawValue) == [
        "f-fout-en-meer", "e-fout", "c-twee-waarschuwingen", "d-een-waarschuwing", "b-info",
        "a-niets", "g-niets",
      ])
  }

  @Test func expiredRisksAreHighlightedAndValidOnesAreNot() throws {
    let outline = try documentOutline(hostileModel)
    #expect(outline.risks.map(\.isExpired) == [true, false])
    // The expired SD13 acceptance reopens the financing finding; the valid SD11 one covers one.
    #expect(outline.risks[0].findings.map(\.code) == ["SD13"])
    #expect(outline.risks[0].findings.allSatisfy { $0.isOpen })
    #expect(outline.risks[1].findings.map(\.code) == ["SD11"])
    let text = html(outline)
    #expect(occurrences(of: "<tr class=\"verlopen\">", in: text) == 1)
    let expiredRow = try #require(text.range(of: "<tr class=\"verlopen\">"))
    let rowEnd = try #require(text.range(of: "</tr>", range: expiredRow.upperBound..<text.endIndex))
    let row = String(text[expiredRow.upperBound..<rowEnd.lowerBound])
    #expect(row.contains("<span class=\"status-verlopen\">Verlopen</span>"))
    #expect(row.contains("30 juni 2025"))
    #expect(row.contains("1 bevinding weer open"))
    #expect(text.contains("Geldig; dekt 1 bevinding"))
    #expect(
      text.contains("<span class=\"getal\">1</span><span class=\"wat\">verlopen risico&#39;s"))
  }

  @Test func thereIsOneSectionWithAMarkerPerExecutor() throws {
    for (path, count) in [("Models/svb.yaml", 3), ("Models/duo.yaml", 1), (hostileModel, 2)] {
      let outline = try documentOutline(path)
      #expect(outline.executors.count == count, "\(path)")
      let text = html(outline)
      #expect(occurrences(of: "<section class=\"uitvoerder\"", in: text) == count, "\(path)")
      for position in 1...count {
        #expect(text.contains(">Uitvoerder \(position) van \(count) · "), "\(path)")
      }
      #expect(!text.contains("Uitvoerder \(count + 1) van"))
    }
  }

  @Test func everyInPageLinkHasATargetAndFindingsLinkTheirParties() throws {
    let outline = try documentOutline("Models/svb.yaml")
    let text = html(outline)
    let ids = Set(matches(of: " id=\"", in: text))
    let links = matches(of: " href=\"#", in: text)
    #expect(!links.isEmpty)
    for link in links { #expect(ids.contains(link), "#\(link) has no target") }
    // The SD11 finding of SVB names SVB and its opdrachten; each links to its place.
    #expect(
      text.contains("<dt>Betreft</dt><dd><a href=\"#uitvoerder-svb\">Sociale Verzekeringsbank</a>"))
    #expect(text.contains("<a href=\"#opdracht-aow\">"))
    #expect(ids.contains("partij-szw-sg"))
  }

  @Test func diagramsAreInlinedWithPrefixedIdsAndTheirLinksKept() throws {
    let outline = try documentOutline("Models/svb.yaml")
    let text = html(
      outline, diagrams: [.landschap: sampleSVG(), .driehoek("svb"): sampleSVG()])
    #expect(!text.contains("<?xml"))
    #expect(!text.contains("<!DOCTYPE svg"))
    #expect(!text.contains("<!--"))
    #expect(text.contains("<title id=\"diagram-landschap-titel\">"))
    #expect(text.contains("<title id=\"diagram-uitvoerder-svb-titel\">"))
    #expect(text.contains("aria-describedby=\"diagram-landschap-beschrijving\""))
    #expect(!text.contains(" id=\"titel\""))
    #expect(occurrences(of: "xlink:href=\"#uitvoerder-svb\"", in: text) == 2)
    // The sample is twice as wide as high but only 200 pt wide: it stays in the portrait flow.
    #expect(
      text.contains(
        "<figure class=\"diagram\" aria-labelledby=\"diagram-landschap-bijschrift\">"))
    // Ten times larger, it gets a landscape page in print.
    let large = sampleSVG().replacingOccurrences(
      of: "viewBox=\"0.00 0.00 200.00 100.00\"", with: "viewBox=\"0.00 0.00 2000.00 1000.00\"")
    #expect(large != sampleSVG())
    #expect(
      html(outline, diagrams: [.landschap: large]).contains(
        "<figure class=\"diagram breed\" aria-labelledby=\"diagram-landschap-bijschrift\">"))
    // Without a rendered diagram a note takes its place.
    #expect(text.contains("(Diagram niet beschikbaar.)"))
  }

  @Test func theDocumentLoadsNothingAndRunsNothing() throws {
    let outline = try documentOutline("Models/svb.yaml")
    let text = html(outline, diagrams: [.landschap: sampleSVG()])
    #expect(!text.contains("<script"))
    #expect(!text.contains("<link"))
    #expect(!text.contains(" src="))
    // Only references to fill patterns inside the page (the timeline charts), never a file.
    #expect(!text.replacingOccurrences(of: "url(#tijdlijn-", with: "").contains("url("))
    #expect(!text.contains("@import"))
    #expect(text.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">"))
    #expect(text.contains("@page { size: A4;"))
    #expect(text.contains(".uitvoerder, .hoofdstuk, .uitvoerder + .vervolg { break-before: page;"))
  }

  @Test func englishDocumentsAreEnglish() throws {
    let outline = try documentOutline("Models/svb.yaml", language: .en)
    let text = html(outline)
    #expect(text.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
    #expect(text.contains(">Executor 1 of 3 · "))
    #expect(text.contains(">Why</dt>"))
    #expect(text.contains("Executors by severity"))
  }

  /// The values of attributes starting with `prefix` (which ends in the opening quote).
  private func matches(of prefix: String, in text: String) -> [String] {
    text.components(separatedBy: prefix).dropFirst().compactMap { rest in
      rest.split(separator: "\"", maxSplits: 1).first.map(String.init)
    }
  }
}
