import DriehoekAnalysis
import DriehoekModel

extension HTMLDocumentWriter {
  // MARK: Executor sections

  /// One executor's section: the marker `Uitvoerder N van M`, its triangle in words and as a
  /// diagram, its open findings, opdrachten, afspraken and accepted findings.
  func section(
    _ executor: ExecutorSummary, position: Int, outline: ReportOutline, svg: String?
  ) -> HTMLFragment {
    let language = outline.language
    let anchor = ReportOutline.executorAnchor(executor.id)
    let organisation = executor.organisation
    // The picture first: a printed executor starts with its triangle, as large as legible
    // print needs (PrintFit), on a landscape page of its own when it is wide; the triangle in
    // words and the rest follow it.
    let metrics = svg.flatMap(InlineSVG.printMetrics(of:))
    let fit = metrics.map { PrintFit.place($0.size, text: $0.text, landscape: true) }
    let heading: [HTMLFragment] = [
      .element(
        "p", [("class", "kicker")],
        text: language.pick(
          "Uitvoerder \(position) van \(outline.executors.count)",
          "Executor \(position) of \(outline.executors.count)") + " · " + organisation.kind.rawValue
      ),
      .element("h2", [("id", anchor + "-titel")], text: organisation.name),
      figure(
        svg, prefix: "diagram-" + anchor,
        caption: language.pick(
          "Sturingsdriehoek van \(organisation.name) op de peildatum: eigenaar boven, "
            + "opdrachtgevers ernaast, de uitvoerder onder. Rood omlijnd: open bevindingen.",
          "Governance triangle of \(organisation.name) on the reference date: owner above, "
            + "principals beside, the executor below. Outlined in red: open findings."),
        language: language, fit: fit),
    ]
    var words: [HTMLFragment] = []
    if let description = organisation.description, !description.isEmpty {
      words.append(.element("p", text: description))
    }
    let triangle = executor.triangle
    words.append(
      .element(
        "dl", [("class", "driehoek-rollen")],
        [
          roleBox(language.pick("Eigenaar", "Owner"), triangle.eigenaren, outline: outline),
          roleBox(
            language.pick("Opdrachtgevers", "Principals"), triangle.opdrachtgevers,
            outline: outline),
          roleBox(
            language.pick("Opdrachtnemer", "Executor"), triangle.opdrachtnemers, outline: outline),
        ]))
    // On a landscape page the triangle in words joins the picture when it fits under it, so the
    // portrait pages that follow keep their room for findings and tables.
    let wordsBeside =
      fit.map { fit in
        fit.isLandscape
          && (metrics?.size.height ?? 0) * fit.scale
            + PrintFit.wordsHeight(
              opdrachtgevers: triangle.opdrachtgevers.count,
              description: organisation.description ?? "")
            <= PrintFit.landscapeBox.height
      } ?? false
    var content: [HTMLFragment] = [
      .element(
        "div", [("class", fit?.isLandscape == true ? "uitvoerder-kop liggend" : "uitvoerder-kop")],
        wordsBeside ? heading + words : heading)
    ]
    if !wordsBeside { content += words }
    content.append(.element("h3", text: language.pick("Bevindingen", "Findings")))
    // Print shows a finding about one opdracht in that opdracht's row of the table.
    let inRows = OpdrachtFindings(executor, label: outline.label)
    if executor.openFindings.isEmpty {
      content.append(
        .element(
          "p", [("class", "geen-bevindingen")],
          text: language.pick(
            "Geen open bevindingen op de peildatum.", "No open findings on the reference date.")))
    } else if let rows = inRows {
      content += executorFindings(executor, inRows: rows, outline: outline)
    } else {
      content.append(findingList(executor.openFindings, outline: outline, showExecutor: false))
    }
    // Built once: the chart, and in print the opdrachten table keys its bands.
    let chart = outline.timeline(for: executor)
    // An empty list is one line, not a heading with a page of its own in print.
    if executor.opdrachten.isEmpty && executor.afspraken.isEmpty {
      content.append(
        emptyLine(
          language.pick("Opdrachten en afspraken", "Assignments and agreements"),
          language.pick(
            "geen opdrachten in het model en geen geldige afspraken op de peildatum.",
            "no assignments in the model and no valid agreements on the reference date.")))
      content += timeline(executor, chart: chart, outline: outline)
    } else {
      if executor.opdrachten.isEmpty {
        content.append(
          emptyLine(
            language.pick("Opdrachten", "Assignments"),
            language.pick("geen opdrachten in het model.", "no assignments in the model.")))
      } else {
        content.append(.element("h3", text: language.pick("Opdrachten", "Assignments")))
        content.append(opdrachten(executor, chart: chart, inRows: inRows, outline: outline))
      }
      content += timeline(executor, chart: chart, outline: outline)
      if executor.afspraken.isEmpty {
        content.append(
          emptyLine(
            language.pick("Afspraken", "Agreements"),
            language.pick(
              "geen geldige afspraken op de peildatum.",
              "no valid agreements on the reference date.")
          ))
      } else {
        content.append(.element("h3", text: language.pick("Afspraken", "Agreements")))
        content.append(afspraken(executor, outline: outline))
      }
    }
    if !executor.acceptedFindings.isEmpty {
      content.append(
        .element("h3", text: language.pick("Geaccepteerde bevindingen", "Accepted findings")))
      content.append(
        findingList(executor.acceptedFindings, outline: outline, showExecutor: false))
    }
    return .element(
      "section",
      [("class", "uitvoerder"), ("id", anchor), ("aria-labelledby", anchor + "-titel")], content)
  }

  /// A section with nothing in it, as one line: its name in bold, then what is missing.
  private func emptyLine(_ title: String, _ text: String) -> HTMLFragment {
    .element(
      "p", [("class", "leeg-onderdeel")],
      [.element("strong", text: title + ":"), .text(" " + text)])
  }

  private func roleBox(_ title: String, _ list: [Triangle.Holder], outline: ReportOutline)
    -> HTMLFragment
  {
    .element(
      "div", [], [.element("dt", text: title), .element("dd", [], holders(list, outline: outline))])
  }

  private func opdrachten(
    _ executor: ExecutorSummary, chart: Timeline?, inRows: OpdrachtFindings?,
    outline: ReportOutline
  ) -> HTMLFragment {
    let language = outline.language
    guard !executor.opdrachten.isEmpty else {
      return .element(
        "p", [("class", "klein")],
        text: language.pick("Geen opdrachten in het model.", "No assignments in the model."))
    }
    let columns: [(String, String?)] =
      [
        (language.pick("Opdracht", "Assignment"), nil),
        (language.pick("Opdrachtgever", "Principal"), nil),
        ("fte", "getal"),
        (language.pick("Kosten / budget", "Cost / budget"), "getal"),
        (language.pick("Prioriteit", "Priority"), nil),
        (language.pick("Periode", "Period"), nil),
        (language.pick("Afspraak", "Agreement"), nil),
      ]
    let header =
      inRows == nil ? headerRow(columns) : opdrachtFindingsHeader(columns, language: language)
    let swatches = timelineSwatches(executor, chart: chart)
    let rows = executor.opdrachten.map { opdracht in
      let active = executor.isActive(opdracht)
      var name: [HTMLFragment] = [.text(opdracht.name)]
      if let swatch = swatches[opdracht.id] { name.insert(swatch, at: 0) }
      if !active {
        name += [
          .element("br"),
          // Print keeps the row on one line: the peildatum is the report's "now".
          .element(
            "span", [("class", "klein")],
            [
              .element(
                "span", [("class", "alleen-scherm")],
                text: language.pick(
                  "loopt niet op de peildatum", "not running on the reference date")),
              .element(
                "span", [("class", "alleen-druk")],
                text: language.pick("loopt nu niet", "not running now")),
            ]),
        ]
      }
      let money = [opdracht.cost, opdracht.budget].map {
        $0.map { DocumentFormat.euro($0, language) } ?? "—"
      }
      return HTMLFragment.element(
        "tr",
        [("id", outline.anchor(for: opdracht.id)), ("class", active ? nil : "niet-actief")],
        [
          .element("th", [("scope", "row")], name),
          .element(
            "td", [("class", "opdrachtgever")],
            [opdracht.opdrachtgever.map { link($0, outline: outline) } ?? .text("—")]),
          .element(
            "td", [("class", "getal")],
            text: opdracht.capacity.map { DocumentFormat.number($0, language) } ?? "—"),
          .element(
            "td", [("class", "getal")],
            // Neither known: one dash, so the row keeps one line.
            opdracht.cost == nil && opdracht.budget == nil
              ? [.text("—")]
              : [
                .text(money[0]), .element("br"),
                .element("span", [("class", "budget")], text: money[1]),
              ]),
          .element("td", [], text: opdracht.priority?.rawValue ?? "—"),
          .element(
            "td", [("class", "periode")], text: DocumentFormat.period(opdracht.period, language)),
          // In print the findings about the opdracht follow (OpdrachtFindings).
          afspraakCell(
            opdracht, findings: inRows?.byOpdracht[opdracht.id] ?? [], outline: outline),
        ])
    }
    let table = HTMLFragment.element(
      "table", [("class", "opdrachten")],
      [
        .element(
          "caption",
          text: language.pick(
            "Opdrachten aan \(executor.organisation.name)",
            "Assignments to \(executor.organisation.name)")),
        header, .element("tbody", [], rows),
      ])
    return .join([table] + (inRows.map { [opdrachtFindingsKey($0, outline: outline)] } ?? []))
  }

  private func afspraken(_ executor: ExecutorSummary, outline: ReportOutline) -> HTMLFragment {
    let language = outline.language
    guard !executor.afspraken.isEmpty else {
      return .element(
        "p", [("class", "klein")],
        text: language.pick(
          "Geen geldige afspraken op de peildatum.", "No valid agreements on the reference date."))
    }
    let header = headerRow([
      (language.pick("Afspraak", "Agreement"), nil),
      (language.pick("Soort", "Kind"), nil),
      (language.pick("Partijen", "Parties"), nil),
      (language.pick("Periode", "Period"), nil),
    ])
    let rows = executor.afspraken.map { afspraak in
      let isHome = outline.afspraakHome[afspraak.id] == executor.id
      return HTMLFragment.element(
        "tr", [("id", isHome ? outline.anchor(for: afspraak.id) : nil)],
        [
          .element("th", [("scope", "row")], text: afspraak.name ?? afspraak.id.rawValue),
          .element("td", [], text: afspraak.kind.rawValue),
          .element(
            "td", [],
            [
              HTMLFragment.join(
                afspraak.parties.map { link($0, outline: outline) }, separator: .text(", "))
            ]),
          .element(
            "td", [("class", "periode")], text: DocumentFormat.period(afspraak.period, language)),
        ])
    }
    return .element(
      "table", [("class", "afspraken")],
      [
        .element(
          "caption",
          text: language.pick(
            "Afspraken waarbij \(executor.organisation.name) partij is",
            "Agreements \(executor.organisation.name) is party to")),
        header, .element("tbody", [], rows),
      ])
  }

  func headerRow(_ cells: [(String, String?)]) -> HTMLFragment {
    .element(
      "thead", [],
      [
        .element(
          "tr", [],
          cells.map { text, cssClass in
            .element("th", [("scope", "col"), ("class", cssClass)], text: text)
          })
      ])
  }

  // MARK: Findings

  /// Findings as a list of cards: severity, code and slug, message, why, fix, and the parties
  /// it concerns, each linked to its place.
  ///
  /// When a rule finds more than one thing in the list, the list is written twice: the cards
  /// for the screen, and for print a list with one entry per rule whose why and fix stand once
  /// above the cases it found (``groupedFindingList(_:outline:showExecutor:)``).
  func findingList(
    _ findings: [Finding], outline: ReportOutline, showExecutor: Bool, pointer: Bool = true
  ) -> HTMLFragment {
    let (cards, repeats) = findingCards(findings, outline: outline, showExecutor: showExecutor)
    let pointer = pointer ? ruleLegendPointer(findings, outline: outline) : .empty
    guard repeats else {
      return .join([pointer, .element("ol", [("class", "bevindingen")], cards)])
    }
    return .join([
      pointer,
      .element("ol", [("class", "bevindingen alleen-scherm")], cards),
      groupedFindingList(findings, outline: outline, showExecutor: showExecutor),
    ])
  }

  /// The cards of a list of findings, and whether a rule comes back in it.
  func findingCards(_ findings: [Finding], outline: ReportOutline, showExecutor: Bool)
    -> (cards: [HTMLFragment], repeats: Bool)
  {
    var seen = Set<String>()
    var repeats = false
    let cards = findings.map {
      let repeated = !seen.insert($0.code).inserted
      repeats = repeats || repeated
      return finding(
        for: $0, outline: outline, showExecutor: showExecutor, repeated: repeated)
    }
    return (cards, repeats)
  }

  /// One finding as a card.
  ///
  /// A finding whose code came earlier in the same list marks its why and fix, which are the same
  /// as there, so print can leave them out (see docs/reports.md).
  func finding(
    for finding: Finding, outline: ReportOutline, showExecutor: Bool, repeated: Bool
  ) -> HTMLFragment {
    let language = outline.language
    let explanation: [(String, String?)] = [("class", "uitleg")]
    var details: [HTMLFragment] = [
      .element("dt", explanation, text: language.pick("Waarom", "Why")),
      .element("dd", explanation, text: finding.waarom),
      .element("dt", explanation, text: language.pick("Oplossing", "Fix")),
      .element("dd", explanation, text: finding.oplossing),
      .element("dt", text: language.pick("Betreft", "Concerns")),
      .element(
        "dd", [],
        [
          HTMLFragment.join(
            finding.betreft.map { link($0, outline: outline) }, separator: .text(", "))
        ]),
    ]
    if showExecutor, let executor = finding.executor {
      details += [
        .element("dt", text: language.pick("Uitvoerder", "Executor")),
        .element("dd", [], [link(executor, outline: outline)]),
      ]
    }
    // Where the finding stands in the model file: a small source line under the text, not part
    // of what a reader of the print reads.
    var sourceLine: [HTMLFragment] = []
    if let location = finding.location {
      sourceLine.append(
        .element(
          "p", [("class", "vindplaats")],
          [
            .text(language.pick("Vindplaats in het model: ", "Location in the model: ")),
            .element(
              "code", [("title", location.file)],
              text: "\(fileName(location.file)):\(location.line):\(location.column)"),
          ]))
    }
    if let acceptance = finding.acceptance {
      let until =
        acceptance.tot.map {
          language.pick(", tot en met ", ", until ") + DocumentFormat.day($0, language)
        } ?? ""
      details += [
        .element("dt", text: language.pick("Geaccepteerd", "Accepted")),
        .element(
          "dd", [],
          [
            .text(acceptance.reden + " ("),
            link(acceptance.verantwoordelijke, outline: outline),
            .text(until + ")"),
          ]),
      ]
    }
    var classes = "bevinding ernst-rand-" + finding.severity.rawValue
    if !finding.isOpen { classes += " geaccepteerd" }
    if repeated { classes += " herhaald" }
    if explainedInLegend(finding, outline: outline) { classes += " in-legenda" }
    // A card that names many elements may continue in the next column in print.
    if finding.betreft.count > Self.longCardElements { classes += " lang" }
    let seeAbove: [HTMLFragment] =
      repeated
      ? [
        .element(
          "p", [("class", "zie-boven")],
          text: language.pick(
            "Waarom en oplossing: als bij de eerste \(finding.code) hierboven.",
            "Why and fix: as for the first \(finding.code) above."))
      ] : []
    return .element(
      "li", [("class", classes)],
      [
        .element(
          "p", [("class", "kop")], findingHeading(finding, language: language)),
        .element("p", [("class", "melding")], text: finding.message),
        .element("dl", [], details),
      ] + seeAbove + sourceLine)
  }

  /// The number of elements above which a finding's card may break across print columns.
  static let longCardElements = 6

  /// The heading of a finding's card or of a rule's group: its severity (or "accepted"), code
  /// and slug.
  func findingHeading(_ finding: Finding, language: Language) -> [HTMLFragment] {
    [severityBadge(finding, language: language), .text(" ")] + ruleName(finding)
  }

  /// A finding's severity as a badge, or "accepted" when it is not open.
  func severityBadge(_ finding: Finding, language: Language) -> HTMLFragment {
    .element(
      "span",
      [("class", "ernst ernst-" + (finding.isOpen ? finding.severity.rawValue : "geen"))],
      text: finding.isOpen
        ? DocumentFormat.severity(finding.severity, language)
        : language.pick("Geaccepteerd", "Accepted"))
  }

  /// A finding's rule: its code and slug.
  func ruleName(_ finding: Finding) -> [HTMLFragment] {
    [
      .element("span", [("class", "code")], text: finding.code),
      .text(" "),
      .element("span", [("class", "slug")], text: finding.slug),
    ]
  }

  /// The last component of a path, for the location of a finding.
  func fileName(_ path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
  }

  // MARK: Other findings, risks, parties

  func otherFindings(_ outline: ReportOutline) -> HTMLFragment {
    let language = outline.language
    return .element(
      "section",
      [
        ("id", "overige-bevindingen"), ("class", "hoofdstuk"),
        ("aria-labelledby", "overige-bevindingen-titel"),
      ],
      [
        .element(
          "h2", [("id", "overige-bevindingen-titel")],
          text: language.pick("Overige bevindingen", "Other findings")),
        .element(
          "p", [],
          text: language.pick(
            "Bevindingen die niet bij één uitvoerder horen, zoals ketens en verlopen afwijkingen.",
            "Findings that belong to no single executor, such as chains and expired risks.")),
        findingList(outline.otherFindings, outline: outline, showExecutor: true),
      ])
  }

  func risks(_ outline: ReportOutline) -> HTMLFragment {
    let language = outline.language
    var content: [HTMLFragment] = [
      .element(
        "h2", [("id", "risicos-titel")],
        text: language.pick("Geaccepteerde risico's", "Accepted risks"))
    ]
    guard !outline.risks.isEmpty else {
      content.append(
        .element(
          "p", [],
          text: language.pick(
            "Het model legt geen geaccepteerde risico's vast.",
            "The model records no accepted risks."
          )))
      return .element(
        "section",
        [("id", "risicos"), ("class", "vervolg"), ("aria-labelledby", "risicos-titel")], content)
    }
    content.append(
      .element(
        "p", [],
        text: language.pick(
          "Afwijkingen die bewust zijn geaccepteerd. Een verlopen afwijking dekt niets meer: de "
            + "bevinding telt weer mee tot het risico opnieuw is beoordeeld.",
          "Findings consciously accepted. An expired acceptance covers nothing: the finding "
            + "counts again until the risk is re-assessed.")))
    let header = headerRow([
      (language.pick("Regel", "Rule"), nil),
      (language.pick("Betreft", "Concerns"), nil),
      (language.pick("Reden", "Reason"), nil),
      (language.pick("Verantwoordelijke", "Owner"), nil),
      (language.pick("Tot en met", "Until"), nil),
      (language.pick("Status", "Status"), nil),
    ])
    let rows = outline.risks.map { risk in
      let afwijking = risk.afwijking
      let count = risk.findings.count
      let status: HTMLFragment =
        risk.isExpired
        ? .join([
          .element(
            "span", [("class", "status-verlopen")], text: language.pick("Verlopen", "Expired")),
          .element("br"),
          .text(
            language.pick(
              "\(count) bevinding\(count == 1 ? "" : "en") weer open",
              "\(count) finding\(count == 1 ? "" : "s") open again")),
        ])
        : .text(
          language.pick(
            "Geldig; dekt \(count) bevinding\(count == 1 ? "" : "en")",
            "Valid; covers \(count) finding\(count == 1 ? "" : "s")"))
      return HTMLFragment.element(
        "tr", [("class", risk.isExpired ? "verlopen" : nil)],
        [
          .element("th", [("scope", "row")], text: afwijking.rule),
          .element(
            "td", [],
            [
              HTMLFragment.join(
                afwijking.betreft.map { link($0, outline: outline) }, separator: .text(", "))
            ]),
          .element("td", [], text: afwijking.reason),
          .element("td", [], [link(afwijking.verantwoordelijke, outline: outline)]),
          .element(
            "td", [],
            text: afwijking.until.map { DocumentFormat.day($0, language) }
              ?? language.pick("zonder einde", "no end")),
          .element("td", [], [status]),
        ])
    }
    content.append(.element("table", [], [header, .element("tbody", [], rows)]))
    return .element(
      "section",
      [("id", "risicos"), ("class", "vervolg"), ("aria-labelledby", "risicos-titel")], content)
  }

  func parties(_ outline: ReportOutline) -> HTMLFragment {
    let language = outline.language
    let header = headerRow([
      (language.pick("Partij", "Party"), nil),
      (language.pick("Organisatie", "Organisation"), nil),
      (language.pick("Rol in het model", "Part in the model"), nil),
    ])
    let rows = outline.parties.map { party in
      HTMLFragment.element(
        "tr", [("id", "partij-" + ReportOutline.identifier(party.id))],
        [
          .element("th", [("scope", "row")], text: party.name),
          // In print the organisation follows the name on its line (docs/reports.md).
          party.organisation == party.id
            ? .element("td", [("class", "organisatie geen")], text: "—")
            : .element(
              "td", [("class", "organisatie")], text: outline.name(party.organisation)),
          .element(
            "td", [],
            [
              // One line each on screen; one run in print, a verb said once (docs/reports.md).
              partyRoles(party.roles),
              // Print leaves the links out: the roles name each of these executors.
              party.executors.isEmpty
                ? .empty
                : .element(
                  "span", [("class", "verwijzing")],
                  [
                    .element("span", [("class", "klein zie")], text: language.pick("Zie ", "See ")),
                    .join(
                      party.executors.map { link($0, outline: outline) }, separator: .text(", ")),
                  ]),
            ]),
        ])
    }
    return .element(
      "section",
      [("id", "partijen"), ("class", "vervolg"), ("aria-labelledby", "partijen-titel")],
      [
        .element("h2", [("id", "partijen-titel")], text: language.pick("Partijen", "Parties")),
        .element(
          "p", [],
          text: language.pick(
            "Wie in het model een rol heeft, een opdracht geeft, partij is in een afspraak of "
              + "een keten regisseert. De kaarten in de diagrammen verwijzen hierheen.",
            "Who holds a role, commissions work, is party to an agreement or directs a chain. "
              + "The cards in the diagrams link here.")),
        .element("table", [], [header, .element("tbody", [], rows)]),
      ])
  }

  /// The appendix of sources.
  ///
  /// A numbered list of every `bronnen` item with the elements that cite it; an address
  /// ``URLPolicy`` accepts is a plain link, anything else plain text. `nil` when the model gives no
  /// sources, so such a document is what it always was.
  func sources(_ outline: ReportOutline) -> HTMLFragment? {
    guard !outline.sources.isEmpty else { return nil }
    let language = outline.language
    let items = outline.sources.map { entry in
      HTMLFragment.element(
        "li", [],
        [
          entry.isLink
            ? .element("a", [("href", entry.text)], text: entry.text) : .text(entry.text),
          .element("br"),
          .element(
            "span", [("class", "klein")],
            text: language.pick("Genoemd bij: ", "Cited by: ")
              + entry.citedBy.joined(separator: "; ")),
        ])
    }
    return .element(
      "section",
      [("id", "bronnen"), ("class", "vervolg"), ("aria-labelledby", "bronnen-titel")],
      [
        .element("h2", [("id", "bronnen-titel")], text: language.pick("Bronnen", "Sources")),
        .element(
          "p", [],
          text: language.pick(
            "De bronnen die het model noemt (sleutel bronnen), met de elementen die ze noemen.",
            "The sources the model gives (key bronnen), with the elements that cite them.")),
        .element("ol", [("style", "overflow-wrap: anywhere")], items),
      ])
  }
}
