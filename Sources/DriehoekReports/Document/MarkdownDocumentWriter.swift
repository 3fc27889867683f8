import DriehoekAnalysis
public import DriehoekDiagram
public import DriehoekModel

/// Writes the report document as Markdown for wikis and memos: the same content as
/// ``HTMLDocumentWriter``, with each diagram referenced as an SVG file written next to it.
///
/// Every text from the model is escaped with backslashes (CommonMark), so a name with `<`, `*`,
/// `|` or `[` prints as written and never becomes markup or breaks a table.
public struct MarkdownDocumentWriter: Sendable {
  /// The day the document is generated.
  public var generated: Day
  /// The name of the model file, printed at the end; `nil` leaves it out.
  public var source: String?

  /// Creates a writer.
  public init(generated: Day, source: String? = nil) {
    self.generated = generated
    self.source = source
  }

  /// The Markdown text of the document, ending in a newline.
  /// - Parameters:
  ///   - outline: What the document shows.
  ///   - diagramFiles: The relative path of each view's SVG file; a view without one is left
  ///     out.
  /// - Returns: The Markdown text.
  public func write(_ outline: ReportOutline, diagramFiles: [View: String]) -> String {
    let language = outline.language
    let report = outline.report
    let summary = report.summary
    var lines: [String] = [
      "# " + language.pick("Conflictrapportage sturingsdriehoek: ", "Governance triangle report: ")
        + MarkdownText.escaped(report.model),
      "",
    ]
    if let description = outline.model.description, !description.isEmpty {
      lines += ["> " + MarkdownText.escaped(description), ""]
    }
    let expired = outline.risks.filter(\.isExpired).count
    let openText = [Severity.fout, .waarschuwing, .info].map {
      DocumentFormat.count(summary.open($0), $0, language)
    }.joined(separator: ", ")
    lines += [
      language.pick("| Kerngegeven | Waarde |", "| Key figure | Value |"),
      "|---|---|",
      row([
        language.pick("Peildatum", "Reference date"),
        DocumentFormat.day(report.peildatum, language),
      ]),
      row([
        language.pick("Gegenereerd op", "Generated on"), DocumentFormat.day(generated, language),
      ]),
      row([language.pick("Uitvoerders", "Executors"), String(outline.executors.count)]),
      row([language.pick("Opdrachtgevers", "Principals"), String(outline.principalCount)]),
      row([language.pick("Open bevindingen", "Open findings"), openText]),
      row([
        language.pick("Geaccepteerde risico's", "Accepted risks"),
        "\(outline.risks.count - expired)"
          + (expired > 0
            ? language.pick(" (en \(expired) verlopen)", " (and \(expired) expired)") : ""),
      ]),
      "",
      "## " + language.pick("Uitvoerders naar ernst", "Executors by severity"),
      "",
      row([
        language.pick("Uitvoerder", "Executor"), language.pick("Eigenaar", "Owner"),
        language.pick("Opdrachtgevers", "Principals"),
        language.pick("Capaciteit: gevraagd / beschikbaar", "Capacity: claimed / available"),
        language.pick("Open bevindingen", "Open findings"),
      ]),
      "|---|---|---:|---|---|",
    ]
    for executor in outline.executors {
      lines.append(
        row([
          executor.organisation.name,
          holders(executor.triangle.eigenaren, outline),
          String(executor.triangle.opdrachtgevers.count),
          capacity(executor, language),
          severities(executor, language),
        ]))
    }
    lines.append("")
    lines += ruleTable(outline)
    lines += ["## " + language.pick("De sturingsmatrix", "The steering matrix"), ""]
    if let file = diagramFiles[.matrix] {
      lines += [
        image(language.pick("Sturingsmatrix van ", "Steering matrix of ") + report.model, file), "",
      ]
    }
    lines += ["## " + language.pick("Het landschap", "The landscape"), ""]
    if let file = diagramFiles[.landschap] {
      lines += [image(language.pick("Landschap van ", "Landscape of ") + report.model, file), ""]
    }
    for (position, executor) in outline.executors.enumerated() {
      lines += section(
        executor, position: position + 1, outline: outline,
        file: diagramFiles[.driehoek(executor.id)])
      lines += timeline(executor, outline: outline, file: diagramFiles[.tijdlijn(executor.id)])
    }
    if !outline.otherFindings.isEmpty {
      lines += ["## " + language.pick("Overige bevindingen", "Other findings"), ""]
      lines += outline.otherFindings.flatMap { item($0, outline) }
    }
    lines += risks(outline)
    lines += ["## " + language.pick("Partijen", "Parties"), ""]
    lines.append(
      row([
        language.pick("Partij", "Party"), language.pick("Organisatie", "Organisation"),
        language.pick("Rol in het model", "Part in the model"),
      ]))
    lines.append("|---|---|---|")
    for party in outline.parties {
      lines.append(
        row([
          party.name, party.organisation == party.id ? "—" : outline.name(party.organisation),
          party.roles.joined(separator: "; "),
        ]))
    }
    lines.append("")
    lines += sources(outline)
    var colophon = language.pick(
      "Gemaakt met driehoek op \(DocumentFormat.day(generated, language)).",
      "Made with driehoek on \(DocumentFormat.day(generated, language)).")
    if let source {
      colophon += language.pick(" Model: ", " Model: ") + MarkdownText.escaped(source) + "."
    }
    lines += ["---", "", "*" + colophon + "*", ""]
    return lines.joined(separator: "\n")
  }

  private func section(
    _ executor: ExecutorSummary, position: Int, outline: ReportOutline, file: String?
  ) -> [String] {
    let language = outline.language
    let organisation = executor.organisation
    var lines = [
      "## " + MarkdownText.escaped(organisation.name),
      "",
      "*"
        + language.pick(
          "Uitvoerder \(position) van \(outline.executors.count)",
          "Executor \(position) of \(outline.executors.count)") + " · " + organisation.kind.rawValue
        + "*",
      "",
    ]
    if let description = organisation.description, !description.isEmpty {
      lines += [MarkdownText.escaped(description), ""]
    }
    let triangle = executor.triangle
    lines += [
      "- **" + language.pick("Eigenaar", "Owner") + ":** "
        + holders(triangle.eigenaren, outline, escaped: true),
      "- **" + language.pick("Opdrachtgevers", "Principals") + ":** "
        + holders(triangle.opdrachtgevers, outline, escaped: true),
      "- **" + language.pick("Opdrachtnemer", "Executor") + ":** "
        + holders(triangle.opdrachtnemers, outline, escaped: true),
      "",
    ]
    if let file {
      lines += [
        image(
          language.pick("Sturingsdriehoek van ", "Governance triangle of ") + organisation.name,
          file),
        "",
      ]
    }
    lines += ["### " + language.pick("Bevindingen", "Findings"), ""]
    if executor.openFindings.isEmpty {
      lines += [
        language.pick(
          "Geen open bevindingen op de peildatum.", "No open findings on the reference date."), "",
      ]
    } else {
      lines += executor.openFindings.flatMap { item($0, outline) }
    }
    lines += ["### " + language.pick("Opdrachten", "Assignments"), ""]
    if executor.opdrachten.isEmpty {
      lines += [language.pick("Geen opdrachten in het model.", "No assignments in the model."), ""]
    } else {
      lines.append(
        row([
          language.pick("Opdracht", "Assignment"), language.pick("Opdrachtgever", "Principal"),
          "fte", language.pick("Kosten", "Cost"), "Budget", language.pick("Prioriteit", "Priority"),
          language.pick("Periode", "Period"), language.pick("Afspraak", "Agreement"),
        ]))
      lines.append("|---|---|---:|---:|---:|---|---|---|")
      for opdracht in executor.opdrachten {
        lines.append(
          row([
            opdracht.name
              + (executor.isActive(opdracht)
                ? ""
                : language.pick(
                  " (loopt niet op de peildatum)", " (not running on the reference date)")),
            opdracht.opdrachtgever.map(outline.name) ?? "—",
            opdracht.capacity.map { DocumentFormat.number($0, language) } ?? "—",
            opdracht.cost.map { DocumentFormat.euro($0, language) } ?? "—",
            opdracht.budget.map { DocumentFormat.euro($0, language) } ?? "—",
            opdracht.priority?.rawValue ?? "—",
            DocumentFormat.period(opdracht.period, language),
            opdracht.afspraak.map(outline.name) ?? "—",
          ]))
      }
      lines.append("")
    }
    lines += ["### " + language.pick("Afspraken", "Agreements"), ""]
    if executor.afspraken.isEmpty {
      lines += [
        language.pick(
          "Geen geldige afspraken op de peildatum.", "No valid agreements on the reference date."),
        "",
      ]
    } else {
      lines.append(
        row([
          language.pick("Afspraak", "Agreement"), language.pick("Soort", "Kind"),
          language.pick("Partijen", "Parties"), language.pick("Periode", "Period"),
        ]))
      lines.append("|---|---|---|---|")
      for afspraak in executor.afspraken {
        lines.append(
          row([
            afspraak.name ?? afspraak.id.rawValue, afspraak.kind.rawValue,
            afspraak.parties.map(outline.name).joined(separator: ", "),
            DocumentFormat.period(afspraak.period, language),
          ]))
      }
      lines.append("")
    }
    if !executor.acceptedFindings.isEmpty {
      lines += ["### " + language.pick("Geaccepteerde bevindingen", "Accepted findings"), ""]
      lines += executor.acceptedFindings.flatMap { item($0, outline) }
    }
    return lines
  }

  /// The rules with findings: open per severity and accepted.
  private func ruleTable(_ outline: ReportOutline) -> [String] {
    let language = outline.language
    let findings = outline.report.findings
    let rules = outline.report.rules.filter { rule in findings.contains { $0.code == rule.code } }
    guard !rules.isEmpty else { return [] }
    var lines = [
      "### " + language.pick("Bevindingen per regel", "Findings by rule"), "",
      row([
        language.pick("Regel", "Rule"), language.pick("Wat de regel ziet", "What the rule sees"),
        language.pick("Fout", "Error"), language.pick("Waarschuwing", "Warning"), "Info",
        language.pick("Geaccepteerd", "Accepted"),
      ]),
      "|---|---|---:|---:|---:|---:|",
    ]
    for rule in rules {
      let own = findings.filter { $0.code == rule.code }
      let counts =
        [Severity.fout, .waarschuwing, .info].map { severity in
          own.filter { $0.isOpen && $0.severity == severity }.count
        } + [own.filter { !$0.isOpen }.count]
      lines.append(
        row(
          [rule.code + " " + rule.slug, rule.summary] + counts.map { $0 == 0 ? "–" : String($0) }))
    }
    return lines + [""]
  }

  private func risks(_ outline: ReportOutline) -> [String] {
    let language = outline.language
    var lines = ["## " + language.pick("Geaccepteerde risico's", "Accepted risks"), ""]
    guard !outline.risks.isEmpty else {
      return lines + [
        language.pick(
          "Het model legt geen geaccepteerde risico's vast.", "The model records no accepted risks."
        ), "",
      ]
    }
    lines.append(
      row([
        language.pick("Regel", "Rule"), language.pick("Betreft", "Concerns"),
        language.pick("Reden", "Reason"), language.pick("Verantwoordelijke", "Owner"),
        language.pick("Tot en met", "Until"), language.pick("Status", "Status"),
      ]))
    lines.append("|---|---|---|---|---|---|")
    for risk in outline.risks {
      let afwijking = risk.afwijking
      let count = risk.findings.count
      let status =
        risk.isExpired
        ? "**" + language.pick("VERLOPEN", "EXPIRED") + "**: "
          + language.pick(
            "\(count) bevinding\(count == 1 ? "" : "en") weer open",
            "\(count) finding\(count == 1 ? "" : "s") open again")
        : language.pick(
          "geldig; dekt \(count) bevinding\(count == 1 ? "" : "en")",
          "valid; covers \(count) finding\(count == 1 ? "" : "s")")
      var cells = [
        afwijking.rule, afwijking.betreft.map(outline.name).joined(separator: ", "),
        afwijking.reason, outline.name(afwijking.verantwoordelijke),
        afwijking.until.map { DocumentFormat.day($0, language) }
          ?? language.pick("zonder einde", "no end"),
      ].map { cell($0) }
      cells.append(status)
      lines.append("| " + cells.joined(separator: " | ") + " |")
    }
    lines.append("")
    return lines
  }

  private func item(_ finding: Finding, _ outline: ReportOutline) -> [String] {
    let language = outline.language
    let label =
      finding.isOpen
      ? DocumentFormat.severity(finding.severity, language)
      : language.pick("Geaccepteerd", "Accepted")
    var lines = [
      "- **\(label) \(finding.code)** \(MarkdownText.escaped(finding.slug)): "
        + MarkdownText.escaped(finding.message),
      "  - *" + language.pick("Waarom", "Why") + ":* " + MarkdownText.escaped(finding.waarom),
      "  - *" + language.pick("Oplossing", "Fix") + ":* " + MarkdownText.escaped(finding.oplossing),
      "  - *" + language.pick("Betreft", "Concerns") + ":* "
        + MarkdownText.escaped(finding.betreft.map(outline.label).joined(separator: ", ")),
    ]
    if let acceptance = finding.acceptance {
      lines.append(
        "  - *" + language.pick("Geaccepteerd", "Accepted") + ":* "
          + MarkdownText.escaped(acceptance.reden)
          + " ("
          + MarkdownText.escaped(outline.label(acceptance.verantwoordelijke))
          + (acceptance.tot.map {
            language.pick(", tot en met ", ", until ") + DocumentFormat.day($0, language)
          } ?? "")
          + ")")
    }
    return lines + [""]
  }

  private func holders(
    _ holders: [Triangle.Holder], _ outline: ReportOutline, escaped: Bool = false
  ) -> String {
    let language = outline.language
    guard !holders.isEmpty else { return language.pick("niemand", "nobody") }
    let text = holders.map { holder in
      outline.name(holder.id)
        + (holder.isCoordinating ? language.pick(" (coördinerend)", " (coordinating)") : "")
    }.joined(separator: "; ")
    return escaped ? MarkdownText.escaped(text) : text
  }

  private func capacity(_ executor: ExecutorSummary, _ language: Language) -> String {
    let claimed = DocumentFormat.number(executor.claimedCapacity, language)
    guard let available = executor.organisation.capacity else {
      if executor.opdrachten.isEmpty { return "—" }
      return claimed + " fte / " + language.pick("onbekend", "unknown")
    }
    let percentage =
      DocumentFormat.percentage(executor.claimedCapacity, of: available).map { " (\($0))" } ?? ""
    return claimed + " / " + DocumentFormat.number(available, language) + " fte" + percentage
  }

  private func severities(_ executor: ExecutorSummary, _ language: Language) -> String {
    let parts = [Severity.fout, .waarschuwing, .info].compactMap { severity -> String? in
      let count = executor.openCount(severity)
      return count > 0 ? DocumentFormat.count(count, severity, language) : nil
    }
    return parts.isEmpty ? language.pick("geen", "none") : parts.joined(separator: ", ")
  }

  /// The appendix of sources, numbered.
  ///
  /// An address ``URLPolicy`` accepts becomes an autolink
  /// (`<https://…>`; such an address holds no space, `<` or `>`), anything else escaped text.
  /// Nothing when the model gives no sources.
  private func sources(_ outline: ReportOutline) -> [String] {
    guard !outline.sources.isEmpty else { return [] }
    let language = outline.language
    var lines = [
      "## " + language.pick("Bronnen", "Sources"), "",
      MarkdownText.escaped(
        language.pick(
          "De bronnen die het model noemt (sleutel bronnen), met de elementen die ze noemen.",
          "The sources the model gives (key bronnen), with the elements that cite them.")),
      "",
    ]
    for (offset, entry) in outline.sources.enumerated() {
      let source = entry.isLink ? "<" + entry.text + ">" : MarkdownText.escaped(entry.text)
      lines.append(
        "\(offset + 1). " + source + "  ")
      lines.append(
        "   " + language.pick("Genoemd bij: ", "Cited by: ")
          + MarkdownText.escaped(entry.citedBy.joined(separator: "; ")))
    }
    lines.append("")
    return lines
  }

  /// An executor's timeline: the chart's SVG file and a compact data table; nothing without a
  /// file or when none of its opdrachten names a capaciteit.
  private func timeline(_ executor: ExecutorSummary, outline: ReportOutline, file: String?)
    -> [String]
  {
    guard let file, let timeline = outline.timeline(for: executor) else { return [] }
    let language = outline.language
    let name = executor.organisation.name
    let rows = timeline.tableRows
    var lines = [
      "### " + language.pick("Tijdlijn van ", "Timeline of ") + MarkdownText.escaped(name), "",
      image(
        language.pick(
          "Tijdlijn van \(name): geclaimde fte per maand tegen de capaciteit",
          "Timeline of \(name): claimed fte per month against capacity"), file),
      "",
      row([
        language.pick("Periode", "Period"), language.pick("fte (drukste dag)", "fte (busiest day)"),
        language.pick("% van capaciteit", "% of capacity"),
        language.pick("Prioriteitsconflict", "Priority clash"),
      ]),
      "|---|---:|---:|---|",
    ]
    for entry in rows {
      lines.append(
        row([
          entry.label, DocumentFormat.number(entry.fte, language),
          entry.percentage.map { DocumentFormat.number($0.rounded(), language) + " %" } ?? "—",
          entry.hasClash ? "SD12" : "",
        ]))
    }
    lines.append("")
    return lines
  }

  private func image(_ alt: String, _ file: String) -> String {
    "![" + MarkdownText.escaped(alt) + "](" + file.addingPathEscapes() + ")"
  }

  private func row(_ cells: [String]) -> String {
    "| " + cells.map { cell($0) }.joined(separator: " | ") + " |"
  }

  /// A table cell: ``MarkdownText/escaped(_:)`` already puts it on one line.
  private func cell(_ text: String) -> String { MarkdownText.escaped(text) }
}

extension String {
  /// A relative path for a Markdown link: spaces and parentheses percent-encoded.
  fileprivate func addingPathEscapes() -> String {
    var result = ""
    for character in self {
      switch character {
      case " ": result += "%20"
      case "(": result += "%28"
      case ")": result += "%29"
      case "<": result += "%3C"
      case ">": result += "%3E"
      default: result.append(character)
      }
    }
    return result
  }
}
