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
    // Rules whose cases share their message but for what they concern say it once; two such
    // rules that find the same things (SD09 and SD19 each find an informal opdracht) print as
    // one entry with a line per thing.
    var entries: [[(findings: [Finding], template: CaseTemplate?)]] = []
    for group in order.compactMap({ groups[$0] }) {
      let template = CaseTemplate(group, label: outline.label)
      if let template,
        let target = entries.firstIndex(where: {
          sharesCases($0, (group, template), showExecutor: showExecutor)
        })
      {
        entries[target].append((group, template))
      } else {
        entries.append([(group, template)])
      }
    }
    let items = entries.map { entry -> HTMLFragment in
      guard let head = entry.first, let first = head.findings.first, head.findings.count > 1
      else {
        return .join(
          entry.flatMap(\.findings).map {
            finding(for: $0, outline: outline, showExecutor: showExecutor, repeated: false)
          })
      }
      if head.template != nil {
        return templatedGroup(entry, outline: outline, showExecutor: showExecutor)
      }
      return findingGroup(first, head.findings, outline: outline, showExecutor: showExecutor)
    }
    return .element("ol", [("class", "bevindingen alleen-druk")], items)
  }

  /// Whether a rule's templated cases can join an entry: both open, of one severity, and finding
  /// the same things (the same gaps, each once), under the same executor where the list shows it.
  private func sharesCases(
    _ entry: [(findings: [Finding], template: CaseTemplate?)],
    _ group: (findings: [Finding], template: CaseTemplate), showExecutor: Bool
  ) -> Bool {
    guard let head = entry.first, let template = head.template, let first = head.findings.first,
      let other = group.findings.first, first.isOpen, other.isOpen,
      first.severity == other.severity, template.gaps.count == group.template.gaps.count
    else { return false }
    let mine = Dictionary(
      zip(template.gaps, head.findings).map { ($0, $1) }, uniquingKeysWith: { first, _ in first })
    guard mine.count == template.gaps.count else { return false }
    return zip(group.template.gaps, group.findings).allSatisfy { gaps, finding in
      guard let match = mine[gaps] else { return false }
      return !showExecutor || match.executor == finding.executor
    } && Set(group.template.gaps).count == group.template.gaps.count
  }

  /// One or more rules whose cases share their message but for what they concern: the heading
  /// (severity, each rule's code and slug, the number of cases), each rule's message once with
  /// gaps, then a line per case with what fills the gaps and where each finding stands.
  private func templatedGroup(
    _ entry: [(findings: [Finding], template: CaseTemplate?)], outline: ReportOutline,
    showExecutor: Bool
  ) -> HTMLFragment {
    let language = outline.language
    let rules = entry.compactMap { group in group.template.map { (group.findings, $0) } }
    guard let (firstFindings, firstTemplate) = rules.first, let first = firstFindings.first else {
      return .text("")
    }
    let merged = rules.count > 1
    var classes = "bevinding groep ernst-rand-" + first.severity.rawValue
    if !first.isOpen { classes += " geaccepteerd" }
    var heading: [HTMLFragment] = [severityBadge(first, language: language)]
    for (index, rule) in rules.enumerated() {
      let separator =
        index == 0 ? " " : index == rules.count - 1 ? language.pick(" en ", " and ") : ", "
      heading += [.text(separator)] + ruleName(rule.0[0])
    }
    let count = firstFindings.count
    heading.append(
      .element(
        "span", [("class", "aantal")],
        text: language.pick(" · \(count) gevallen", " · \(count) cases")))
    var body: [HTMLFragment] = [.element("p", [("class", "kop")], heading)]
    for (findings, template) in rules {
      let code: [HTMLFragment] =
        merged ? [.element("span", [("class", "code")], text: findings[0].code), .text(" ")] : []
      if !findings.allSatisfy({ explainedInLegend($0, outline: outline) }) {
        body.append(
          .element(
            "dl", [],
            [
              .element("dt", [], code + [.text(language.pick("Waarom", "Why"))]),
              .element("dd", text: findings[0].waarom),
              .element("dt", [], code + [.text(language.pick("Oplossing", "Fix"))]),
              .element("dd", text: findings[0].oplossing),
            ]))
      }
      body.append(.element("p", [("class", "patroon")], code + [.text(template.pattern)]))
    }
    // One file for every finding: named once here, each case gives line and column only.
    let file = sharedFile(rules.flatMap(\.0))
    if let file {
      body.append(
        sharedFileLine(
          file, codes: merged ? rules.map { $0.0[0].code } : [], language: language))
    }
    let sharedFile = file != nil
    // The cases in the order of the first rule; the other rules' findings matched by their gaps.
    let lookups = rules.map { findings, template in
      Dictionary(zip(template.gaps, findings).map { ($0, $1) }, uniquingKeysWith: { a, _ in a })
    }
    let cases = zip(firstTemplate.gaps, firstFindings).map { gaps, finding -> HTMLFragment in
      let found = lookups.compactMap { $0[gaps] }
      var parts: [HTMLFragment] = [
        .element(
          "span", [("class", "vulling")],
          [
            HTMLFragment.join(
              gaps.map { id in
                let name = outline.name(id)
                return .join(
                  [link(id, outline: outline)]
                    + (name == id.rawValue ? [] : [.text(" (\(id.rawValue))")]))
              }, separator: .text(" · "))
          ])
      ]
      parts += caseDetails(finding, outline: outline, showExecutor: showExecutor)
      if sharedFile {
        parts.append(lineAndColumn(found))
      } else {
        parts += caseLocations(found, outline: outline, namingRules: merged)
      }
      return .element("li", [], parts)
    }
    body.append(.element("ol", [("class", "gevallen")], cases))
    return .element("li", [("class", classes)], body)
  }

  /// One rule with several cases: heading, why and fix once, then the cases.
  private func findingGroup(
    _ first: Finding, _ group: [Finding], outline: ReportOutline, showExecutor: Bool
  ) -> HTMLFragment {
    let language = outline.language
    var classes = "bevinding groep ernst-rand-" + first.severity.rawValue
    if !first.isOpen { classes += " geaccepteerd" }
    let file = sharedFile(group)
    let cases = group.map {
      compactCase($0, outline: outline, showExecutor: showExecutor, fileNamedAbove: file != nil)
    }
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
      ] + explanation + (file.map { [sharedFileLine($0, codes: [], language: language)] } ?? [])
        + [.element("ol", [("class", "gevallen")], cases)])
  }

  /// One case of a grouped rule in one run: message, what it concerns (when the message does
  /// not already name it all), its executor and acceptance when the list shows them, and its
  /// place in the model file.
  private func compactCase(
    _ finding: Finding, outline: ReportOutline, showExecutor: Bool, fileNamedAbove: Bool
  ) -> HTMLFragment {
    let language = outline.language
    var parts: [HTMLFragment] = [.element("span", [("class", "melding")], text: finding.message)]
    // What else it concerns: the elements the message does not name.
    let unnamed = finding.betreft.filter { !finding.message.contains(outline.name($0)) }
    if !unnamed.isEmpty {
      parts += [
        .element(
          "span", [("class", "label")], text: language.pick(" Betreft ook: ", " Also concerns: ")),
        HTMLFragment.join(unnamed.map { link($0, outline: outline) }, separator: .text(", ")),
      ]
    }
    parts += caseDetails(finding, outline: outline, showExecutor: showExecutor)
    if fileNamedAbove {
      parts.append(lineAndColumn([finding]))
    } else {
      parts += caseLocations([finding], outline: outline, namingRules: false)
    }
    return .element("li", [], parts)
  }

  /// A case's executor (when the list shows it) and its acceptance, each after a dot.
  private func caseDetails(_ finding: Finding, outline: ReportOutline, showExecutor: Bool)
    -> [HTMLFragment]
  {
    let language = outline.language
    var parts: [HTMLFragment] = []
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
    return parts
  }

  /// Where a case's findings stand in the model: `file:line:column` each, the file named once
  /// when they share it, and each followed by its rule's code when the entry has several rules.
  private func caseLocations(_ findings: [Finding], outline: ReportOutline, namingRules: Bool)
    -> [HTMLFragment]
  {
    let language = outline.language
    var places: [HTMLFragment] = []
    var lastFile: String?
    for finding in findings {
      guard let location = finding.location else { continue }
      let place =
        lastFile == location.file
        ? "\(location.line):\(location.column)"
        : "\(fileName(location.file)):\(location.line):\(location.column)"
      lastFile = location.file
      if !places.isEmpty { places.append(.text(", ")) }
      places.append(.element("code", [("title", location.file)], text: place))
      if namingRules { places.append(.text(" (\(finding.code))")) }
    }
    guard !places.isEmpty else { return [] }
    return [
      .element(
        "span", [("class", "vindplaats")],
        [.text(language.pick(" · Vindplaats: ", " · Location: "))] + places)
    ]
  }

  /// The file every finding of a group stands in, when they all have a place in one file.
  private func sharedFile(_ findings: [Finding]) -> String? {
    guard let file = findings.first?.location?.file,
      findings.allSatisfy({ $0.location?.file == file })
    else { return nil }
    return file
  }

  /// The line under a group's heading that names the one file its cases stand in, and the
  /// rules whose places each case gives in turn when there are several.
  private func sharedFileLine(_ file: String, codes: [String], language: Language)
    -> HTMLFragment
  {
    let list = codes.joined(separator: ", ")
    return .element(
      "p", [("class", "vindplaats")],
      [
        .text(language.pick("Vindplaats in ", "Location in ")),
        .element("code", [("title", file)], text: fileName(file)),
        .text(
          codes.count > 1
            ? language.pick(
              ", per geval regel:kolom van \(list):", ", per case line:column of \(list):")
            : language.pick(", per geval regel:kolom:", ", per case line:column:")),
      ])
  }

  /// The line and column of each finding of a case, after a dot (the file named above).
  private func lineAndColumn(_ findings: [Finding]) -> HTMLFragment {
    let places = findings.compactMap(\.location).map { "\($0.line):\($0.column)" }
    return .element(
      "span", [("class", "vindplaats")], text: " · " + places.joined(separator: ", "))
  }
}
