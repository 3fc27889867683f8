import DriehoekAnalysis
import DriehoekModel

extension HTMLDocumentWriter {
  // MARK: Why and fix once per rule, for print

  /// The id of the overview's table of rules, which in print carries each rule's why and fix.
  static let ruleLegendID = "bevindingen-per-regel"

  /// Whether print can leave a finding's why and fix to the overview's table of rules: its fix
  /// is the rule's, and the table prints every reason the report's findings of that rule give
  /// (``ruleLegend(_:outline:)``; docs/reports.md, "Print").
  func explainedInLegend(_ finding: Finding, outline: ReportOutline) -> Bool {
    outline.report.rules.contains { $0.code == finding.code && $0.oplossing == finding.oplossing }
  }

  /// The kind of each executor of the report, to name the executor family a reason is for.
  func executorKinds(_ outline: ReportOutline) -> [ElementID: OrganisationKind] {
    Dictionary(
      outline.executors.map { ($0.id, $0.organisation.kind) },
      uniquingKeysWith: { first, _ in first })
  }

  /// The why and fix of each rule with findings, printed only, under the overview's table of
  /// rules: one paragraph per rule, in two columns.
  func ruleLegend(_ rules: [RuleDescription], outline: ReportOutline) -> HTMLFragment {
    let kinds = executorKinds(outline)
    return .element(
      "div", [("class", "regel-legenda")],
      rules.map { ruleLegendText($0, outline: outline, executorKinds: kinds) })
  }

  /// A rule's why and fix in the legend under the overview's table of rules: each reason the
  /// report's findings of the rule give (a rule that cites the Regeling agentschappen gives a
  /// zbo and a dienst a reason of their own), named by the executor families it is for when
  /// there is more than one, then the fix.
  func ruleLegendText(
    _ rule: RuleDescription, outline: ReportOutline, executorKinds: [ElementID: OrganisationKind]
  ) -> HTMLFragment {
    let language = outline.language
    var reasons: [String] = []
    var families: [String: [String]] = [:]
    for finding in outline.report.findings where finding.code == rule.code {
      if families[finding.waarom] == nil { reasons.append(finding.waarom) }
      let family =
        finding.executor.flatMap { executorKinds[$0] }.map {
          familyName(ExecutorFamily($0), language)
        }
        ?? language.pick("overige", "other")
      if !(families[finding.waarom, default: []].contains(family)) {
        families[finding.waarom, default: []].append(family)
      }
    }
    if reasons.isEmpty { reasons = [rule.waarom] }
    var parts: [HTMLFragment] = []
    for reason in reasons {
      let label =
        reasons.count > 1
        ? language.pick("Waarom", "Why") + " (" + (families[reason] ?? []).joined(separator: ", ")
          + "): "
        : language.pick("Waarom: ", "Why: ")
      parts += [.element("span", [("class", "label")], text: label), .text(reason + " ")]
    }
    parts += [
      .element("span", [("class", "label")], text: language.pick("Oplossing: ", "Fix: ")),
      .text(rule.oplossing),
    ]
    let heading: [HTMLFragment] = [
      .element("span", [("class", "code")], text: rule.code), .text(" "),
      .element("span", [("class", "slug")], text: rule.slug), .text(". "),
    ]
    return .element("p", [], heading + parts)
  }

  /// The plural name of an executor family, for the label of its reason.
  private func familyName(_ family: ExecutorFamily, _ language: Language) -> String {
    switch family {
    case .agentschap: language.pick("agentschappen", "agencies")
    case .zbo: language.pick("zbo's", "zbos")
    case .dienst: language.pick("diensten en sso's", "services and SSOs")
    case .other: language.pick("overige", "other")
    }
  }

  /// The printed pointer above a list of findings whose why and fix stand in the table of rules.
  func ruleLegendPointer(_ findings: [Finding], outline: ReportOutline) -> HTMLFragment {
    guard findings.contains(where: { explainedInLegend($0, outline: outline) }) else {
      return .empty
    }
    let language = outline.language
    return .element(
      "p", [("class", "legenda-verwijzing")],
      [
        .text(
          language.pick(
            "Waarom en oplossing van elke regel: zie ", "Why and fix of each rule: see ")),
        .element(
          "a", [("href", "#" + Self.ruleLegendID)],
          text: language.pick("Bevindingen per regel", "Findings by rule")),
        .text(language.pick(" in het overzicht.", " in the overview.")),
      ])
  }
}
