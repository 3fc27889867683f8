import DriehoekAnalysis
import DriehoekLoading
import DriehoekModel
import Foundation
import Testing

@testable import DriehoekReports

/// Cases of a rule that share their message but for what they concern print the message once
/// (``CaseTemplate``), and two such rules finding the same things print as one entry
/// (docs/reports.md, "Print").
@Suite struct CaseTemplateTests {
  /// `driehoek genereer --uitvoerders 3 --seed 1 --informele-opdrachten 3`.
  private let informalModel =
    "Tests/DriehoekReportsTests/Fixtures/document/informele-opdrachten.yaml"

  /// One dienst with a formal opdrachtgever and two informal ones (SD09 and SD19 find each of
  /// their opdrachten), and two underfunded opdrachten (SD13, with different amounts).
  private let model = """
    naam: Informeel
    peildatum: 2026-06-01
    organisaties:
      - id: fin
        naam: Financiën
        soort: ministerie
        onderdelen:
          - {id: fin-sg, naam: SG Financiën, soort: sg}
          - {id: fin-dg, naam: DG Fiscaliteit, soort: dg}
          - {id: fin-dgb, naam: DG Begroting, soort: dg}
          - {id: fin-dgr, naam: DG Rijksfinanciën, soort: dg}
      - id: bd
        naam: Belastingdienst
        soort: dienst
        onderdelen: [{id: bd-dg, naam: DG Belastingdienst, soort: bestuur}]
    rollen:
      - {rol: eigenaar, houder: fin-sg, van: bd}
      - {rol: opdrachtgever, houder: fin-dg, van: bd}
      - {rol: opdrachtnemer, houder: bd-dg, van: bd}
    afspraken:
      - {id: wa, soort: werkafspraak, naam: Werkafspraak, partijen: [fin-dg, bd-dg]}
    opdrachten:
      - {id: aangifte, naam: Aangifte, opdrachtgever: fin-dg, opdrachtnemer: bd, kosten: 3000000, budget: 1000000, afspraak: wa}
      - {id: inning, naam: Inning, opdrachtgever: fin-dg, opdrachtnemer: bd, kosten: 5000000, budget: 1000000, afspraak: wa}
      - {id: begroting, naam: Begrotingsstaat, opdrachtgever: fin-dgb, opdrachtnemer: bd}
      - {id: schatkist, naam: Schatkistbankieren, opdrachtgever: fin-dgr, opdrachtnemer: bd}
    """

  private func outline() throws -> ReportOutline {
    let result = ModelLoader().load(text: model, file: "informeel.yaml")
    let loaded = try #require(result.model, "\(result.diagnostics)")
    let day = try #require(loaded.peildatum)
    return ReportOutline(model: loaded, report: Analyzer().analyse(loaded, peildatum: day))
  }

  /// The print-only list of findings in the executor's section.
  private func printedFindings(_ text: String) throws -> Substring {
    let section = try #require(text.range(of: "<section class=\"uitvoerder\" id=\"uitvoerder-bd\""))
    let start = try #require(
      text.range(
        of: "<ol class=\"bevindingen alleen-druk\">", range: section.upperBound..<text.endIndex))
    let end = try #require(text.range(of: "<h3", range: start.upperBound..<text.endIndex))
    return text[start.upperBound..<end.lowerBound]
  }

  @Test func casesDifferingOnlyInWhatTheyConcernShareOnePattern() throws {
    let outline = try outline()
    let findings = outline.report.findings
    let uncovered = findings.filter { $0.code == "SD09" }
    #expect(uncovered.map { $0.betreft.first } == ["begroting", "schatkist"])
    let template = try #require(CaseTemplate(uncovered, label: outline.label))
    #expect(template.pattern.contains(CaseTemplate.gap))
    #expect(!template.pattern.contains("Begrotingsstaat"))
    #expect(template.gaps == [["begroting", "fin-dgb"], ["schatkist", "fin-dgr"]])
    // The executor every case concerns stays in the text.
    #expect(template.pattern.contains("Belastingdienst (bd)"))
    // Put back, the gaps give every message character for character.
    for (index, finding) in uncovered.enumerated() {
      #expect(template.message(at: index, label: outline.label) == finding.message)
    }
  }

  @Test func casesWithTheirOwnAmountsKeepTheirMessages() throws {
    let outline = try outline()
    let underfunded = outline.report.findings.filter { $0.code == "SD13" }
    #expect(underfunded.count == 2)
    #expect(CaseTemplate(underfunded, label: outline.label) == nil)
    #expect(CaseTemplate(Array(underfunded.prefix(1)), label: outline.label) == nil)
    let printed = try printedFindings(printedHTML(outline, source: "informeel.yaml"))
    for finding in underfunded {
      #expect(printed.contains(finding.message))
    }
  }

  @Test func aMessageNamingAnElementTwiceOrNotAtAllHasNoTemplate() throws {
    func finding(_ message: String, _ betreft: [ElementID]) -> Finding {
      Finding(
        code: "SD09", slug: "s", severity: .waarschuwing, message: message, betreft: betreft,
        location: nil, waarom: "w", oplossing: "o")
    }
    let label: (ElementID) -> String = { "N\($0.rawValue)" }
    #expect(
      CaseTemplate([finding("x Na y", ["a"]), finding("x Nb y", ["b"])], label: label)?.pattern
        == "x … y")
    #expect(
      CaseTemplate([finding("x Na Na", ["a"]), finding("x Nb Nb", ["b"])], label: label) == nil)
    #expect(CaseTemplate([finding("x y", ["a"]), finding("x Nb", ["b"])], label: label) == nil)
    #expect(
      CaseTemplate([finding("x Na y", ["a"]), finding("z Nb y", ["b"])], label: label) == nil)
  }

  @Test func twoRulesFindingTheSameOpdrachtenPrintAsOneEntry() throws {
    let outline = try outline()
    let text = printedHTML(outline, source: "informeel.yaml")
    // The executor's section prints these findings in the opdrachten table's rows
    // (OpdrachtFindings); a list that holds them, as this one, prints them as one entry.
    let executor = try #require(outline.executors.first)
    let printed = HTMLDocumentWriter(generated: Day(ordinal: 20_454), source: "informeel.yaml")
      .groupedFindingList(executor.openFindings, outline: outline, showExecutor: false).markup
    let entries = printed.components(separatedBy: "<li class=\"bevinding groep").dropFirst()
    let both = try #require(
      entries.first { $0.contains(">SD09</span>") && $0.contains(">SD19</span>") },
      "SD09 and SD19 are not one entry")
    #expect(both.contains("2 gevallen"))
    for code in ["SD09", "SD19"] {
      let cases = outline.report.findings.filter { $0.code == code }
      let template = try #require(CaseTemplate(cases, label: outline.label))
      #expect(both.contains(template.pattern), "\(code)")
      for finding in cases {
        let location = try #require(finding.location)
        #expect(both.contains("\(location.line):\(location.column)"), "\(code) \(location)")
      }
    }
    // One line per opdracht, naming it and its opdrachtgever once.
    for (opdracht, name) in [("begroting", "Begrotingsstaat"), ("schatkist", "Schatkistbankieren")]
    {
      #expect(occurrences(of: "href=\"#opdracht-\(opdracht)\">\(name)</a>", in: both) == 1)
    }
    #expect(both.contains("Vindplaats in <code title=\"informeel.yaml\">informeel.yaml</code>"))
    // The screen keeps every finding's card with its whole message.
    for finding in outline.report.findings where finding.code == "SD09" || finding.code == "SD19" {
      #expect(text.contains(finding.message), "\(finding.code)")
    }
  }

  @Test func everyTemplateOfTheExampleModelsGivesItsMessagesBack() throws {
    var templates = 0
    for path in [
      "Models/rijk.yaml", "Tests/Fixtures/print/tien-uitvoerders.yaml", informalModel,
    ] {
      let outline = try documentOutline(path)
      for executor in outline.executors {
        let groups = Dictionary(grouping: executor.openFindings, by: \.code)
        for group in groups.values {
          guard let template = CaseTemplate(group, label: outline.label) else { continue }
          templates += 1
          for (index, finding) in group.enumerated() {
            #expect(template.message(at: index, label: outline.label) == finding.message)
            #expect(!template.gaps[index].isEmpty)
          }
        }
      }
    }
    // The generated model's informal opdrachten: SD09 and SD19 for each of three executors.
    #expect(templates >= 6, "\(templates) rules' cases share a pattern")
  }
}
