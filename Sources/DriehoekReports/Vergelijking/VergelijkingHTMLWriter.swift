import DriehoekAnalysis
public import DriehoekComparison
public import DriehoekModel

/// Writes a comparison as one self-contained HTML page in the report's style (same page shell
/// and style sheet, no script, no external reference, print layout for A4): a cover with the
/// two sides and the counts, a table of every change, and per executor that changed its diff
/// diagram (``DiffDiagram``), its changes and its new and resolved findings.
///
/// Changes carry the classes `wijziging-toegevoegd`, `wijziging-verwijderd` and
/// `wijziging-gewijzigd`, and a symbol (`+`, `−`, `~`) so that they read without colour.
public struct VergelijkingHTMLWriter: Sendable {
  /// The day the document is made (the colophon).
  public var generated: Day

  /// Creates a writer.
  public init(generated: Day) {
    self.generated = generated
  }

  /// The HTML text, starting with the doctype.
  public func write(_ vergelijking: Vergelijking) -> String {
    let language = vergelijking.nieuw.report.language
    let words = VergelijkingWords(vergelijking: vergelijking, language: language)
    let title = language.pick("Vergelijking: ", "Comparison: ") + words.sides
    var main: [HTMLFragment] = [overview(vergelijking, words: words)]
    for (position, group) in VergelijkingGroups(vergelijking).groups.enumerated() {
      main.append(section(group, position: position + 1, vergelijking: vergelijking, words: words))
    }
    let body: [HTMLFragment] = [
      .element(
        "a", [("class", "naar-inhoud"), ("href", "#wijzigingen")],
        text: language.pick("Naar de inhoud", "Skip to content")),
      cover(vergelijking, words: words),
      .element("main", [("id", "hoofdinhoud")], main),
      .element(
        "footer", [("class", "colofon klein")],
        [
          .element(
            "p",
            text: language.pick(
              "Gemaakt met driehoek vergelijk op \(DocumentFormat.day(generated, language)). Bevindingen worden vergeleken op code en betreft, niet op melding of regelnummer.",
              "Made with driehoek vergelijk on \(DocumentFormat.day(generated, language)). Findings are matched by code and betreft, not by message or line."
            ))
        ]),
    ]
    return HTMLFragment.page(
      language: language, title: title, styleSheet: DocumentStyleSheet.css + Self.css,
      body: [.element("div", [("class", "pagina")], body)])
  }

  private func cover(_ vergelijking: Vergelijking, words: VergelijkingWords) -> HTMLFragment {
    let language = words.language
    let changes = vergelijking.wijzigingen
    let count = { (wat: WijzigingsSoort) in changes.filter { $0.wat == wat }.count }
    let figures: [(Int, String, String)] = [
      (count(.toegevoegd), language.pick("toegevoegd", "added"), "wijziging-toegevoegd"),
      (count(.verwijderd), language.pick("verwijderd", "removed"), "wijziging-verwijderd"),
      (count(.gewijzigd), language.pick("gewijzigd", "changed"), "wijziging-gewijzigd"),
      (
        vergelijking.bevindingen.nieuw.count, language.pick("nieuwe bevindingen", "new findings"),
        "fout"
      ),
      (vergelijking.bevindingen.opgelost.count, language.pick("opgelost", "resolved"), "opgelost"),
      (vergelijking.bevindingen.ongewijzigd, language.pick("ongewijzigd", "unchanged"), "info"),
    ]
    let side = { (term: String, kant: VergelijkingsKant) -> HTMLFragment in
      .element(
        "div", [],
        [
          .element("dt", text: term),
          .element(
            "dd",
            text: "\(kant.naam), \(language.pick("peildatum", "reference date")) "
              + DocumentFormat.day(kant.peildatum, language)),
        ])
    }
    return .element(
      "header", [("class", "omslag")],
      [
        .element(
          "div", [("class", "omslag-band")],
          [
            .element("p", [("class", "soort")], text: language.pick("Vergelijking", "Comparison")),
            .element(
              "h1",
              text: language.pick("Wat verandert: ", "What changes: ") + vergelijking.nieuw.naam),
            .element(
              "p", [("class", "beschrijving")],
              text: vergelijking.comparesDates
                ? language.pick(
                  "Eén model op twee peildata: wat op de ene datum geldt en op de andere niet.",
                  "One model on two reference dates: what is in force on one date and not on the other."
                )
                : language.pick(
                  "Twee versies van een model: elementen vergeleken op id (rollen op rol, houder en van).",
                  "Two versions of a model: elements matched by id (roles by rol, houder and van).")
            ),
            .element(
              "dl", [("class", "meta")],
              [
                side(language.pick("Oud", "Old"), vergelijking.oud),
                side(language.pick("Nieuw", "New"), vergelijking.nieuw),
              ]),
          ]),
        .element(
          "ul", [("class", "kerncijfers")],
          figures.map { figure in
            .element(
              "li", [("class", figure.2)],
              [
                .element("span", [("class", "getal")], text: String(figure.0)),
                .element("span", [("class", "wat")], text: figure.1),
              ])
          }),
      ])
  }

  private func overview(_ vergelijking: Vergelijking, words: VergelijkingWords) -> HTMLFragment {
    let language = words.language
    guard !vergelijking.wijzigingen.isEmpty else {
      return .element(
        "section", [("id", "wijzigingen")],
        [
          .element("h2", text: language.pick("Wijzigingen", "Changes")),
          .element(
            "p", [("class", "geen-bevindingen")],
            text: language.pick("Geen wijzigingen in de elementen.", "No changes to the elements.")),
        ])
    }
    let header = HTMLFragment.element(
      "thead", [],
      [
        .element(
          "tr", [],
          [
            language.pick("Wat", "What"), language.pick("Soort", "Kind"),
            language.pick("Element", "Element"),
            language.pick("Velden (oud → nieuw)", "Keys (old → new)"),
          ].map { .element("th", [("scope", "col")], text: $0) })
      ])
    let rows = vergelijking.wijzigingen.map { change in
      HTMLFragment.element(
        "tr", [("class", "wijziging-\(change.wat.rawValue)")],
        [
          .element(
            "td", [],
            [
              .element(
                "span", [("class", "teken"), ("aria-hidden", "true")], text: Self.symbol(change.wat)
              ),
              .text(words.word(change.wat)),
            ]),
          .element("td", text: words.kind(change.soort)),
          .element("td", text: words.element(change)),
          .element("td", [], veldenList(change, words: words)),
        ])
    }
    return .element(
      "section", [("id", "wijzigingen")],
      [
        .element("h2", text: language.pick("Wijzigingen", "Changes")),
        .element("p", text: words.summary),
        .element(
          "table", [("class", "wijzigingen")],
          [
            .element("caption", text: language.pick("Alle wijzigingen", "All changes")),
            header,
            .element("tbody", [], rows),
          ]),
      ])
  }

  private func veldenList(_ change: Wijziging, words: VergelijkingWords) -> [HTMLFragment] {
    guard !change.velden.isEmpty else { return [] }
    return [
      .element(
        "ul", [("class", "velden")],
        change.velden.map { veld in
          .element(
            "li", [],
            [
              .element("code", text: veld.key),
              .text(": "),
              .element("del", text: words.value(veld.oud)),
              .text(" → "),
              .element("ins", text: words.value(veld.nieuw)),
            ])
        })
    ]
  }

  private func section(
    _ group: VergelijkingGroups.Group, position: Int, vergelijking: Vergelijking,
    words: VergelijkingWords
  ) -> HTMLFragment {
    let language = words.language
    var children: [HTMLFragment] = [
      .element(
        "p", [("class", "kicker")],
        text: group.executor == nil
          ? language.pick("Overig", "Other")
          : language.pick("Uitvoerder \(position)", "Executor \(position)")),
      .element("h2", text: words.heading(group.executor)),
    ]
    if let executor = group.executor {
      let diagram = DiffDiagram(executor: executor, in: vergelijking, language: language)
      if diagram.roles.count > 0 {
        children.append(
          .element(
            "figure",
            [
              ("class", "diagram verschil"),
              ("aria-labelledby", "verschil-\(executor.rawValue)-bijschrift"),
            ],
            [
              .trusted(diagram.svg),
              .element(
                "figcaption", [("id", "verschil-\(executor.rawValue)-bijschrift")],
                text: language.pick(
                  "De driehoek voor en na in één beeld: + toegevoegd, − verwijderd, ~ gewijzigd.",
                  "The triangle before and after in one picture: + added, − removed, ~ changed.")),
            ]))
      }
    }
    if !group.items.isEmpty {
      children.append(.element("h3", text: language.pick("Wijzigingen", "Changes")))
      children.append(
        .element(
          "ul", [("class", "wijzigingslijst")],
          group.items.map { item in
            switch item {
            case .change(let change):
              return .element(
                "li", [("class", "wijziging-\(change.wat.rawValue)")],
                [
                  .element(
                    "span", [("class", "teken"), ("aria-hidden", "true")],
                    text: Self.symbol(change.wat)),
                  .element("strong", text: words.word(change.wat)),
                  .text(" " + words.subject(change)),
                ] + veldenList(change, words: words))
            case .move(let move):
              return .element(
                "li", [("class", "wijziging-verplaatst")],
                [
                  .element("span", [("class", "teken"), ("aria-hidden", "true")], text: "↦"),
                  .element("strong", text: language.pick("verplaatst", "moved")),
                  .text(" " + words.move(move)),
                ])
            }
          }))
    }
    if !group.nieuw.isEmpty {
      children.append(.element("h3", text: language.pick("Nieuwe bevindingen", "New findings")))
      children.append(findings(group.nieuw, report: vergelijking.nieuw.report, className: "nieuw"))
    }
    if !group.opgelost.isEmpty {
      children.append(
        .element("h3", text: language.pick("Opgeloste bevindingen", "Resolved findings")))
      children.append(
        findings(group.opgelost, report: vergelijking.oud.report, className: "opgelost"))
    }
    return .element("section", [("class", "uitvoerder vergelijk")], children)
  }

  private func findings(_ findings: [Finding], report: AnalysisReport, className: String)
    -> HTMLFragment
  {
    let language = report.language
    return .element(
      "ol", [("class", "bevindingen")],
      findings.map { finding in
        var details: [HTMLFragment] = [
          .element("dt", text: language.pick("Waarom", "Why")),
          .element("dd", text: finding.waarom),
          .element("dt", text: language.pick("Oplossing", "Fix")),
          .element("dd", text: finding.oplossing),
          .element("dt", text: language.pick("Betreft", "Concerns")),
          .element("dd", text: finding.betreft.map { report.label($0) }.joined(separator: ", ")),
        ]
        if let location = finding.location {
          details += [
            .element("dt", text: language.pick("Vindplaats", "Location")),
            .element(
              "dd", [],
              [.element("code", text: "\(location.file):\(location.line):\(location.column)")]),
          ]
        }
        return .element(
          "li", [("class", "bevinding ernst-rand-\(finding.severity.rawValue) \(className)")],
          [
            .element(
              "p", [("class", "kop")],
              [
                .element(
                  "span", [("class", "ernst ernst-\(finding.severity.rawValue)")],
                  text: finding.severity.word(in: language)),
                .element("span", [("class", "code")], text: finding.code),
                .text(" "),
                .element("span", [("class", "slug")], text: finding.slug),
              ]),
            .element("p", [("class", "melding")], text: finding.message),
            .element("dl", [], details),
          ])
      })
  }

  static func symbol(_ wat: WijzigingsSoort) -> String {
    switch wat {
    case .toegevoegd: "+"
    case .verwijderd: "−"
    case .gewijzigd: "~"
    }
  }

  private static let css = """

    /* Comparison */
    .teken { display: inline-block; width: 1.2em; font-weight: 700; }
    tr.wijziging-toegevoegd > :first-child, li.wijziging-toegevoegd { border-left: 6px solid #2f7d32; }
    tr.wijziging-verwijderd > :first-child, li.wijziging-verwijderd { border-left: 6px dashed #b3261e; }
    tr.wijziging-gewijzigd > :first-child, li.wijziging-gewijzigd { border-left: 6px double #a15c00; }
    li.wijziging-verplaatst { border-left: 6px solid #154273; }
    .wijzigingslijst { list-style: none; padding: 0; }
    .wijzigingslijst li { padding: .3rem .75rem; margin: 0 0 .4rem; background: #f3f3f3; break-inside: avoid; }
    .velden { margin: .2rem 0 0; padding-left: 1.2rem; font-size: .9rem; }
    del { text-decoration: line-through; color: #8b1a14; }
    ins { text-decoration: underline; color: #1e5b21; }
    .kerncijfers li.wijziging-toegevoegd { border-top-color: #2f7d32; }
    .kerncijfers li.wijziging-verwijderd { border-top-color: #b3261e; border-top-style: dashed; }
    .kerncijfers li.wijziging-gewijzigd { border-top-color: #a15c00; border-top-style: double; }
    .kerncijfers li.opgelost { border-top-color: #2f7d32; }
    .bevinding.opgelost { border-left-style: dashed; }
    figure.verschil svg { max-width: 100%; height: auto; }
    @media print { section.vergelijk { break-before: page; } }
    """
}
