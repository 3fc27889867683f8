import DriehoekAnalysis
import DriehoekModel
import Foundation
import Testing

@testable import DriehoekReports

/// The print-only parts of the HTML report: findings grouped by rule and the compact timeline
/// (docs/reports.md, "Print").
@Suite struct HTMLDocumentPrintTests {
  private let model = "Tests/Fixtures/print/tien-uitvoerders.yaml"

  /// The text of an executor's section from its opening tag to the next section.
  private func section(_ id: ElementID, in text: String) throws -> Substring {
    let start = try #require(
      text.range(of: "<section class=\"uitvoerder\" id=\"uitvoerder-\(id)\""))
    let end = text.range(of: "</section>", range: start.upperBound..<text.endIndex)
    return text[start.lowerBound..<(end?.lowerBound ?? text.endIndex)]
  }

  @Test func aRuleWithSeveralCasesPrintsItsWhyOnceAndEveryCase() throws {
    // The Rijk: several executors with a rule that finds two or more things; the generated
    // model with informal opdrachten: rules whose cases share their message (CaseTemplate).
    for path in [
      "Models/rijk.yaml", "Tests/DriehoekReportsTests/Fixtures/document/informele-opdrachten.yaml",
    ] {
      try checkGroupedPrint(path)
    }
  }

  private func checkGroupedPrint(_ path: String) throws {
    let outline = try documentOutline(path)
    let text = printedHTML(outline)
    // Every executor whose open findings repeat a rule: its section has the screen's cards and a
    // print list in which each repeated rule's why stands once and every finding is a case.
    let grouped = outline.executors.filter { executor in
      Set(executor.openFindings.map(\.code)).count < executor.openFindings.count
    }
    #expect(!grouped.isEmpty, "the fixture has no executor with a rule found twice")
    for executor in grouped {
      let body = try section(executor.id, in: text)
      #expect(body.contains("<ol class=\"bevindingen alleen-scherm\">"))
      // The findings about one opdracht print in its row (PrintOpdrachtFindingsTests); the
      // others in the print list.
      let shown = OpdrachtFindings(executor, label: outline.label)?.shown ?? []
      let listed = executor.openFindings.filter { !shown.contains($0) }
      let printStart = try #require(
        body.range(
          of: shown.isEmpty
            ? "<ol class=\"bevindingen alleen-druk\">" : "<div class=\"alleen-druk\">"))
      let rest = body[printStart.upperBound...]
      let printed = rest[..<(rest.range(of: "<h3")?.lowerBound ?? rest.endIndex)]
      var groups: [String: [Finding]] = [:]
      for finding in listed { groups[finding.code, default: []].append(finding) }
      for finding in listed {
        let group = groups[finding.code, default: []]
        // Its message, whole or as the pattern its rule's cases share with its own elements.
        if !printed.contains(htmlEscaped(finding.message)) {
          let template = try #require(
            CaseTemplate(group, label: outline.label), "\(finding.code): \(finding.message)")
          #expect(printed.contains(htmlEscaped(template.pattern)), "\(finding.code)")
        }
        #expect(printed.contains(finding.code))
        // Every element it concerns is named.
        for id in finding.betreft {
          #expect(printed.contains(htmlEscaped(outline.name(id))), "\(finding.code) \(id)")
        }
        if let location = finding.location {
          let file = location.file.split(separator: "/").last.map(String.init) ?? location.file
          #expect(
            printed.contains("\(file):\(location.line):\(location.column)")
              || (printed.contains(">\(file)</code>, per geval regel:kolom")
                && printed.contains("\(location.line):\(location.column)")),
            "\(finding.code) \(location)")
        }
        if group.count > 1 {
          #expect(printed.contains("\(group.count) gevallen"), "\(executor.id) \(finding.code)")
        }
      }
      // The why and fix stand in the overview's legend, not again in each group.
      #expect(!printed.contains("<dt>Waarom</dt>"), "\(executor.id): a why in print")
    }
  }

  @Test func theOverviewPrintsEveryRulesWhyAndFixOnceAndSectionsPointThere() throws {
    // Generated models carry findings of the same rule for executors of different families
    // (SD09 gives a zbo and a dienst a reason of their own).
    for path in ["Models/rijk.yaml", model] {
      let outline = try documentOutline(path)
      let text = printedHTML(outline)
      let start = try #require(text.range(of: "<div class=\"regel-legenda\">"), "\(path)")
      let legend = text[
        start
          .upperBound..<(text.range(of: "</div>", range: start.upperBound..<text.endIndex)?
          .lowerBound ?? text.endIndex)]
      let findings = outline.report.findings
      #expect(!findings.isEmpty, "\(path) has no findings")
      for finding in findings {
        #expect(legend.contains(htmlEscaped(finding.waarom)), "\(path) \(finding.code): its why")
        #expect(legend.contains(htmlEscaped(finding.oplossing)), "\(path) \(finding.code): its fix")
        #expect(legend.contains("<span class=\"code\">\(finding.code)</span>"))
      }
      // Each rule's fix once, however many findings it has.
      for rule in outline.report.rules where findings.contains(where: { $0.code == rule.code }) {
        #expect(
          occurrences(of: htmlEscaped(rule.oplossing), in: String(legend)) == 1, "\(rule.code)")
      }
      // An executor section with findings points to the legend, and its cards leave their why
      // and fix to it in print.
      for executor in outline.executors where !executor.openFindings.isEmpty {
        let body = try section(executor.id, in: text)
        #expect(body.contains("href=\"#bevindingen-per-regel\""), "\(executor.id)")
        #expect(body.contains("in-legenda"), "\(executor.id)")
      }
      #expect(text.contains("<h3 id=\"bevindingen-per-regel\">"))
    }
  }

  @Test func aReasonGivenForSeveralFamiliesNamesThem() throws {
    let outline = try documentOutline(model)
    let text = printedHTML(outline)
    let reasons = Dictionary(grouping: outline.report.findings, by: \.code).filter {
      Set($0.value.map(\.waarom)).count > 1
    }
    #expect(!reasons.isEmpty, "the fixture has no rule with two reasons")
    #expect(text.contains("Waarom (zbo&#39;s): ") || text.contains("Waarom (agentschappen): "))
  }

  @Test func theTimelinePrintsCompactAndTheScreenKeepsTheFullChart() throws {
    let outline = try documentOutline(model)
    let text = printedHTML(outline)
    let screen = occurrences(of: "class=\"diagram tijdlijn gemeten alleen-scherm\"", in: text)
    let printed = occurrences(of: "class=\"diagram tijdlijn gemeten alleen-druk\"", in: text)
    #expect(screen > 0)
    #expect(printed == screen)
    // The compact chart is lower than the full one of the same timeline.
    let heights = text.components(separatedBy: "class=\"tijdlijn\"").dropLast().compactMap {
      head -> Double? in
      guard let range = head.range(of: "height=\"", options: .backwards) else { return nil }
      return Double(head[range.upperBound...].prefix { $0 != "\"" })
    }
    #expect(heights.count == screen * 2)
    for pair in stride(from: 0, to: heights.count - 1, by: 2) {
      #expect(heights[pair + 1] < heights[pair], "\(heights[pair]) → \(heights[pair + 1])")
    }
  }

  /// Round 9: an executor's section prints with tighter spacing, the text no smaller
  /// (docs/reports.md, "tighter spacing in an executor's section").
  @Test func anExecutorsSectionPrintsTightWithoutSmallerText() throws {
    let css = DocumentStyleSheet.css
    let print = try #require(css.range(of: "@media print {"))
    let printed = css[print.lowerBound...]
    #expect(printed.contains(".uitvoerder { line-height: 1.25; }"))
    #expect(printed.contains(".uitvoerder h3 + .legenda-verwijzing { display: inline;"))
    #expect(printed.contains(".uitvoerder h3:has(+ .legenda-verwijzing) { display: inline; }"))
    // The run-in needs the pointer to the legend right after the heading of the findings.
    let outline = try documentOutline(model)
    let text = printedHTML(outline)
    let executor = try #require(outline.executors.first { !$0.openFindings.isEmpty })
    let body = try section(executor.id, in: text)
    #expect(body.contains("<h3>Bevindingen</h3><p class=\"legenda-verwijzing\""))
    // Every font size the tightening sets stays at the sizes round 8 printed (7 pt at least).
    let rules = printed.components(separatedBy: "\n").filter { $0.contains(".uitvoerder") }
    for rule in rules {
      for size in rule.components(separatedBy: "font-size: ").dropFirst() {
        let value = size.prefix { $0.isNumber || $0 == "." }
        if size.dropFirst(value.count).hasPrefix("pt") {
          #expect((Double(value) ?? 0) >= 7, "\(rule)")
        }
      }
    }
  }
}
