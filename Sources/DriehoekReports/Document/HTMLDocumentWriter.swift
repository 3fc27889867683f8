import DriehoekAnalysis
public import DriehoekDiagram
public import DriehoekModel

/// Writes the report document as one self-contained HTML page: the cover, the executors ordered
/// by severity, the landscape, a section per executor with its triangle diagram, assignments,
/// agreements and findings, the findings outside any executor, the accepted risks and an index
/// of parties.
///
/// The page loads nothing: the style sheet and the diagrams (inline SVG) are inside it, and it
/// has no script. Every text from the model is escaped (``HTMLFragment``); the diagrams go
/// through ``InlineSVG``, which prefixes their ids and refuses anything that could run. A print
/// style sheet lays it out on A4: the cover on its own page, each executor on a new page, the
/// landscape on a landscape page, no diagram or finding split over two pages.
public struct HTMLDocumentWriter: Sendable {
  /// The day the document is generated, printed on the cover.
  public var generated: Day
  /// The name of the model file, printed in the colophon; `nil` leaves it out.
  public var source: String?

  /// Creates a writer.
  public init(generated: Day, source: String? = nil) {
    self.generated = generated
    self.source = source
  }

  /// The HTML text of the document.
  /// - Parameters:
  ///   - outline: What the document shows.
  ///   - diagrams: The rendered SVG of each view, as Graphviz writes it; a view without one is
  ///     shown as a note.
  /// - Returns: The HTML text, starting with the doctype.
  public func write(_ outline: ReportOutline, diagrams: [View: String]) -> String {
    String(decoding: write(outline, diagram: { diagrams[$0] }), as: UTF8.self)
  }

  /// The document as UTF-8, each diagram asked for when its place is written: the page is
  /// written part by part into one buffer, so a diagram and a section are let go once they
  /// are in it, and the whole page is never copied (a report of 1,000 executors is 350 MB).
  /// - Parameters:
  ///   - outline: What the document shows.
  ///   - diagram: The rendered SVG of a view, as Graphviz writes it, or `nil` to show a note;
  ///     asked once per view, in the order of ``ReportOutline/diagramViews``.
  /// - Returns: The same bytes as ``write(_:diagrams:)``.
  public func write(
    _ outline: ReportOutline, diagram: (View) throws -> String?
  ) rethrows -> [UInt8] {
    let language = outline.language
    let title =
      language.pick("Conflictrapportage sturingsdriehoek: ", "Governance triangle report: ")
      + outline.report.model
    var page: [UInt8] = []
    func append(_ markup: String) { page.append(contentsOf: markup.utf8) }
    append(
      HTMLFragment.pageStart(
        language: language, title: title, styleSheet: DocumentStyleSheet.css)
        + HTMLFragment.startTag("div", [("class", "pagina")]))
    append(
      HTMLFragment.element(
        "a", [("class", "naar-inhoud"), ("href", "#overzicht")],
        text: language.pick("Naar de inhoud", "Skip to content")
      ).markup)
    append(cover(outline).markup)
    append(contents(outline).markup)
    append(HTMLFragment.startTag("main", [("id", "hoofdinhoud")]))
    append(overview(outline).markup)
    append(matrix(outline, svg: try diagram(.matrix)).markup)
    append(landscape(outline, svg: try diagram(.landschap)).markup)
    for (position, executor) in outline.executors.enumerated() {
      append(
        section(
          executor, position: position + 1, outline: outline,
          svg: try diagram(.driehoek(executor.id))
        ).markup)
    }
    if !outline.otherFindings.isEmpty { append(otherFindings(outline).markup) }
    append(risks(outline).markup)
    append(parties(outline).markup)
    if let sources = sources(outline) { append(sources.markup) }
    append("</main>")
    append(colophon(outline).markup)
    append("</div>" + HTMLFragment.pageEnd)
    return page
  }

  // MARK: Cover and contents

  private func cover(_ outline: ReportOutline) -> HTMLFragment {
    let language = outline.language
    let report = outline.report
    let summary = report.summary
    let expired = outline.risks.filter(\.isExpired).count
    var figures: [(String?, Int, String)] = [
      (nil, outline.executors.count, language.pick("uitvoerders", "executors")),
      (nil, outline.principalCount, language.pick("opdrachtgevers", "principals")),
    ]
    for severity in [Severity.fout, .waarschuwing, .info] {
      let count = summary.open(severity)
      figures.append(
        (
          severity.rawValue, count,
          language.pick("open ", "open ") + severity.countWord(count, in: language)
        ))
    }
    figures.append(
      (
        nil, outline.risks.count - expired,
        language.pick("geaccepteerde risico's", "accepted risks")
      ))
    if expired > 0 {
      figures.append(
        ("fout", expired, language.pick("verlopen risico's", "expired risks")))
    }
    let ribbon = HTMLFragment.element(
      "div", [("class", "lint"), ("aria-hidden", "true")],
      [
        .element(
          "div", [("class", "lint-band")],
          [
            .trusted(
              "<svg viewBox=\"0 0 38 34\" focusable=\"false\" aria-hidden=\"true\"><path d=\"M19 3 L35 31 L3 31 Z\" "
                + "fill=\"none\" stroke=\"#ffffff\" stroke-width=\"3\" stroke-linejoin=\"round\"/>"
                + "</svg>")
          ]),
        .element(
          "div", [("class", "lint-woord")],
          [
            .element("strong", text: "driehoek"), .text(" · "),
            .text(language.pick("ambtelijke sturing", "governance")),
          ]),
      ])
    var band: [HTMLFragment] = [
      .element(
        "p", [("class", "soort")],
        text: language.pick(
          "Conflictrapportage ambtelijke sturingsdriehoek", "Governance triangle conflict report")),
      .element("h1", text: report.model),
    ]
    if let description = outline.model.description, !description.isEmpty {
      band.append(.element("p", [("class", "beschrijving")], text: description))
    }
    band.append(
      .element(
        "dl", [("class", "meta")],
        [
          metaItem(
            language.pick("Peildatum", "Reference date"),
            DocumentFormat.day(report.peildatum, language)),
          metaItem(
            language.pick("Gegenereerd op", "Generated on"),
            DocumentFormat.day(generated, language)),
          metaItem(
            language.pick("Regels", "Rules"),
            report.rules.isEmpty
              ? "—"
              : "\(report.rules.first?.code ?? "")–\(report.rules.last?.code ?? "")"),
        ]))
    let tiles = figures.map { figure in
      HTMLFragment.element(
        "li", [("class", figure.0)],
        [
          .element("span", [("class", "getal")], text: String(figure.1)),
          .element("span", [("class", "wat")], text: figure.2),
        ])
    }
    return .element(
      "header", [("class", "omslag")],
      [
        ribbon,
        .element("div", [("class", "omslag-band")], band),
        .element(
          "ul",
          [("class", "kerncijfers"), ("aria-label", language.pick("Kerncijfers", "Key figures"))],
          tiles),
      ])
  }

  private func metaItem(_ term: String, _ value: String) -> HTMLFragment {
    .element("div", [], [.element("dt", text: term), .element("dd", text: value)])
  }

  private func contents(_ outline: ReportOutline) -> HTMLFragment {
    let language = outline.language
    var items: [(String, String)] = [
      ("overzicht", language.pick("Uitvoerders naar ernst", "Executors by severity")),
      ("matrix", language.pick("De sturingsmatrix", "The steering matrix")),
      ("landschap", language.pick("Het landschap", "The landscape")),
    ]
    for executor in outline.executors {
      items.append((ReportOutline.executorAnchor(executor.id), executor.organisation.name))
    }
    if !outline.otherFindings.isEmpty {
      items.append(("overige-bevindingen", language.pick("Overige bevindingen", "Other findings")))
    }
    items.append(("risicos", language.pick("Geaccepteerde risico's", "Accepted risks")))
    items.append(("partijen", language.pick("Partijen", "Parties")))
    if !outline.sources.isEmpty { items.append(("bronnen", language.pick("Bronnen", "Sources"))) }
    return .element(
      "nav", [("class", "inhoud"), ("aria-labelledby", "inhoud-titel")],
      [
        .element("h2", [("id", "inhoud-titel")], text: language.pick("Inhoud", "Contents")),
        .element(
          "ol", [],
          items.map { anchor, text in
            .element("li", [], [.element("a", [("href", "#" + anchor)], text: text)])
          }),
      ])
  }

  // MARK: Overview

  private func overview(_ outline: ReportOutline) -> HTMLFragment {
    let language = outline.language
    let header = HTMLFragment.element(
      "thead", [],
      [
        .element(
          "tr", [],
          [
            .element("th", [("scope", "col")], text: language.pick("Uitvoerder", "Executor")),
            .element("th", [("scope", "col")], text: language.pick("Eigenaar", "Owner")),
            .element(
              "th", [("scope", "col"), ("class", "getal")],
              text: language.pick("Opdrachtgevers", "Principals")),
            .element(
              "th", [("scope", "col")],
              text: language.pick(
                "Capaciteit: gevraagd / beschikbaar", "Capacity: claimed / available")),
            .element(
              "th", [("scope", "col")], text: language.pick("Open bevindingen", "Open findings")),
          ])
      ])
    let rows = outline.executors.map { executor in
      HTMLFragment.element(
        "tr", [("class", "rij-" + (executor.highestSeverity?.rawValue ?? "geen"))],
        [
          .element(
            "th", [("scope", "row")],
            [
              .element(
                "a", [("href", "#" + ReportOutline.executorAnchor(executor.id))],
                text: executor.organisation.name),
              .element("br"),
              .element("span", [("class", "klein")], text: executor.organisation.kind.rawValue),
            ]),
          .element("td", [], holders(executor.triangle.eigenaren, outline: outline)),
          .element(
            "td", [("class", "getal")], text: String(executor.triangle.opdrachtgevers.count)),
          .element("td", [], capacity(executor, language: language)),
          .element("td", [], severityBadges(executor, language: language)),
        ])
    }
    return .element(
      "section", [("id", "overzicht"), ("aria-labelledby", "overzicht-titel")],
      [
        .element(
          "h2", [("id", "overzicht-titel")],
          text: language.pick("Uitvoerders naar ernst", "Executors by severity")),
        .element(
          "p", [],
          text: language.pick(
            "De uitvoerders met de ernstigste open bevindingen staan bovenaan. De capaciteit is "
              + "wat de opdrachten die op de peildatum lopen vragen, tegen wat de uitvoerder "
              + "beschikbaar heeft.",
            "Executors with the most serious open findings come first. Capacity is what the "
              + "assignments running on the reference date claim, against what the executor has "
              + "available.")),
        .element("table", [], [header, .element("tbody", [], rows)]),
        ruleTable(outline),
      ])
  }

  /// The rules with findings: how many are open per severity and how many accepted.
  private func ruleTable(_ outline: ReportOutline) -> HTMLFragment {
    let language = outline.language
    let findings = outline.report.findings
    let rules = outline.report.rules.filter { rule in findings.contains { $0.code == rule.code } }
    guard !rules.isEmpty else { return .empty }
    let header = headerRow([
      (language.pick("Regel", "Rule"), nil),
      (language.pick("Wat de regel ziet", "What the rule sees"), nil),
      (language.pick("Fout", "Error"), "getal"),
      (language.pick("Waarschuwing", "Warning"), "getal"),
      ("Info", "getal"),
      (language.pick("Geaccepteerd", "Accepted"), "getal"),
    ])
    let rows = rules.map { rule in
      let own = findings.filter { $0.code == rule.code }
      let counts =
        [Severity.fout, .waarschuwing, .info].map { severity in
          own.filter { $0.isOpen && $0.severity == severity }.count
        } + [own.filter { !$0.isOpen }.count]
      return HTMLFragment.element(
        "tr", [],
        [
          .element(
            "th", [("scope", "row")],
            [
              .element("span", [("class", "code")], text: rule.code),
              .element("br"),
              .element("span", [("class", "klein")], text: rule.slug),
            ]),
          .element("td", [], text: rule.summary),
        ]
          + counts.map { count in
            .element("td", [("class", "getal")], text: count == 0 ? "–" : String(count))
          })
    }
    return .join([
      .element(
        "h3", [("id", Self.ruleLegendID)],
        text: language.pick("Bevindingen per regel", "Findings by rule")),
      .element("table", [], [header, .element("tbody", [], rows)]),
      ruleLegend(rules, outline: outline),
    ])
  }

  func capacity(_ executor: ExecutorSummary, language: Language) -> [HTMLFragment] {
    let claimed = executor.claimedCapacity
    guard let available = executor.organisation.capacity else {
      if executor.opdrachten.isEmpty { return [.text("—")] }
      return [
        .text(
          DocumentFormat.number(claimed, language) + " fte / "
            + language.pick("onbekend", "unknown"))
      ]
    }
    var text =
      DocumentFormat.number(claimed, language) + " / " + DocumentFormat.number(available, language)
      + " fte"
    if let percentage = DocumentFormat.percentage(claimed, of: available) {
      text += " (\(percentage))"
    }
    let fraction = available > 0 ? claimed / available : 1
    return [
      .text(text),
      .element(
        "span", [("class", claimed > available ? "meter over" : "meter"), ("aria-hidden", "true")],
        [
          .element(
            "span",
            [("style", "width: \(DocumentFormat.meterPercentage(fraction.isNaN ? 1 : fraction))%")]
          )
        ]),
    ]
  }

  func severityBadges(_ executor: ExecutorSummary, language: Language) -> [HTMLFragment] {
    let badges = [Severity.fout, .waarschuwing, .info].compactMap { severity -> HTMLFragment? in
      let count = executor.openCount(severity)
      guard count > 0 else { return nil }
      return .element(
        "span", [("class", "ernst ernst-" + severity.rawValue)],
        text: DocumentFormat.count(count, severity, language))
    }
    guard badges.isEmpty else { return badges }
    return [.element("span", [("class", "ernst ernst-geen")], text: language.pick("geen", "none"))]
  }

  /// Holders as links to their places, or a marked "nobody".
  func holders(_ holders: [Triangle.Holder], outline: ReportOutline) -> [HTMLFragment] {
    let language = outline.language
    guard !holders.isEmpty else {
      return [
        .element("span", [("class", "ontbreekt")], text: language.pick("niemand", "nobody"))
      ]
    }
    let items = holders.map { holder in
      HTMLFragment.join(
        [
          link(holder.id, outline: outline),
          holder.isCoordinating
            ? .text(language.pick(" (coördinerend)", " (coordinating)")) : .empty,
        ])
    }
    return [HTMLFragment.join(items, separator: .element("br"))]
  }

  /// The name of an element, linked to its place in the document when it has one.
  func link(_ id: ElementID, outline: ReportOutline) -> HTMLFragment {
    let name = outline.name(id)
    guard let anchor = outline.anchor(for: id) else { return .text(name) }
    return .element("a", [("href", "#" + anchor)], text: name)
  }

  // MARK: Landscape

  private func landscape(_ outline: ReportOutline, svg: String?) -> HTMLFragment {
    let language = outline.language
    return .element(
      "section",
      [
        ("id", "landschap"), ("class", "hoofdstuk liggend"), ("aria-labelledby", "landschap-titel"),
      ],
      [
        .element(
          "h2", [("id", "landschap-titel")], text: language.pick("Het landschap", "The landscape")),
        figure(
          svg, prefix: "diagram-landschap",
          caption: language.pick(
            "Alle ministeries met hun onderdelen, alle uitvoerders en alle rollen op de "
              + "peildatum. Klik op een partij om naar haar beschrijving te gaan.",
            "Every ministry with its units, every executor and every role on the reference date. "
              + "Select a party to go to its description."),
          language: language),
      ])
  }

  /// The width of the text on a portrait A4 page in print (180 mm), in points.
  static let portraitTextWidth = 510.0

  /// A diagram in a figure with a caption, or a note when it is missing.
  func figure(
    _ svg: String?, prefix: String, caption: String, language: Language,
    fit: PrintFit? = nil
  ) -> HTMLFragment {
    let captionID = prefix + "-bijschrift"
    guard let svg, let inline = InlineSVG.prepare(svg, idPrefix: prefix) else {
      return .element(
        "p", [("class", "klein")],
        text: language.pick("(Diagram niet beschikbaar.)", "(Diagram not available.)"))
    }
    // A wide diagram gets a landscape page of its own in print; a small one, that prints at three
    // quarters of its size or more across a portrait page, stays in the flow, so it does not
    // leave its section's page empty.
    // A diagram with a print fit (a triangle or a timeline in an executor's section) gets its
    // printed width from it instead (PrintFit, docs/reports.md).
    let isWide =
      fit == nil
      && InlineSVG.size(of: svg).map {
        $0.width > $0.height * 1.45 && $0.width * 0.75 > Self.portraitTextWidth
      } ?? false
    let cssClass = isWide ? "diagram breed" : fit == nil ? "diagram" : "diagram gemeten"
    return .element(
      "figure",
      [("class", cssClass), ("style", fit?.style), ("aria-labelledby", captionID)],
      [.trusted(inline), .element("figcaption", [("id", captionID)], text: caption)])
  }

  // MARK: Colophon

  private func colophon(_ outline: ReportOutline) -> HTMLFragment {
    let language = outline.language
    var text = language.pick(
      "Gemaakt met driehoek op \(DocumentFormat.day(generated, language)), peildatum "
        + "\(DocumentFormat.day(outline.report.peildatum, language)).",
      "Made with driehoek on \(DocumentFormat.day(generated, language)), reference date "
        + "\(DocumentFormat.day(outline.report.peildatum, language)).")
    if let source { text += language.pick(" Model: ", " Model: ") + source + "." }
    text += language.pick(
      " De bevindingen volgen de regels SD01–SD20; elke bevinding noemt waarom ze telt en hoe ze "
        + "op te lossen is.",
      " The findings follow rules SD01–SD20; each says why it matters and how to resolve it.")
    return .element("footer", [("class", "colofon klein")], [.element("p", text: text)])
  }
}
