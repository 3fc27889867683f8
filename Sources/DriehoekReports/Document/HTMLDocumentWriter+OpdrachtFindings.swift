import DriehoekAnalysis
import DriehoekModel

extension HTMLDocumentWriter {
  // MARK: Findings about one opdracht, in its row (print)

  /// An executor's open findings when print shows some of them in the opdrachten table: the
  /// screen keeps every card; print lists only the others, the table gives the rest.
  func executorFindings(
    _ executor: ExecutorSummary, inRows rows: OpdrachtFindings, outline: ReportOutline
  ) -> [HTMLFragment] {
    let language = outline.language
    let rest = executor.openFindings.filter { !rows.shown.contains($0) }
    let printed: HTMLFragment =
      rest.isEmpty
      ? .element(
        "p", [("class", "klein")],
        text: language.pick(
          "Alle open bevindingen staan in de tabel Opdrachten hieronder.",
          "Every open finding stands in the table of assignments below."))
      : findingList(rest, outline: outline, showExecutor: false, pointer: false)
    return [
      ruleLegendPointer(executor.openFindings, outline: outline),
      .element(
        "ol", [("class", "bevindingen alleen-scherm")],
        findingCards(executor.openFindings, outline: outline, showExecutor: false).cards),
      .element("div", [("class", "alleen-druk")], [printed]),
    ]
  }

  /// The opdrachten table's header when its rows show findings: the last column says, in print,
  /// that it holds the findings too ("Afspraak · bevindingen").
  func opdrachtFindingsHeader(_ columns: [(String, String?)], language: Language) -> HTMLFragment {
    .element(
      "thead", [],
      [
        .element(
          "tr", [],
          columns.enumerated().map { index, column in
            .element(
              "th", [("scope", "col"), ("class", column.1)],
              [.text(column.0)]
                + (index == columns.count - 1
                  ? [
                    .element(
                      "span", [("class", "alleen-druk")],
                      text: language.pick(" · bevindingen", " · findings"))
                  ] : []))
          })
      ])
  }

  /// An opdracht's cell of its afspraak, and in print its findings.
  ///
  /// The afspraak (linked) or a dash, then per finding (OpdrachtFindings) its code, marked by
  /// severity, and its line and column in the file the key under the table names. Without an
  /// afspraak the findings take the dash's place in print.
  func afspraakCell(_ opdracht: Opdracht, findings: [Finding], outline: ReportOutline)
    -> HTMLFragment
  {
    let language = outline.language
    let short = (opdracht.afspraak.map(outline.name)?.count ?? 0) <= 32
    var content: [HTMLFragment] = [
      opdracht.afspraak.map { link($0, outline: outline) }
        ?? (findings.isEmpty
          ? .text("—") : .element("span", [("class", "alleen-scherm")], text: "—"))
    ]
    if !findings.isEmpty {
      let marks = findings.map { finding -> HTMLFragment in
        let place = finding.location.map { "\u{00A0}\($0.line):\($0.column)" } ?? ""
        return .element(
          "span", [("class", "rij-bevinding")],
          [
            .element(
              "span",
              [
                ("class", "code ernst-" + finding.severity.rawValue),
                ("title", DocumentFormat.severity(finding.severity, language)),
              ], text: finding.code),
            .element("span", [("class", "vindplaats")], text: place),
          ])
      }
      content.append(
        .element(
          "span",
          [
            (
              "class",
              opdracht.afspraak == nil
                ? "rij-bevindingen alleen-druk" : "rij-bevindingen na alleen-druk"
            )
          ],
          [HTMLFragment.join(marks, separator: .text(" "))]))
    }
    // A short afspraak name keeps one line in print; a long one may wrap (a row wider than the
    // page would make Chromium shrink every page), and so may one followed by findings.
    return .element(
      "td", [("class", short && (findings.isEmpty || opdracht.afspraak == nil) ? "kort" : nil)],
      content)
  }

  /// The print-only key under the opdrachten table: the file the places stand in, and per rule
  /// its severity, code and slug, the number of rows and its message once, with gaps for what
  /// each row gives.
  func opdrachtFindingsKey(_ rows: OpdrachtFindings, outline: ReportOutline) -> HTMLFragment {
    let language = outline.language
    var lines: [HTMLFragment] = [
      .element(
        "p", [],
        [
          .text(
            language.pick(
              "Kolom Afspraak · bevindingen: de open bevindingen over één opdracht, per bevinding regel:kolom in ",
              "Column Agreement · findings: the open findings about one assignment, each at line:column in "
            )),
          .element("code", [("title", rows.file)], text: fileName(rows.file)),
          .text("."),
        ])
    ]
    for rule in rows.rules {
      let filled = rule.gaps.map { gap in
        switch gap {
        case .opdracht: language.pick("de opdracht", "the assignment")
        case .opdrachtgever: language.pick("haar opdrachtgever", "its principal")
        }
      }
      lines.append(
        .element(
          "p", [],
          findingHeading(rule.first, language: language) + [
            .element(
              "span", [("class", "aantal")],
              text: language.pick(" · \(rule.count) rijen", " · \(rule.count) rows")),
            .text(": "),
            .element("span", [("class", "patroon")], text: rule.pattern),
            .text(
              language.pick(" (… is ", " (… is ")
                + filled.joined(separator: language.pick(", dan ", ", then "))
                + language.pick(", van de rij)", ", of the row)")),
          ]))
    }
    return .element("div", [("class", "tabel-bevindingen alleen-druk")], lines)
  }
}
