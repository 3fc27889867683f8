import DriehoekAnalysis
import DriehoekLoading
import DriehoekModel
import Foundation
import Testing

@testable import DriehoekReports

/// Round 11 of the printed report (docs/reports.md, "Print"): an open finding about one opdracht
/// prints in that opdracht's row of the opdrachten table, with its rule's message once under the
/// table, and not again in the executor's printed list of findings.
@Suite struct PrintOpdrachtFindingsTests {
  /// `driehoek genereer --uitvoerders 3 --seed 1 --informele-opdrachten 3`.
  private let informalModel =
    "Tests/DriehoekReportsTests/Fixtures/document/informele-opdrachten.yaml"

  /// The text from `start` to the next `end` (both included).
  private func slice(_ text: Substring, from start: String, to end: String) throws -> Substring {
    let open = try #require(text.range(of: start), "no \(start)")
    let close = try #require(text.range(of: end, range: open.upperBound..<text.endIndex))
    return text[open.lowerBound..<close.upperBound]
  }

  private func section(_ executor: ExecutorSummary, in text: String) throws -> Substring {
    let anchor = ReportOutline.executorAnchor(executor.id)
    return try slice(
      text[...], from: "<section class=\"uitvoerder\" id=\"\(anchor)\"", to: "</section>")
  }

  @Test func aFindingAboutOneOpdrachtPrintsInItsRowAndNotInTheList() throws {
    let outline = try documentOutline(informalModel)
    let text = printedHTML(outline)
    var moved = 0
    for executor in outline.executors {
      let body = try section(executor, in: text)
      let rows = OpdrachtFindings(executor, label: outline.label)
      guard let rows else {
        #expect(!body.contains("class=\"rij-bevinding\""), "\(executor.id)")
        continue
      }
      let table = try slice(body, from: "<table class=\"opdrachten\">", to: "</table>")
      let key = try slice(body, from: "<div class=\"tabel-bevindingen alleen-druk\">", to: "</div>")
      let list = try slice(body, from: "<div class=\"alleen-druk\">", to: "</div>")
      let screen = try slice(body, from: "<ol class=\"bevindingen alleen-scherm\">", to: "</ol>")
      #expect(table.contains("<span class=\"alleen-druk\"> · bevindingen</span>"))
      #expect(key.contains(">\(fileName(rows.file))</code>"))
      for finding in rows.shown {
        let opdracht = try #require(
          finding.betreft.first { id in executor.opdrachten.contains { $0.id == id } })
        let row = try slice(table, from: "<tr id=\"opdracht-\(opdracht)\"", to: "</tr>")
        let location = try #require(finding.location)
        // Its rule (code, marked by severity) and its place stand in the row.
        #expect(
          row.contains(
            "<span class=\"code ernst-\(finding.severity.rawValue)\" title=\""
              + DocumentFormat.severity(finding.severity, .nl) + "\">\(finding.code)</span>"),
          "\(finding.code) \(opdracht)")
        #expect(row.contains("\u{00A0}\(location.line):\(location.column)<"), "\(location)")
        // The key gives its severity, rule and message once, with gaps the row fills.
        let rule = try #require(
          rows.rules.first {
            $0.first.code == finding.code && $0.first.severity == finding.severity
          })
        #expect(key.contains(htmlEscaped(rule.pattern)), "\(finding.code)")
        #expect(key.contains(">\(finding.slug)</span>"))
        #expect(key.contains(DocumentFormat.severity(finding.severity, .nl)))
        #expect(
          CaseTemplate.filled(
            rule.pattern,
            with: rule.gaps.map { gap in
              switch gap {
              case .opdracht: outline.label(opdracht)
              case .opdrachtgever:
                outline.label(
                  executor.opdrachten.first { $0.id == opdracht }?.opdrachtgever ?? opdracht)
              }
            }) == finding.message, "\(finding.message)")
        // Not again in the printed list; the screen keeps its card.
        #expect(!list.contains("\(location.line):\(location.column)"), "\(location)")
        #expect(screen.contains(htmlEscaped(finding.message)))
        moved += 1
      }
      // What the rows do not show stays in the printed list.
      for finding in executor.openFindings where !rows.shown.contains(finding) {
        #expect(list.contains(">\(finding.code)</span>"), "\(finding.code)")
      }
    }
    #expect(moved > 0, "no finding of \(informalModel) went into a row")
  }

  @Test func findingsAboutMoreThanTheRowStayInTheList() throws {
    let outline = try documentOutline(informalModel)
    var checked = 0
    for executor in outline.executors {
      let shown = OpdrachtFindings(executor, label: outline.label)?.shown ?? []
      for finding in executor.openFindings where finding.code == "SD11" || finding.code == "SD13" {
        // SD11 names every opdracht that claims capacity; SD13's cases differ in their amounts.
        #expect(!shown.contains(finding), "\(finding.code) \(finding.message)")
        checked += 1
      }
    }
    #expect(checked > 0, "no SD11 or SD13 in \(informalModel)")
  }

  @Test func aRuleThatFoundOneOpdrachtKeepsItsCard() throws {
    // One informal opdracht: SD09 and SD19 find it once each, so there is no message to say
    // once for several rows; both keep their cards.
    let model = """
      naam: Een
      peildatum: 2026-06-01
      organisaties:
        - id: fin
          naam: Financiën
          soort: ministerie
          onderdelen:
            - {id: fin-sg, naam: SG Financiën, soort: sg}
            - {id: fin-dg, naam: DG Fiscaliteit, soort: dg}
            - {id: fin-dgb, naam: DG Begroting, soort: dg}
        - id: bd
          naam: Belastingdienst
          soort: dienst
          onderdelen: [{id: bd-dg, naam: DG Belastingdienst, soort: bestuur}]
      rollen:
        - {rol: eigenaar, houder: fin-sg, van: bd}
        - {rol: opdrachtgever, houder: fin-dg, van: bd}
        - {rol: opdrachtnemer, houder: bd-dg, van: bd}
      opdrachten:
        - {id: begroting, naam: Begrotingsstaat, opdrachtgever: fin-dgb, opdrachtnemer: bd}
      """
    let result = ModelLoader().load(text: model, file: "een.yaml")
    let loaded = try #require(result.model, "\(result.diagnostics)")
    let day = try #require(loaded.peildatum)
    let outline = ReportOutline(model: loaded, report: Analyzer().analyse(loaded, peildatum: day))
    let executor = try #require(outline.executors.first)
    #expect(executor.openFindings.contains { $0.code == "SD09" })
    #expect(OpdrachtFindings(executor, label: outline.label) == nil)
    let text = printedHTML(outline)
    #expect(!text.contains("class=\"rij-bevinding\""))
    #expect(!text.contains("class=\"tabel-bevindingen"))
  }

  private func fileName(_ path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
  }
}
