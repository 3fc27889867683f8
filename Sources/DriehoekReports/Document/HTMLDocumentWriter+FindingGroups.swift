import DriehoekAnalysis
import DriehoekModel

extension HTMLDocumentWriter {
  // MARK: Findings grouped by rule, for print

  /// The findings of a list for print: one entry per rule (and severity), in the order the rule
  /// first appears.
  ///
  /// A rule that found one thing prints as its card. A rule that found several prints its
  /// severity, code, slug and the number of cases once, its why and fix once, and then each
  /// case compactly: its message, what it concerns (linked), and where it stands in the model
  /// file. Nothing a card says is left out; only what the cases share is said once
  /// (docs/reports.md, "Print").
  func groupedFindingList(_ findings: [Finding], outline: ReportOutline, showExecutor: Bool)
    -> HTMLFragment
  {
    var order: [String] = []
    var groups: [String: [Finding]] = [:]
    for finding in findings {
      let key = "\(finding.code) \(finding.severity.rawValue) \(finding.isOpen)"
      if groups[key] == nil { order.append(key) }
      groups[key, default: []].append(finding)
    }
    let entries = order.compactMap { groups[$0] }.map { group -> HTMLFragment in
      guard let first = group.first, group.count > 1 else {
        return .join(
          group.map {
            finding(for: $0, outline: outline, showExecutor: showExecutor, repeated: false)
          })
      }
      return findingGroup(first, group, outline: outline, showExecutor: showExecutor)
    }
    return .element("ol", [("class", "bevindingen alleen-druk")], entries)
  }

  /// One rule with several cases: heading, why and fix once, then the cases.
  private func findingGroup(
    _ first: Finding, _ group: [Finding], outline: ReportOutline, showExecutor: Bool
  ) -> HTMLFragment {
    let language = outline.language
    var classes = "bevinding groep ernst-rand-" + first.severity.rawValue
    if !first.isOpen { classes += " geaccepteerd" }
    let cases = group.map { compactCase($0, outline: outline, showExecutor: showExecutor) }
    // Why and fix stand once in the overview's table of rules when they are the rule's own.
    let explanation: [HTMLFragment] =
      group.allSatisfy { explainedInLegend($0, outline: outline) }
      ? []
      : [
        .element(
          "dl", [],
          [
            .element("dt", text: language.pick("Waarom", "Why")),
            .element("dd", text: first.waarom),
            .element("dt", text: language.pick("Oplossing", "Fix")),
            .element("dd", text: first.oplossing),
          ])
      ]
    return .element(
      "li", [("class", classes)],
      [
        .element(
          "p", [("class", "kop")],
          findingHeading(first, language: language) + [
            .element(
              "span", [("class", "aantal")],
              text: language.pick(
                " · \(group.count) gevallen", " · \(group.count) cases"))
          ])
      ] + explanation + [.element("ol", [("class", "gevallen")], cases)])
  }

  /// One case of a grouped rule in one run: message, what it concerns (when the message does
  /// not already name it all), its executor and acceptance when the list shows them, and its
  /// place in the model file.
  private func compactCase(_ finding: Finding, outline: ReportOutline, showExecutor: Bool)
    -> HTMLFragment
  {
    let language = outline.language
    var parts: [HTMLFragment] = [.element("span", [("class", "melding")], text: finding.message)]
    // What it concerns, unless the message already names every one of them.
    if !finding.betreft.allSatisfy({ finding.message.contains(outline.name($0)) }) {
      parts += [
        .element("span", [("class", "label")], text: language.pick(" Betreft: ", " Concerns: ")),
        HTMLFragment.join(
          finding.betreft.map { link($0, outline: outline) }, separator: .text(", ")),
      ]
    }
    if showExecutor, let executor = finding.executor {
      parts += [
        .element(
          "span", [("class", "label")], text: language.pick(" · Uitvoerder: ", " · Executor: ")),
        link(executor, outline: outline),
      ]
    }
    if let acceptance = finding.acceptance {
      let until =
        acceptance.tot.map {
          language.pick(", tot en met ", ", until ") + DocumentFormat.day($0, language)
        } ?? ""
      parts += [
        .element(
          "span", [("class", "label")], text: language.pick(" · Geaccepteerd: ", " · Accepted: ")),
        .text(acceptance.reden + " ("),
        link(acceptance.verantwoordelijke, outline: outline),
        .text(until + ")"),
      ]
    }
    if let location = finding.location {
      parts.append(
        .element(
          "span", [("class", "vindplaats")],
          [
            .text(language.pick(" · Vindplaats: ", " · Location: ")),
            .element(
              "code", [("title", location.file)],
              text: "\(fileName(location.file)):\(location.line):\(location.column)"),
          ]))
    }
    return .element("li", [], parts)
  }
}
